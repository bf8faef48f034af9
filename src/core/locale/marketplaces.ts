// The 23 Amazon storefronts as data: host, currency, languages, time zone, SP-API marketplace id.
import type { LanguageTag, MarketplaceId } from '../model/order.ts'

export interface Marketplace {
  id: MarketplaceId
  host: string
  currency: string
  defaultLanguage: LanguageTag
  languages: LanguageTag[]
  timeZone: string
  /** SP-API marketplace id, printed on every page as `ue_mid`. */
  amazonId: string
  /** ISO 3166 country code, for legal cards and help links. */
  country: string
}

// Source: SP-API marketplace table (reference/platform.md §5.3, amazon-pages.md §2.1). amazon.cn is excluded.
export const MARKETPLACES: readonly Marketplace[] = [
  { id: 'amazon.com', host: 'www.amazon.com', currency: 'USD', defaultLanguage: 'en', languages: ['en', 'es'], timeZone: 'America/Los_Angeles', amazonId: 'ATVPDKIKX0DER', country: 'US' },
  { id: 'amazon.ca', host: 'www.amazon.ca', currency: 'CAD', defaultLanguage: 'en', languages: ['en', 'fr'], timeZone: 'America/Toronto', amazonId: 'A2EUQ1WTGCTBG2', country: 'CA' },
  { id: 'amazon.com.mx', host: 'www.amazon.com.mx', currency: 'MXN', defaultLanguage: 'es', languages: ['es'], timeZone: 'America/Mexico_City', amazonId: 'A1AM78C64UM0Y8', country: 'MX' },
  { id: 'amazon.com.br', host: 'www.amazon.com.br', currency: 'BRL', defaultLanguage: 'pt', languages: ['pt'], timeZone: 'America/Sao_Paulo', amazonId: 'A2Q3Y263D00KWC', country: 'BR' },
  { id: 'amazon.co.uk', host: 'www.amazon.co.uk', currency: 'GBP', defaultLanguage: 'en', languages: ['en'], timeZone: 'Europe/London', amazonId: 'A1F83G8C2ARO7P', country: 'GB' },
  { id: 'amazon.ie', host: 'www.amazon.ie', currency: 'EUR', defaultLanguage: 'en', languages: ['en'], timeZone: 'Europe/Dublin', amazonId: 'A28R8C7NBKEWEA', country: 'IE' },
  { id: 'amazon.de', host: 'www.amazon.de', currency: 'EUR', defaultLanguage: 'de', languages: ['de', 'en', 'nl', 'pl', 'tr', 'cs'], timeZone: 'Europe/Berlin', amazonId: 'A1PA6795UKMFR9', country: 'DE' },
  { id: 'amazon.fr', host: 'www.amazon.fr', currency: 'EUR', defaultLanguage: 'fr', languages: ['fr', 'en'], timeZone: 'Europe/Paris', amazonId: 'A13V1IB3VIYZZH', country: 'FR' },
  { id: 'amazon.it', host: 'www.amazon.it', currency: 'EUR', defaultLanguage: 'it', languages: ['it', 'en'], timeZone: 'Europe/Rome', amazonId: 'APJ6JRA9NG5V4', country: 'IT' },
  { id: 'amazon.es', host: 'www.amazon.es', currency: 'EUR', defaultLanguage: 'es', languages: ['es', 'en', 'pt'], timeZone: 'Europe/Madrid', amazonId: 'A1RKKUPIHCS9HS', country: 'ES' },
  { id: 'amazon.nl', host: 'www.amazon.nl', currency: 'EUR', defaultLanguage: 'nl', languages: ['nl', 'en'], timeZone: 'Europe/Amsterdam', amazonId: 'A1805IZSGTT6HS', country: 'NL' },
  { id: 'amazon.com.be', host: 'www.amazon.com.be', currency: 'EUR', defaultLanguage: 'fr', languages: ['fr', 'nl', 'en'], timeZone: 'Europe/Brussels', amazonId: 'AMEN7PMS3EDWL', country: 'BE' },
  { id: 'amazon.se', host: 'www.amazon.se', currency: 'SEK', defaultLanguage: 'sv', languages: ['sv', 'en'], timeZone: 'Europe/Stockholm', amazonId: 'A2NODRKZP88ZB9', country: 'SE' },
  { id: 'amazon.pl', host: 'www.amazon.pl', currency: 'PLN', defaultLanguage: 'pl', languages: ['pl'], timeZone: 'Europe/Warsaw', amazonId: 'A1C3SOZRARQ6R3', country: 'PL' },
  { id: 'amazon.com.tr', host: 'www.amazon.com.tr', currency: 'TRY', defaultLanguage: 'tr', languages: ['tr'], timeZone: 'Europe/Istanbul', amazonId: 'A33AVAJ2PDY3EV', country: 'TR' },
  { id: 'amazon.co.za', host: 'www.amazon.co.za', currency: 'ZAR', defaultLanguage: 'en', languages: ['en'], timeZone: 'Africa/Johannesburg', amazonId: 'AE08WJ6YKNBMC', country: 'ZA' },
  { id: 'amazon.eg', host: 'www.amazon.eg', currency: 'EGP', defaultLanguage: 'ar', languages: ['ar', 'en'], timeZone: 'Africa/Cairo', amazonId: 'ARBP9OOSHTCHU', country: 'EG' },
  { id: 'amazon.sa', host: 'www.amazon.sa', currency: 'SAR', defaultLanguage: 'ar', languages: ['ar', 'en'], timeZone: 'Asia/Riyadh', amazonId: 'A17E79C6D8DWNP', country: 'SA' },
  { id: 'amazon.ae', host: 'www.amazon.ae', currency: 'AED', defaultLanguage: 'en', languages: ['en', 'ar'], timeZone: 'Asia/Dubai', amazonId: 'A2VIGQ35RCS4UG', country: 'AE' },
  { id: 'amazon.in', host: 'www.amazon.in', currency: 'INR', defaultLanguage: 'en', languages: ['en', 'hi'], timeZone: 'Asia/Kolkata', amazonId: 'A21TJRUUN4KGV', country: 'IN' },
  { id: 'amazon.co.jp', host: 'www.amazon.co.jp', currency: 'JPY', defaultLanguage: 'ja', languages: ['ja', 'en', 'zh'], timeZone: 'Asia/Tokyo', amazonId: 'A1VC38T7YXB528', country: 'JP' },
  { id: 'amazon.sg', host: 'www.amazon.sg', currency: 'SGD', defaultLanguage: 'en', languages: ['en'], timeZone: 'Asia/Singapore', amazonId: 'A19VAU5U5O7RUS', country: 'SG' },
  { id: 'amazon.com.au', host: 'www.amazon.com.au', currency: 'AUD', defaultLanguage: 'en', languages: ['en'], timeZone: 'Australia/Sydney', amazonId: 'A39IBJ37TRP1C6', country: 'AU' },
]

const BY_HOST = new Map(MARKETPLACES.map((m) => [m.host, m]))
const BY_ID = new Map(MARKETPLACES.map((m) => [m.id, m]))

/** The marketplace served at `host` (exact `www.amazon.<tld>`), if any. */
export function marketplaceByHost(host: string): Marketplace | undefined {
  return BY_HOST.get(host.toLowerCase())
}

export function marketplaceById(id: string): Marketplace | undefined {
  return BY_ID.get(id.toLowerCase())
}
