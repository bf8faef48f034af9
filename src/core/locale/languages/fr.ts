// French (amazon.fr, .com.be, and the French view of amazon.ca).
import type { LanguagePack } from '../language-pack.ts'

export const fr: LanguagePack = {
  tag: 'fr',
  months: [
    ['janvier', 'janv'], ['février', 'févr', 'fév', 'fevrier', 'fevr'], ['mars'], ['avril', 'avr'], ['mai'], ['juin'],
    ['juillet', 'juil'], ['août', 'aout'], ['septembre', 'sept'], ['octobre', 'oct'], ['novembre', 'nov'], ['décembre', 'déc', 'decembre'],
  ],
  weekdays: [['lundi'], ['mardi'], ['mercredi'], ['jeudi'], ['vendredi'], ['samedi'], ['dimanche']],
  relativeDays: { today: ["aujourd'hui", 'aujourd’hui'], tomorrow: ['demain'], yesterday: ['hier'] },
  // fr-CA: "7 décembre 2025", "Livré le 9 décembre"; "1er décembre".
  dateOrders: ['DMY'],
  numericDate: { order: 'DMY', separators: ['/'] },
  daySuffixes: ['er'],
  yearSuffixes: [],
  dateConnectors: [],
  decimalSeparator: ',',
  groupingSeparator: ' ',
  currencyPlacement: { position: 'suffix', space: true },
  status: {
    delivered: ['livré', 'livrée', 'livrés', 'livrées'],
    arriving: ['arrivée prévue', 'livraison prévue', 'livraison estimée', 'arrive', 'arrivera'],
    shipped: ['expédié', 'expédiée', 'expédiés', 'expédiées'],
    outForDelivery: ['en cours de livraison'],
    cancelled: ['annulé', 'annulée', 'annulés', 'annulées'],
    refunded: ['remboursé', 'remboursée', 'remboursement effectué'],
    returnComplete: ['retour effectué', 'retour terminé', 'retourné'],
    notYetShipped: ['pas encore expédié', 'pas encore expédiée', 'non expédié'],
  },
  labels: {
    orderPlaced: ['commande effectuée le', 'commande passée le', 'commande effectuée'],
    total: ['total', 'montant total', 'montant total pour ces articles'],
    orderNumber: ['commande n°', 'numéro de commande', 'n° de commande'],
    shipTo: ['expédié à', 'livraison à'],
    trackPackage: ['suivre votre colis', 'suivre le colis'],
    sample: ['échantillon', 'échantillons', 'échantillon gratuit'],
  },
}
