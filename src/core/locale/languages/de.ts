// German (amazon.de and German views of other storefronts).
import type { LanguagePack } from '../language-pack.ts'

export const de: LanguagePack = {
  tag: 'de',
  months: [
    ['januar', 'jänner', 'jan', 'jän'], ['februar', 'feb', 'febr'], ['märz', 'mär', 'mrz'], ['april', 'apr'], ['mai'], ['juni', 'jun'],
    ['juli', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['oktober', 'okt'], ['november', 'nov'], ['dezember', 'dez'],
  ],
  weekdays: [['montag'], ['dienstag'], ['mittwoch'], ['donnerstag'], ['freitag'], ['samstag', 'sonnabend'], ['sonntag']],
  relativeDays: { today: ['heute'], tomorrow: ['morgen'], yesterday: ['gestern'] },
  // Print pages: "19. Februar 2022"; digital summary: "31 Mai 2020" (no period).
  dateOrders: ['DMY'],
  numericDate: { order: 'DMY', separators: ['.'] },
  daySuffixes: [],
  yearSuffixes: [],
  dateConnectors: [],
  decimalSeparator: ',',
  groupingSeparator: '.',
  currencyPlacement: { position: 'suffix', space: true },
  status: {
    delivered: ['zugestellt', 'geliefert', 'zugestellt am'],
    arriving: ['lieferung', 'voraussichtliche lieferung', 'wird', 'ankunft', 'zustellung'],
    shipped: ['versandt', 'verschickt'],
    outForDelivery: ['in zustellung', 'wird heute zugestellt', 'zustellung heute'],
    cancelled: ['storniert'],
    refunded: ['erstattet', 'rückerstattung erfolgt', 'erstattung veranlasst'],
    returnComplete: ['rücksendung abgeschlossen', 'zurückgegeben'],
    // Print summary of an order not yet shipped: "Versand in Kürze" (bi_de_DE_142-….html).
    notYetShipped: ['noch nicht versandt', 'versand in kürze'],
  },
  labels: {
    orderPlaced: ['bestellung aufgegeben', 'bestellung aufgegeben am', 'bestelldatum'],
    total: ['summe', 'gesamtsumme', 'gesamtbetrag', 'gesamtbestellwert'],
    orderNumber: ['bestellnr.', 'bestellnummer'],
    shipTo: ['lieferadresse', 'versandadresse', 'versand an', 'geliefert an'],
    trackPackage: ['lieferung verfolgen', 'paket verfolgen'],
    sample: ['probe', 'proben', 'gratisprobe', 'warenprobe', 'probepackung'],
  },
}
