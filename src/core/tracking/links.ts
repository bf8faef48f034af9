// Public tracking-page links, only for the carriers whose URL template is documented (reference §6).
import { carrierFormat } from './registry.ts'

const UPS = 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=%s'
const USPS = 'https://tools.usps.com/go/TrackConfirmAction?tLabels=%s'
const FEDEX = 'https://www.fedex.com/apps/fedextrack/?tracknumbers=%s'
// Documented as http; https redirects the same way.
const DHL = 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=%s'
const DPD = 'https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber=%s'
const CANADA_POST = 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=%s'
const YODEL = 'https://www.yodel.co.uk/tracking/%s'
const YUNEXPRESS = 'https://www.yuntrack.com/parcelTracking?id=%s'

// By registry id, not family: DHL's page covers Express, piece IDs and eCommerce but not DHL Paket.
// Every other carrier (Amazon, DHL Paket, Hermes, Royal Mail, …) has no documented URL: never guess one.
const TEMPLATES: Readonly<Record<string, string>> = {
  'ups-1z': UPS,
  'ups-waybill': UPS,
  'usps-impb': USPS,
  'usps-20': USPS,
  'usps-s10': USPS,
  'fedex-express-12': FEDEX,
  'fedex-ground-15': FEDEX,
  'fedex-ground-96': FEDEX,
  'fedex-sscc-18': FEDEX,
  'dhl-express': DHL,
  'dhl-express-piece': DHL,
  'dhl-ecommerce': DHL,
  'dhl-ecommerce-14': DHL,
  'dpd-parcel': DPD,
  'dpd-parcel-bare': DPD,
  'dpd-label-28': DPD,
  'canada-post': CANADA_POST,
  'canada-post-s10': CANADA_POST,
  yodel: YODEL,
  yunexpress: YUNEXPRESS,
}

/**
 * The carrier's public tracking page for a normalised number, or undefined when the carrier has no
 * documented URL. Callers open it only on a user's click: opening it tells the carrier the number.
 */
export function trackingUrl(carrierId: string, normalizedNumber: string): string | undefined {
  const template = TEMPLATES[carrierId]
  if (!template || !carrierFormat(carrierId) || normalizedNumber === '') return undefined
  return template.replace('%s', encodeURIComponent(normalizedNumber))
}
