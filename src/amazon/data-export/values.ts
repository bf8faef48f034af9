// Reading single export cells: placeholders, ISO timestamps, plain-decimal amounts, carrier and tracking, storefront.
import { marketplaceById } from '../../core/locale/marketplaces.ts'
import { minorDigits, type Money } from '../../core/model/money.ts'
import { isPlainDate, type PlainDate } from '../../core/model/plain-date.ts'
import { normalizeTracking } from '../../core/tracking/normalize.ts'
import type { MarketplaceId } from '../../core/model/order.ts'

// The export writes these literals instead of leaving a cell empty (amazon-pages.md §5.1).
const PLACEHOLDERS = new Set(['', 'not available', 'not applicable', 'n/a'])

/** The trimmed cell, or undefined for empty cells and Amazon's placeholders. */
export function cellValue(raw: string | undefined): string | undefined {
  const v = (raw ?? '').trim()
  return v.length <= 14 && PLACEHOLDERS.has(v.toLowerCase()) ? undefined : v
}

const ISO_DATE = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}:?\d{2})?)?$/i

/** The UTC calendar date of an ISO timestamp (`2024-10-21T12:00:00Z`, `2026-07-05T17:08:47.256Z`, `2024-10-21`). */
export function isoToPlainDate(raw: string | undefined): PlainDate | undefined {
  const v = cellValue(raw)
  if (!v) return undefined
  const m = ISO_DATE.exec(v)
  if (!m || !isPlainDate(m[1])) return undefined
  if (!m[3] || m[3].toUpperCase() === 'Z') return m[1]
  const t = Date.parse(v)
  return Number.isNaN(t) ? undefined : new Date(t).toISOString().slice(0, 10)
}

// Plain decimals (`10.6`, `0`, `1,234.56`); some exports wrap negatives in apostrophes (`'-0.6'`).
const AMOUNT = /^([+-]?)(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/

/** An amount cell as Money in `currency`, or undefined for placeholders and unreadable text. */
export function parseAmount(raw: string | undefined, currency: string): Money | undefined {
  const v = cellValue(raw)?.replace(/^'+|'+$/g, '').replace(/\s+/g, '')
  if (!v) return undefined
  const m = AMOUNT.exec(v)
  if (!m) return undefined
  const digits = minorDigits(currency)
  const whole = m[2]!.replace(/,/g, '')
  const fraction = m[3] ?? ''
  let minor: number
  if (fraction.length <= digits) minor = Number(whole + fraction.padEnd(digits, '0'))
  else minor = Math.round(Number(`${whole}.${fraction}`) * 10 ** digits)
  if (!Number.isSafeInteger(minor)) return undefined
  return { minor: m[1] === '-' && minor !== 0 ? -minor : minor, currency }
}

/** A whole quantity (0 occurs on cancelled lines); undefined otherwise. */
export function parseQuantity(raw: string | undefined): number | undefined {
  const v = cellValue(raw)
  if (!v || !/^\d+$/.test(v)) return undefined
  const n = Number(v)
  return Number.isSafeInteger(n) ? n : undefined
}

export interface CarrierTracking { carrier?: string; trackingIds: string[] }

const WRAPPED = /^([^()]*?)\s*\(([^()]*)\)$/

/**
 * `AMZN_US(TBA306844852264)` → carrier `AMZN_US`, tracking `TBA306844852264`; `Not Available` → none.
 * Several wrapped numbers separated by `,` or `;` are all kept.
 */
export function parseCarrierTracking(raw: string | undefined): CarrierTracking {
  const v = cellValue(raw)
  if (!v) return { trackingIds: [] }
  let carrier: string | undefined
  const trackingIds: string[] = []
  for (const part of v.split(/\s*[,;]\s*/)) {
    const m = WRAPPED.exec(part)
    const code = m ? m[1]!.trim() : undefined
    const number = normalizeTracking(m ? m[2]! : part)
    if (code && carrier === undefined) carrier = code
    if (number && !trackingIds.includes(number)) trackingIds.push(number)
  }
  return { carrier, trackingIds }
}

/** The storefront a `Website` cell names (`Amazon.com` → `amazon.com`), case-insensitively; undefined if unknown. */
export function marketplaceOfWebsite(raw: string | undefined): MarketplaceId | undefined {
  const v = cellValue(raw)?.toLowerCase().replace(/^https?:\/\//, '').replace(/^www\./, '').replace(/\/.*$/, '')
  return v ? marketplaceById(v)?.id : undefined
}
