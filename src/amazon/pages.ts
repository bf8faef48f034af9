// The 23 storefront hosts, URL predicates for the pages we read, and the manifest's match patterns.
import { MARKETPLACES, marketplaceByHost } from '../core/locale/marketplaces.ts'
import type { MarketplaceId } from '../core/model/order.ts'

/** `https://www.amazon.<tld>/*` for each storefront: host permissions, nothing wider. */
export const HOST_PATTERNS: readonly string[] = MARKETPLACES.map((m) => `https://${m.host}/*`)

/** `https://www.amazon.<tld>` origins, for sender checks. */
export const STOREFRONT_ORIGINS: ReadonlySet<string> = new Set(MARKETPLACES.map((m) => `https://${m.host}`))

// Paths of the pages content scripts run on. The leading `*` admits a `/-/fr/` display-language
// prefix (amazon.ca French, rm_recap_orderrecap.html); pagePathKind() re-checks precisely.
const ORDER_PAGE_PATHS = [
  '/*your-orders/*',
  '/*gp/your-account/order-history*',
  '/*gp/your-account/order-details*',
  '/*gp/your-account/ship-track*',
  '/*gp/css/order-history*',
  '/*gp/css/order-details*',
  '/*progress-tracker/*',
] as const

/** Content-script match patterns: order list, order details and tracker paths on the 23 hosts. */
export const CONTENT_SCRIPT_MATCHES: readonly string[] = MARKETPLACES.flatMap((m) =>
  ORDER_PAGE_PATHS.map((p) => `https://${m.host}${p}`),
)

export type PagePathKind = 'order-list' | 'order-details' | 'tracker'

/** Strips a leading `/-/<lang>/` display-language prefix. */
export function stripLanguagePrefix(path: string): string {
  return path.replace(/^\/-\/[a-z]{2}(?:[-_][a-z]{2})?(?=\/)/i, '')
}

/** The language named by a `/-/<lang>/` prefix, if any. */
export function languagePrefix(path: string): string | undefined {
  return /^\/-\/([a-z]{2})(?:[-_][a-z]{2})?\//i.exec(path)?.[1]?.toLowerCase()
}

/**
 * Which page family a URL path belongs to, from the path alone.
 * @example pagePathKind('/your-orders/orders?timeFilter=year-2024') === 'order-list'
 * @example pagePathKind('/gp/css/order-details?orderID=112-…') === 'order-details'
 * @example pagePathKind('/gp/your-account/ship-track?orderId=…') === 'tracker'
 */
export function pagePathKind(path: string): PagePathKind | undefined {
  const p = stripLanguagePrefix(path)
  if (/^\/(your-orders\/orders|your-orders\/search|gp\/your-account\/order-history|gp\/css\/order-history(?!\/archive))(?:[/?#]|$)/.test(p)) return 'order-list'
  if (/^\/(your-orders\/order-details|gp\/your-account\/order-details|gp\/css\/order-details)(?:[/?#]|$)/.test(p)) return 'order-details'
  if (/^\/(progress-tracker\/package|gp\/your-account\/ship-track)(?:[/?#]|$)/.test(p)) return 'tracker'
  return undefined
}

/** The storefront of a URL, when it is exactly one of the 23 `https://www.amazon.<tld>` origins. */
export function marketplaceOfUrl(url: string): MarketplaceId | undefined {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return undefined
  }
  if (u.protocol !== 'https:' || u.port !== '') return undefined
  return marketplaceByHost(u.hostname)?.id
}
