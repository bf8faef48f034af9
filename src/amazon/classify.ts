// Decides what an Amazon page is (order list, details, challenge, sign-in…) from its URL and DOM landmarks.
import { marketplaceByHost } from '../core/locale/marketplaces.ts'
import type { LanguageTag, MarketplaceId } from '../core/model/index.ts'
import { parseHtml, type HtmlDoc } from './html.ts'
import { languagePrefix, stripLanguagePrefix } from './pages.ts'
import { page, orderList } from './selectors.ts'
import { firstMatch } from './extract.ts'

export type PageKind =
  | 'order-list' | 'empty-list' | 'order-details' | 'tracker' | 'invoice' | 'digital-summary'
  | 'sign-in' | 'mfa' | 'captcha' | 'bot-challenge' | 'robot-block' | 'skeleton' | 'encrypted' | 'unknown'

/** The kinds a parser may read; every other kind stops the reader (reference §0 rule 2). */
export const OK_KINDS: ReadonlySet<PageKind> = new Set<PageKind>(['order-list', 'empty-list', 'order-details', 'tracker', 'invoice', 'digital-summary'])

export interface Classification {
  kind: PageKind
  marketplace?: MarketplaceId
  language: LanguageTag
  /** Which classifier rule fired, e.g. `aws-waf`, `list-container`, `details-root` (stored with captures). */
  rule: string
}

/** The page URL as a URL object, or undefined when it is not a parseable absolute URL. */
export function pageUrl(url: string): URL | undefined {
  try {
    return new URL(url)
  } catch {
    return undefined
  }
}

/** The storefront of a host (`www.amazon.de` or `amazon.de`), any scheme. */
export function marketplaceOfHost(host: string): MarketplaceId | undefined {
  const h = host.toLowerCase()
  return (marketplaceByHost(h) ?? marketplaceByHost(`www.${h}`))?.id
}

/**
 * Display language: `<html lang>` (`fr-ca` → `fr`), else a `/-/fr/` path prefix, else the marketplace's default,
 * else `en`.
 */
export function detectLanguage(url: URL | undefined, lang: string | undefined): LanguageTag {
  const fromLang = /^([a-z]{2,3})(?:[-_]|$)/i.exec(lang?.trim() ?? '')?.[1]?.toLowerCase()
  if (fromLang) return fromLang
  const fromPath = url ? languagePrefix(url.pathname) : undefined
  if (fromPath) return fromPath
  const host = url?.hostname
  const m = host ? marketplaceByHost(host) ?? marketplaceByHost(`www.${host}`) : undefined
  return m?.defaultLanguage ?? 'en'
}

// A page of this many `…Skeleton` class names and no cards is the off-tab placeholder shell (amazon-orders #134).
const SKELETON_MIN = 20
const SKELETON_CLASS = /[a-z]Skeleton\b/g

function countSkeletons(source: string, cap: number): number {
  SKELETON_CLASS.lastIndex = 0
  let n = 0
  while (n < cap && SKELETON_CLASS.exec(source) !== null) n++
  return n
}

// Reference §1.2 step 11: invoices and digital summaries by URL first.
function kindByPath(path: string): 'invoice' | 'digital-summary' | 'tracker' | 'transactions' | undefined {
  if (/^\/gp\/digital\/your-account\/order-summary\.html/.test(path)) return 'digital-summary'
  if (/^\/(gp\/css\/summary\/print\.html|gp\/shared-cs\/ajax\/invoice\/invoice\.html|your-orders\/invoice\/popover)/.test(path)) return 'invoice'
  if (/^\/(progress-tracker\/package|gp\/your-account\/ship-track)(?:[/?#]|$)/.test(path)) return 'tracker'
  if (/^\/cpe\/yourpayments\/transactions/.test(path)) return 'transactions'
  return undefined
}

// Inline-script challenge markers (Akamai proof-of-work POST, AWS WAF challenge props, WAF grid captcha), found in one
// scan of the source: one regular expression is several times faster than three String#includes on a 650 KB page.
const INLINE_CHALLENGE = /\/_sec\/verify|gokuProps|WAF_ADVERSARIAL_SYNTHETIC_GRID/

const ORDER_ID_SHAPE = /\b[0-9A-Z]\d{2}-\d{7}-\d{7}\b/
const DIGITAL_ID_SHAPE = /\bD\d{2}-\d{7}-\d{7}\b/
// Print pages title themselves "Amazon.<tld> - <word> <order id>" in every language seen (bi_*.html).
const PRINT_TITLE = /^Amazon\.[a-z.]+\s*-\s*\S+\s+[0-9A-Z]\d{2}-\d{7}-\d{7}\s*$/i

/** Classifies an already parsed page (readPage parses once and shares the tree with the parser). */
export function classifyDoc(url: URL | undefined, doc: HtmlDoc): Classification {
  const marketplace = url ? marketplaceOfHost(url.hostname) : undefined
  const language = detectLanguage(url, doc.lang)
  const root = doc.root
  const src = doc.source
  const result = (kind: PageKind, rule: string): Classification => (marketplace ? { kind, marketplace, language, rule } : { kind, language, rule })
  const path = url ? stripLanguagePrefix(url.pathname) : ''

  // 1–4: challenges first; their markers are specific enough to trust anywhere. `acic.setupACIC` alone is on every
  // normal sign-in page (ao_signin.html), so only the grid-challenge mode name marks a captcha (mkb79/Audible #732).
  // Inline-script markers belong to small interstitials that never carry the order list or details landmarks; pages
  // that do are not scanned (on a 650 KB list page the scan alone cost about a tenth of the whole read).
  const orderPage = firstMatch(root, page.listContainer, 'page.listContainer') ?? firstMatch(root, page.detailsRoot, 'page.detailsRoot')
  const marker = orderPage ? undefined : INLINE_CHALLENGE.exec(src)?.[0]
  if (firstMatch(root, page.akamaiRefresh, 'page.akamaiRefresh') || marker === '/_sec/verify') return result('bot-challenge', 'akamai')
  if (firstMatch(root, page.wafScript, 'page.wafScript') || marker === 'gokuProps') return result('bot-challenge', 'aws-waf')
  if (firstMatch(root, page.captcha, 'page.captcha') || marker === 'WAF_ADVERSARIAL_SYNTHETIC_GRID') return result('captcha', 'captcha')
  if (firstMatch(root, page.mfa, 'page.mfa')) return result('mfa', 'mfa')
  // 5: the normal header links to /ap/signin too, so only the path or the form counts.
  if (/^\/(ap\/signin|ax\/claim)(?:[/?#]|$)/.test(path) || firstMatch(root, page.signIn, 'page.signIn')) return result('sign-in', 'sign-in')
  // 6: after captcha, because the automated-access comment sits on the captcha interstitial too.
  if (firstMatch(root, page.errorImage, 'page.errorImage') || /^Sorry! Something went wrong!?$/i.test(doc.title)) return result('robot-block', 'error-page')

  const container = firstMatch(root, page.listContainer, 'page.listContainer')
  const cards = container ? container.element.queryAll(orderList.card[0]) : []
  if (container) {
    // 7: unreadable off-tab responses.
    if (firstMatch(root, page.encryptedCard, 'page.encryptedCard')) return result('encrypted', 'csd-encrypted')
    if (cards.length === 0 && countSkeletons(src, SKELETON_MIN) >= SKELETON_MIN) return result('skeleton', 'skeleton-shell')
    // 8: the hidden copy of the banner is on every normal list page; only a visible one counts.
    const banner = firstMatch(root, page.problemBanner, 'page.problemBanner')
    if (banner && !page.hiddenBanner.some((s) => banner.element.matches(s))) return result('robot-block', 'problem-banner')
    const anyCard = cards.length > 0 || firstMatch(container.element, orderList.card, 'orderList.card') !== undefined
    if (anyCard) return result('order-list', container.variant === 0 ? 'list-container' : 'legacy-list-container')
    // Order ids or order links without a card we recognise: a layout change, never an empty page (azad #416).
    if (firstMatch(container.element, page.orderEvidence, 'page.orderEvidence')) return result('order-list', 'list-cards-unrecognised')
    return result('empty-list', 'list-no-cards')
  }
  if (cards.length === 0 && countSkeletons(src, SKELETON_MIN) >= SKELETON_MIN && /^\/your-orders\//.test(path)) return result('skeleton', 'skeleton-shell')
  // 9–10
  if (firstMatch(root, page.detailsRoot, 'page.detailsRoot')) return result('order-details', 'details-root')
  const byPath = kindByPath(path)
  if (byPath === 'tracker') return result('tracker', 'tracker-url')
  if (firstMatch(root, page.trackerLandmark, 'page.trackerLandmark')) return result('tracker', 'tracker-landmark')
  // 11
  if (byPath === 'invoice' || byPath === 'digital-summary') return result(byPath, `${byPath}-url`)
  const heading = firstMatch(root, page.printHeading, 'page.printHeading')?.element.text() ?? ''
  if (DIGITAL_ID_SHAPE.test(heading)) return result('digital-summary', 'digital-summary-heading')
  if (ORDER_ID_SHAPE.test(heading) && PRINT_TITLE.test(doc.title)) return result('invoice', 'invoice-heading')
  if (byPath === 'transactions' || firstMatch(root, page.transactions, 'page.transactions')) return result('unknown', 'transactions')
  // 12
  return result('unknown', 'no-landmark')
}

/**
 * Classifies a page by URL and DOM landmarks in the order of reference/amazon-pages.md §1.2
 * (challenges, sign-in, error, unreadable list, list, details, tracker, invoice/digital, unknown).
 * Never decided by a single label text. Never throws for string input.
 * @example classify('https://www.amazon.de/ap/signin', html).kind === 'sign-in'
 */
export function classify(url: string, html: string): Classification {
  return classifyDoc(pageUrl(url), parseHtml(html))
}
