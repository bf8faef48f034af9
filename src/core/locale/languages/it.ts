// Italian (amazon.it).
import type { LanguagePack } from '../language-pack.ts'

export const it: LanguagePack = {
  tag: 'it',
  months: [
    ['gennaio', 'gen'], ['febbraio', 'feb'], ['marzo', 'mar'], ['aprile', 'apr'], ['maggio', 'mag'], ['giugno', 'giu'],
    ['luglio', 'lug'], ['agosto', 'ago'], ['settembre', 'set', 'sett'], ['ottobre', 'ott'], ['novembre', 'nov'], ['dicembre', 'dic'],
  ],
  weekdays: [['lunedì', 'lunedi'], ['martedì', 'martedi'], ['mercoledì', 'mercoledi'], ['giovedì', 'giovedi'], ['venerdì', 'venerdi'], ['sabato'], ['domenica']],
  relativeDays: { today: ['oggi'], tomorrow: ['domani'], yesterday: ['ieri'] },
  dateOrders: ['DMY'],
  numericDate: { order: 'DMY', separators: ['/'] },
  daySuffixes: ['º', '°'],
  yearSuffixes: [],
  dateConnectors: [],
  decimalSeparator: ',',
  groupingSeparator: '.',
  currencyPlacement: { position: 'suffix', space: true },
  status: {
    delivered: ['consegnato', 'consegnati', 'consegnata', 'consegna effettuata'],
    arriving: ['in arrivo', 'arrivo previsto', 'consegna prevista', 'arriverà'],
    shipped: ['spedito', 'spediti', 'spedita'],
    outForDelivery: ['in consegna'],
    cancelled: ['annullato', 'annullati', 'annullata'],
    refunded: ['rimborsato', 'rimborso effettuato'],
    returnComplete: ['reso completato', 'reso effettuato'],
    notYetShipped: ['non ancora spedito', 'non ancora spediti'],
  },
  labels: {
    orderPlaced: ['ordine effettuato', 'ordine effettuato il'],
    total: ['totale', 'totale ordine'],
    orderNumber: ['ordine n.', 'numero ordine', "numero d'ordine"],
    shipTo: ['spedisci a', 'indirizzo di spedizione'],
    trackPackage: ['traccia il pacco'],
    sample: ['campione', 'campioni', 'campione gratuito', 'omaggio'],
  },
}
