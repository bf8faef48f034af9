// The shape of a language pack: everything language-specific the locale parsers need, as data only.
import type { LanguageTag } from '../model/order.ts'

/** Order of day, month and year in dates written with a month word (or a month with a suffix, ja `11月`). */
export type DateOrder = 'MDY' | 'DMY' | 'YMD'

/** Every spelling Amazon uses for one thing, lower case and normalised (see normalize.ts). */
export type Spellings = readonly string[]

export interface StatusPhrases {
  delivered: Spellings
  arriving: Spellings
  shipped: Spellings
  outForDelivery: Spellings
  cancelled: Spellings
  refunded: Spellings
  returnComplete: Spellings
  notYetShipped: Spellings
}

export interface OrderLabels {
  orderPlaced: Spellings
  total: Spellings
  orderNumber: Spellings
  shipTo: Spellings
  trackPackage: Spellings
  /** Words that mark an item as a free sample. */
  sample: Spellings
}

export interface LanguagePack {
  tag: LanguageTag
  /** Twelve entries, January first; each lists full names and abbreviations (without a trailing period). */
  months: readonly Spellings[]
  /** Seven entries, Monday first (ISO order), used for "Arriving Tuesday". */
  weekdays: readonly Spellings[]
  /** Relative day words resolved against the capture date. */
  relativeDays: { today: Spellings; tomorrow: Spellings; yesterday?: Spellings }
  /** Orders in which month-word dates are written, most common first. */
  dateOrders: readonly DateOrder[]
  /** All-numeric dates (`19.02.2022`, `2019/11/02`), when the language writes them. */
  numericDate?: { order: DateOrder; separators: readonly string[] }
  /** Text allowed right after the day number (ordinals, `日`); a trailing period is always allowed. */
  daySuffixes: Spellings
  /** Text allowed right after the year number (`年`). */
  yearSuffixes: Spellings
  /** Small words between day, month and year (es `5 de noviembre de 2024`). */
  dateConnectors: Spellings
  decimalSeparator: string
  groupingSeparator: string
  /** Where the currency sign goes when the language prints money, and whether a space separates it. */
  currencyPlacement: { position: 'prefix' | 'suffix'; space: boolean }
  status: StatusPhrases
  labels: OrderLabels
}
