// Fast PlainDate ↔ epoch-day arithmetic for the reconcile hot path (no Date objects per call).
import type { PlainDate } from '../model/index.ts'

const DIGIT0 = 48

/**
 * Days since 1970-01-01 of a `YYYY-MM-DD` string, or NaN when it is not in that shape.
 * Same result as `toEpochDay` from the model, without allocating a Date (days-from-civil algorithm).
 */
export function epochDay(d: PlainDate | undefined): number {
  if (d === undefined || d.length !== 10) return NaN
  const y0 = (d.charCodeAt(0) - DIGIT0) * 1000 + (d.charCodeAt(1) - DIGIT0) * 100 + (d.charCodeAt(2) - DIGIT0) * 10 + (d.charCodeAt(3) - DIGIT0)
  const m = (d.charCodeAt(5) - DIGIT0) * 10 + (d.charCodeAt(6) - DIGIT0)
  const day = (d.charCodeAt(8) - DIGIT0) * 10 + (d.charCodeAt(9) - DIGIT0)
  if (!(m >= 1 && m <= 12 && day >= 1 && day <= 31) || !(y0 >= 0)) return NaN
  const y = m <= 2 ? y0 - 1 : y0
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + day - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/**
 * True when `d` is a `YYYY-MM-DD` string naming a real day, i.e. exactly what `dayToDate` writes
 * (`epochDay` alone reads "2026-02-31" as 3 March and does not look at the dashes).
 */
export function isCanonicalDate(d: string): boolean {
  if (d.length !== 10 || d.charCodeAt(4) !== 45 || d.charCodeAt(7) !== 45) return false
  for (let i = 0; i < 10; i++) {
    const c = d.charCodeAt(i)
    if (i !== 4 && i !== 7 && (c < DIGIT0 || c > DIGIT0 + 9)) return false
  }
  const y = (d.charCodeAt(0) - DIGIT0) * 1000 + (d.charCodeAt(1) - DIGIT0) * 100 + (d.charCodeAt(2) - DIGIT0) * 10 + (d.charCodeAt(3) - DIGIT0)
  const m = (d.charCodeAt(5) - DIGIT0) * 10 + (d.charCodeAt(6) - DIGIT0)
  const day = (d.charCodeAt(8) - DIGIT0) * 10 + (d.charCodeAt(9) - DIGIT0)
  if (m < 1 || m > 12 || day < 1) return false
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
  return day <= (m === 2 && leap ? 29 : MONTH_DAYS[m - 1]!)
}

const DAY_STRINGS = new Map<number, PlainDate>()

/** The PlainDate of an epoch day (the inverse of `epochDay`), memoised: the same days recur. */
export function dayToDate(n: number): PlainDate {
  let s = DAY_STRINGS.get(n)
  if (s === undefined) {
    s = civilDate(n)
    if (DAY_STRINGS.size < 100_000) DAY_STRINGS.set(n, s)
  }
  return s
}

// Days-from-civil inverted (civil-from-days), no Date objects.
function civilDate(n: number): PlainDate {
  const z = n + 719468
  const era = Math.floor(z / 146097)
  const doe = z - era * 146097
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365)
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100))
  const mp = Math.floor((5 * doy + 2) / 153)
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1
  const m = mp < 10 ? mp + 3 : mp - 9
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0)
  return `${String(y).padStart(4, '0')}-${m < 10 ? '0' : ''}${m}-${d < 10 ? '0' : ''}${d}`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/** `2026-11-03` → `3 Nov 2026`, for reasons (English, as the CLI and reason strings are). */
export function humanDate(d: PlainDate): string {
  if (Number.isNaN(epochDay(d))) return d
  const m = Number(d.slice(5, 7))
  return `${Number(d.slice(8, 10))} ${MONTHS[m - 1] ?? '?'} ${d.slice(0, 4)}`
}

/** `2026-11-03` → `Nov 2026`. */
export function humanMonth(d: PlainDate): string {
  if (Number.isNaN(epochDay(d))) return d
  return `${MONTHS[Number(d.slice(5, 7)) - 1] ?? '?'} ${d.slice(0, 4)}`
}
