// The single entry point for reading an Amazon page: classify, then run the matching parser; never throws.
import { MARKETPLACES, marketplaceById } from '../core/locale/marketplaces.ts'
import { languagePack } from '../core/locale/languages/index.ts'
import type { LanguageTag, MarketplaceId, Order, PlainDate } from '../core/model/index.ts'
import { OK_KINDS, classifyDoc, pageUrl, type PageKind } from './classify.ts'
import { parseHtml, type HtmlDoc } from './html.ts'
import type { PageContext } from './page-context.ts'
import type { ParseIssue, ParseResult } from './parse-result.ts'
import { parseDigitalSummary } from './parse-digital-summary.ts'
import { parseInvoice } from './parse-invoice.ts'
import { parseOrderDetails } from './parse-order-details.ts'
import { parseOrderList } from './parse-order-list.ts'
import { parseTracker } from './parse-tracker.ts'

export interface PageReading {
  kind: PageKind
  marketplace?: MarketplaceId
  language: LanguageTag
  /** True when the page is a readable kind and its parser ran without an internal error. */
  ok: boolean
  orders: Order[]
  issues: ParseIssue[]
  /** False whenever any required field is missing: a half-read order is never presented as complete. */
  complete: boolean
}

type Parser = (doc: HtmlDoc, ctx: PageContext) => ParseResult<Order[]>

const PARSERS: Partial<Record<PageKind, Parser>> = {
  'order-list': parseOrderList,
  'order-details': parseOrderDetails,
  tracker: parseTracker,
  invoice: parseInvoice,
  'digital-summary': parseDigitalSummary,
}

// A whole document (it has `<html`) whose closing `</html>` is missing was cut off: whatever was read from it may
// lack cards, shipments or items that followed the cut, so it is never complete. Fragments (tests, snippets such as
// ao_order-gift-card-snippet.html) have neither tag.
function isTruncated(html: string): boolean {
  return /<html[\s>]/i.test(html.slice(0, 4096)) && !/<\/html\s*>/i.test(html.slice(-4096))
}

// `ue_mid = 'ATVPDKIKX0DER'` sits in an inline script near the top of every server page (reference §2.1).
const UE_MID = /\bue_mid\s*=\s*'([A-Z0-9]{8,20})'/

function pageMarketplaceId(html: string): string | undefined {
  return UE_MID.exec(html.slice(0, 16384))?.[1]
}

function marketplaceByAmazonId(amazonId: string): MarketplaceId | undefined {
  return MARKETPLACES.find((m) => m.amazonId === amazonId)?.id
}

function today(): PlainDate {
  return new Date().toISOString().slice(0, 10)
}

/**
 * Classifies `html` served at `url` and, for readable kinds, parses it into core orders with the detected
 * marketplace and language pack. Challenge, sign-in and unknown pages give `ok: false` and no orders.
 * Never throws: a parser crash keeps the kind and reports `{ field: 'page', problem: 'parser-error' }`.
 */
export function readPage(url: string, html: string, ctx?: { captured?: PlainDate; orderPlacedOn?: PlainDate }): PageReading {
  let kind: PageKind = 'unknown'
  let marketplace: MarketplaceId | undefined
  let language: LanguageTag = 'en'
  const base = (): Omit<PageReading, 'ok' | 'orders' | 'issues' | 'complete'> => (marketplace ? { kind, marketplace, language } : { kind, language })
  try {
    const text = typeof html === 'string' ? html : ''
    const u = pageUrl(url)
    const doc = parseHtml(text)
    const c = classifyDoc(u, doc)
    kind = c.kind
    marketplace = c.marketplace
    language = c.language
    const mp = marketplace ? marketplaceById(marketplace) : undefined
    if (!OK_KINDS.has(kind)) return { ...base(), ok: false, orders: [], issues: [{ field: 'page', problem: `not-readable:${c.rule}` }], complete: false }
    const truncated = isTruncated(text)
    const pageIssues: ParseIssue[] = truncated ? [{ field: 'page', problem: 'truncated' }] : []
    // The page names its storefront as `ue_mid`: a page of another storefront under this URL must not be keyed here.
    const claimed = pageMarketplaceId(text)
    const mismatch = claimed !== undefined && mp !== undefined && claimed !== mp.amazonId
    if (mismatch) pageIssues.push({ field: 'marketplace', problem: `page-of-other-storefront:${marketplaceByAmazonId(claimed) ?? claimed}` })
    if (!u || !mp) return { ...base(), ok: false, orders: [], issues: [{ field: 'marketplace', problem: 'unknown-storefront' }], complete: false }
    if (kind === 'empty-list') return { ...base(), ok: true, orders: [], issues: pageIssues, complete: pageIssues.length === 0 }
    const pack = languagePack(language)
    if (!pack) return { ...base(), ok: false, orders: [], issues: [{ field: 'language', problem: `no-language-pack:${language}` }], complete: false }
    const parse = PARSERS[kind]
    if (!parse) return { ...base(), ok: false, orders: [], issues: [{ field: 'page', problem: 'no-parser' }], complete: false }
    const pageCtx: PageContext = { url: u, marketplace: mp, language, pack, captured: ctx?.captured ?? today() }
    if (ctx?.orderPlacedOn) pageCtx.orderPlacedOn = ctx.orderPlacedOn
    const result = parse(doc, pageCtx)
    return { ...base(), ok: true, orders: result.value, issues: [...pageIssues, ...result.issues], complete: result.complete && pageIssues.length === 0 && result.value.length > 0 }
  } catch {
    return { ...base(), ok: false, orders: [], issues: [{ field: 'page', problem: 'parser-error' }], complete: false }
  }
}
