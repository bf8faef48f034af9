// What a parser knows about the page it reads: where it came from, its storefront, language and capture day.
import type { Marketplace } from '../core/locale/marketplaces.ts'
import type { LanguagePack } from '../core/locale/language-pack.ts'
import type { LanguageTag, PlainDate } from '../core/model/index.ts'

/** Passed to every parser: the page URL, its marketplace, the detected display language and its pack. */
export interface PageContext {
  url: URL
  marketplace: Marketplace
  language: LanguageTag
  /** The detected language's pack only: parsers never retry with other languages (STYLE.md §6). */
  pack: LanguagePack
  /** The day the page was captured: resolves "Arriving tomorrow" and year-less dates. */
  captured: PlainDate
  /**
   * The order date the ledger already holds for this page's order, when the caller knows it: anchors
   * year-less dates on pages that print no order date (a tracker's "Zugestellt am 5. März").
   */
  orderPlacedOn?: PlainDate
}
