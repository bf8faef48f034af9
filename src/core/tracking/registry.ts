// The carrier registry: tracking-number formats written from reference/parcels-and-carriers.md §3 (data only).
import type { MarketplaceId } from '../model/order.ts'
import type { CarrierFamily } from '../model/parcel.ts'
import type { CheckRule } from './check-digits.ts'

/** How well a format is documented (reference confidence marks). W formats stay low-confidence. */
export type Evidence = 'V' | 'P' | 'S' | 'W'

export interface CarrierFormat {
  /** Registry id, e.g. `dhl-paket-20`. */
  id: string
  family: CarrierFamily
  /** Carrier name to show, e.g. `DHL Paket`. */
  name: string
  /** Which of the carrier's products the format is, e.g. `20-digit (SSCC)`. */
  product: string
  /** Anchored pattern on the normalised number. */
  pattern: RegExp
  /** A check rule; `none` when the format has no check digit, `unknown` when one may exist undocumented. */
  check: CheckRule | 'none' | 'unknown'
  /** The pattern fixes letters or a prefix, not only a length (more specific). */
  prefixed: boolean
  evidence: Evidence
  /** Storefronts where this carrier commonly delivers; empty = no regional preference. */
  marketplaces: readonly MarketplaceId[]
  /** A UPU S10 number: the last two letters must be a known country code. */
  s10?: true
  /** A sub-shape that is how the carrier usually prints it (e.g. DHL's `003404…`). */
  typical?: RegExp
  /** Proposed only when the user or Amazon names this carrier's family (the shape alone says nothing). */
  contextOnly?: true
}

const US = ['amazon.com']
const NA = ['amazon.com', 'amazon.ca']
const UK = ['amazon.co.uk']
const DE = ['amazon.de']
const BENELUX = ['amazon.nl', 'amazon.com.be']
const DPD_MARKETS = ['amazon.de', 'amazon.co.uk', 'amazon.ie', 'amazon.fr', 'amazon.nl', 'amazon.com.be', 'amazon.pl', 'amazon.es']
const GLS_MARKETS = ['amazon.de', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.nl', 'amazon.com.be', 'amazon.pl']

const S10_PATTERN = (country: string) => new RegExp(`^[A-Z]{2}\\d{9}${country}$`)
const S10_CHECK: CheckRule = { algorithm: 'A6', from: 2, to: 10 }
const A1_LAST: CheckRule = { algorithm: 'A1' }

/** Every known format, in tie-break order (earlier wins among equal confidence). */
export const CARRIER_FORMATS: readonly CarrierFormat[] = [
  // Amazon (§3.1)
  { id: 'amazon-logistics', family: 'amazon', name: 'Amazon Logistics', product: 'TBA/TBC/TBM', pattern: /^TB[ACM]\d{12}$/, check: 'none', prefixed: true, evidence: 'V', marketplaces: ['amazon.com', 'amazon.ca', 'amazon.com.mx'] },
  { id: 'amazon-logistics-de', family: 'amazon', name: 'Amazon Logistics', product: 'Germany (A…)', pattern: /^A[A-Z]\d{10}$/, check: 'none', prefixed: true, evidence: 'W', marketplaces: DE },
  { id: 'amazon-logistics-fr', family: 'amazon', name: 'Amazon Logistics', product: 'France (C…)', pattern: /^C[0-9A-Z]\d{10}$/, check: 'unknown', prefixed: true, evidence: 'W', marketplaces: ['amazon.fr'] },
  { id: 'amazon-international', family: 'amazon', name: 'Amazon Logistics', product: 'international', pattern: /^[AFC]\d{10}$/, check: 'none', prefixed: true, evidence: 'W', marketplaces: [] },
  { id: 'amazon-shipping', family: 'amazon', name: 'Amazon Shipping', product: 'country code + 10 digits', pattern: /^[A-Z]{2}\d{10}$/, check: 'unknown', prefixed: true, evidence: 'W', marketplaces: ['amazon.it'], contextOnly: true },
  // United States (§3.2)
  { id: 'ups-1z', family: 'ups', name: 'UPS', product: '1Z', pattern: /^1Z[0-9A-Z]{15}\d$/, check: { algorithm: 'A2', from: 2 }, prefixed: true, evidence: 'V', marketplaces: NA },
  { id: 'ups-waybill', family: 'ups', name: 'UPS', product: 'waybill', pattern: /^[AHJKTV]\d{10}$/, check: { algorithm: 'A2', from: 1 }, prefixed: true, evidence: 'V', marketplaces: NA },
  { id: 'usps-impb', family: 'usps', name: 'USPS', product: 'IMpb', pattern: /^9[1-5]\d{20}(?:\d{4}){0,3}$/, check: A1_LAST, prefixed: true, evidence: 'V', marketplaces: US },
  { id: 'usps-20', family: 'usps', name: 'USPS', product: '20-digit', pattern: /^\d{20}$/, check: A1_LAST, prefixed: false, evidence: 'V', marketplaces: US },
  { id: 'usps-s10', family: 'usps', name: 'USPS', product: 'international (S10)', pattern: S10_PATTERN('US'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: US, s10: true },
  { id: 'fedex-express-12', family: 'fedex', name: 'FedEx', product: 'Express 12', pattern: /^\d{12}$/, check: { algorithm: 'A5' }, prefixed: false, evidence: 'V', marketplaces: NA },
  { id: 'fedex-ground-15', family: 'fedex', name: 'FedEx', product: 'Ground 15', pattern: /^\d{15}$/, check: A1_LAST, prefixed: false, evidence: 'V', marketplaces: NA },
  { id: 'fedex-ground-96', family: 'fedex', name: 'FedEx', product: 'Ground 96', pattern: /^96\d{20}$/, check: { algorithm: 'A1', from: 7, to: 21 }, prefixed: true, evidence: 'V', marketplaces: NA },
  { id: 'fedex-sscc-18', family: 'fedex', name: 'FedEx', product: 'SSCC-18', pattern: /^\d{18}$/, check: A1_LAST, prefixed: false, evidence: 'V', marketplaces: NA },
  // DHL family and Germany (§3.3); Deutsche Post is DHL Group's letter arm and shares the family for matching.
  { id: 'dhl-paket-20', family: 'dhl', name: 'DHL Paket', product: '20-digit (SSCC)', pattern: /^00\d{18}$/, check: A1_LAST, prefixed: true, evidence: 'V', marketplaces: DE, typical: /^003404/ },
  { id: 'dhl-paket-sscc', family: 'dhl', name: 'DHL Paket', product: 'SSCC-18 (20-digit without 00)', pattern: /^\d{18}$/, check: A1_LAST, prefixed: false, evidence: 'V', marketplaces: DE, typical: /^3404/ },
  { id: 'dhl-paket-identcode', family: 'dhl', name: 'DHL Paket', product: 'Identcode', pattern: /^\d{12}$/, check: { algorithm: 'A3' }, prefixed: false, evidence: 'V', marketplaces: DE },
  { id: 'dhl-paket-jjd', family: 'dhl', name: 'DHL Paket', product: 'JJD', pattern: /^JJD\d{10,20}$/, check: 'none', prefixed: true, evidence: 'S', marketplaces: DE },
  { id: 'dhl-express', family: 'dhl', name: 'DHL Express', product: 'waybill', pattern: /^\d{10,11}$/, check: { algorithm: 'A4' }, prefixed: false, evidence: 'V', marketplaces: [] },
  { id: 'dhl-express-piece', family: 'dhl', name: 'DHL Express', product: 'piece ID', pattern: /^J[A-Z]{2,3}\d{9,10}$/, check: 'none', prefixed: true, evidence: 'W', marketplaces: [] },
  { id: 'dhl-parcel', family: 'dhl', name: 'DHL Parcel', product: '3S / JVGL', pattern: /^(?:3S[A-Z]{3,4}\d{7,10}|JVGL\d{6,16})$/, check: 'none', prefixed: true, evidence: 'P', marketplaces: BENELUX },
  { id: 'dhl-ecommerce', family: 'dhl', name: 'DHL eCommerce', product: 'prefixed', pattern: /^(?:GM|LX|RX|CN|SG|TH|IN|HK|MY)[0-9A-Z]{8,37}$/, check: 'none', prefixed: true, evidence: 'P', marketplaces: [] },
  { id: 'dhl-ecommerce-14', family: 'dhl', name: 'DHL eCommerce', product: '14-digit', pattern: /^\d{14}$/, check: 'none', prefixed: false, evidence: 'W', marketplaces: [] },
  { id: 'deutsche-post-s10', family: 'dhl', name: 'Deutsche Post', product: 'registered letter (S10)', pattern: S10_PATTERN('DE'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: DE, s10: true },
  { id: 'deutsche-post-piececode', family: 'dhl', name: 'Deutsche Post', product: 'Warenpost piececode', pattern: /^(?=\d*[A-F])[0-9A-F]{20}$/, check: 'unknown', prefixed: false, evidence: 'W', marketplaces: DE },
  { id: 'hermes-de', family: 'hermes', name: 'Hermes', product: '14-digit', pattern: /^\d{14}$/, check: A1_LAST, prefixed: false, evidence: 'V', marketplaces: DE },
  { id: 'dpd-parcel', family: 'dpd', name: 'DPD', product: 'parcel number', pattern: /^\d{14}[0-9A-Z]$/, check: { algorithm: 'A7' }, prefixed: false, evidence: 'V', marketplaces: DPD_MARKETS },
  { id: 'dpd-parcel-bare', family: 'dpd', name: 'DPD', product: 'parcel number without check character', pattern: /^\d{14}$/, check: 'none', prefixed: false, evidence: 'S', marketplaces: DPD_MARKETS },
  { id: 'dpd-label-28', family: 'dpd', name: 'DPD', product: '28-character label barcode', pattern: /^\d{27}[0-9A-Z]$/, check: { algorithm: 'A7' }, prefixed: false, evidence: 'V', marketplaces: DPD_MARKETS },
  { id: 'gls-parcel', family: 'gls', name: 'GLS', product: 'parcel number', pattern: /^\d{11,12}$/, check: 'unknown', prefixed: false, evidence: 'S', marketplaces: GLS_MARKETS },
  { id: 'gls-track-id', family: 'gls', name: 'GLS', product: 'Track-ID', pattern: /^(?=[0-9]*[A-Z])[A-Z0-9]{8}$/, check: 'none', prefixed: false, evidence: 'S', marketplaces: GLS_MARKETS },
  // United Kingdom (§3.4); Evri is the former Hermes UK and keeps the Hermes family for matching.
  { id: 'royal-mail-s10', family: 'royal-mail', name: 'Royal Mail', product: 'tracked / international (S10)', pattern: S10_PATTERN('GB'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: UK, s10: true },
  { id: 'parcelforce', family: 'royal-mail', name: 'Parcelforce', product: 'UK', pattern: /^(?:[A-Z]{2}\d{7}|[A-Z]{4}\d{10})$/, check: 'none', prefixed: true, evidence: 'P', marketplaces: UK },
  { id: 'parcelforce-export', family: 'royal-mail', name: 'Parcelforce', product: 'export / import 12-digit', pattern: /^\d{12}$/, check: 'none', prefixed: false, evidence: 'P', marketplaces: UK },
  { id: 'evri', family: 'hermes', name: 'Evri', product: '16-digit', pattern: /^\d{16}$/, check: 'unknown', prefixed: false, evidence: 'P', marketplaces: UK },
  { id: 'yodel', family: 'yodel', name: 'Yodel', product: 'JJD/JD', pattern: /^J?JD\d{16}$/, check: 'none', prefixed: true, evidence: 'V', marketplaces: UK },
  // Rest of Europe (§3.5)
  { id: 'la-poste-colissimo', family: 'la-poste', name: 'La Poste / Colissimo', product: 'domestic', pattern: /^\d[A-Z]\d{11}$/, check: 'unknown', prefixed: true, evidence: 'W', marketplaces: ['amazon.fr'] },
  { id: 'la-poste-s10', family: 'la-poste', name: 'La Poste', product: 'international (S10)', pattern: S10_PATTERN('FR'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: ['amazon.fr'], s10: true },
  { id: 'postnl-3s', family: 'postnl', name: 'PostNL', product: '3S', pattern: /^3S[A-Z]{4}\d{7,9}$/, check: 'unknown', prefixed: true, evidence: 'W', marketplaces: BENELUX },
  { id: 'postnl-s10', family: 'postnl', name: 'PostNL', product: 'international (S10)', pattern: S10_PATTERN('NL'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: BENELUX, s10: true },
  { id: 'inpost', family: 'inpost', name: 'InPost', product: '24-digit', pattern: /^\d{24}$/, check: 'unknown', prefixed: false, evidence: 'W', marketplaces: ['amazon.pl'] },
  // Canada, Japan, China and consolidators (§3.6)
  { id: 'canada-post', family: 'canada-post', name: 'Canada Post', product: '16-digit', pattern: /^\d{16}$/, check: A1_LAST, prefixed: false, evidence: 'V', marketplaces: ['amazon.ca'] },
  { id: 'canada-post-s10', family: 'canada-post', name: 'Canada Post', product: 'international (S10)', pattern: S10_PATTERN('CA'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: ['amazon.ca'], s10: true },
  { id: 'japan-post-s10', family: 'japan-post', name: 'Japan Post', product: 'international / EMS (S10)', pattern: S10_PATTERN('JP'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: ['amazon.co.jp'], s10: true },
  { id: 'japan-post-11', family: 'japan-post', name: 'Japan Post', product: 'domestic registered 11-digit', pattern: /^\d{11}$/, check: { algorithm: 'A4' }, prefixed: false, evidence: 'W', marketplaces: ['amazon.co.jp'] },
  { id: 'japan-post-12', family: 'japan-post', name: 'Japan Post', product: 'domestic 12-digit', pattern: /^\d{12}$/, check: 'unknown', prefixed: false, evidence: 'W', marketplaces: ['amazon.co.jp'] },
  { id: 'china-post-s10', family: 'china-post', name: 'China Post', product: 'S10', pattern: S10_PATTERN('CN'), check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: [], s10: true },
  { id: 'cainiao', family: 'cainiao', name: 'Cainiao', product: 'LP / CNUSUP', pattern: /^(?:LP\d{12,15}|CNUSUP\d{8,11})$/, check: 'none', prefixed: true, evidence: 'W', marketplaces: [] },
  { id: 'yunexpress', family: 'yunexpress', name: 'YunExpress', product: 'YT', pattern: /^YT\d{16}$/, check: 'none', prefixed: true, evidence: 'V', marketplaces: [] },
  // Any other post (§3.6 "S10 (any post)"): the specific countries above are excluded here.
  { id: 'upu-s10', family: 'post', name: 'National post (UPU S10)', product: 'S10', pattern: /^[A-Z]{2}\d{9}(?!US|GB|DE|FR|NL|CA|JP|CN)[A-Z]{2}$/, check: S10_CHECK, prefixed: true, evidence: 'V', marketplaces: [], s10: true },
]

const BY_ID = new Map(CARRIER_FORMATS.map((f) => [f.id, f]))

/** The format with this registry id, if any. */
export function carrierFormat(id: string): CarrierFormat | undefined {
  return BY_ID.get(id)
}
