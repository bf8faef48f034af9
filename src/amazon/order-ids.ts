// Order ids and track-link keys from page structure: id elements, named link parameters — never free text.

/** `112-1234567-1234567`, `D01-8711688-7680252`, `702-…`: three digits (or a letter and two) then 7 and 7. */
export const ORDER_ID = /\b([0-9A-Z]\d{2}-\d{7}-\d{7})\b/
const ORDER_ID_EXACT = /^[0-9A-Z]\d{2}-\d{7}-\d{7}$/
const DIGITAL_ID = /^D\d{2}-\d{7}-\d{7}$/

/** True for a whole order id (`112-…`, `D01-…`), nothing before or after. */
export function isOrderId(s: string): boolean {
  return ORDER_ID_EXACT.test(s)
}

/** Digital orders carry `D01-…`-style ids (reference §3.3). */
export function isDigitalOrderId(s: string): boolean {
  return DIGITAL_ID.test(s)
}

/** The single order id inside an id element's text ("Order# 112-…" → "112-…"), or undefined. */
export function orderIdInElementText(text: string): string | undefined {
  return ORDER_ID.exec(text)?.[1]
}

/** Resolves an href against the page URL; undefined for unparseable hrefs. */
export function resolveHref(href: string | undefined, base: URL): URL | undefined {
  if (!href) return undefined
  try {
    return new URL(href, base)
  } catch {
    return undefined
  }
}

/**
 * Order ids a link names by parameter: `orderID`, `orderId`, `orderIds` (comma list, archive links) and `search`
 * on order-history search links. `token=` (same shape, archive links) and session ids are never read.
 */
export function orderIdsOfLink(url: URL): string[] {
  const p = url.searchParams
  const raw = [p.get('orderID'), p.get('orderId'), ...(p.get('orderIds')?.split(',') ?? [])]
  if (/\/(order-history|your-orders\/search)/.test(url.pathname)) raw.push(p.get('search'))
  return raw.map((s) => s?.trim() ?? '').filter(isOrderId)
}

/** What a Track-package link says about its parcel (parameters in any order; packageIndex may be absent). */
export interface TrackLinkKey {
  orderId?: string
  shipmentId?: string
  packageIndex?: number
  itemId?: string
}

/** The parcel identity a Track-package link names, read by parameter name; malformed values are dropped. */
export function trackLinkKey(url: URL): TrackLinkKey {
  const p = url.searchParams
  const key: TrackLinkKey = {}
  const orderId = p.get('orderId') ?? p.get('orderID')
  if (orderId && isOrderId(orderId)) key.orderId = orderId
  const shipmentId = p.get('shipmentId')
  if (shipmentId && /^[A-Za-z0-9]{1,40}$/.test(shipmentId)) key.shipmentId = shipmentId
  const packageIndex = p.get('packageIndex')
  if (packageIndex && /^\d{1,4}$/.test(packageIndex)) key.packageIndex = Number(packageIndex)
  const itemId = p.get('itemId')
  if (itemId && /^[A-Za-z0-9]{1,40}$/.test(itemId)) key.itemId = itemId
  return key
}

/** ASIN from `/dp/<ASIN>` or `/gp/product/<ASIN>` (ISBN-10 ASINs of books are digits, `0071771328`). */
export function asinOfLink(url: URL): string | undefined {
  return /\/(?:dp|gp\/product)\/([A-Z0-9]{10})(?:[/?#]|$)/i.exec(url.pathname)?.[1]?.toUpperCase()
}
