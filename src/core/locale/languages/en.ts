// English (amazon.com, .ca, .co.uk, .com.au, … and English views of other storefronts).
import type { LanguagePack } from '../language-pack.ts'

export const en: LanguagePack = {
  tag: 'en',
  months: [
    ['january', 'jan'], ['february', 'feb'], ['march', 'mar'], ['april', 'apr'], ['may'], ['june', 'jun'],
    ['july', 'jul'], ['august', 'aug'], ['september', 'sept', 'sep'], ['october', 'oct'], ['november', 'nov'], ['december', 'dec'],
  ],
  weekdays: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  relativeDays: { today: ['today'], tomorrow: ['tomorrow'], yesterday: ['yesterday'] },
  // en-US "November 2, 2024"; en-GB "7 February 2019", "Delivered 1 Nov 2019".
  dateOrders: ['MDY', 'DMY'],
  daySuffixes: ['st', 'nd', 'rd', 'th'],
  yearSuffixes: [],
  dateConnectors: [],
  decimalSeparator: '.',
  groupingSeparator: ',',
  currencyPlacement: { position: 'prefix', space: false },
  status: {
    delivered: ['delivered', 'was delivered'],
    arriving: ['arriving', 'expected by', 'now expected', 'arrives'],
    shipped: ['shipped', 'dispatched'],
    outForDelivery: ['out for delivery'],
    cancelled: ['cancelled', 'canceled'],
    refunded: ['refunded', 'refund issued'],
    returnComplete: ['return complete', 'returned'],
    notYetShipped: ['not yet shipped', 'not yet dispatched', 'preparing for shipment'],
  },
  labels: {
    orderPlaced: ['order placed', 'ordered on'],
    total: ['total', 'grand total', 'order total'],
    orderNumber: ['order #', 'order#', 'order number'],
    shipTo: ['ship to', 'dispatch to', 'deliver to'],
    trackPackage: ['track package'],
    sample: ['sample', 'samples', 'free sample'],
  },
}
