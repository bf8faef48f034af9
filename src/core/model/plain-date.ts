// Calendar dates as `YYYY-MM-DD` strings: no time zone, no `Date` objects crossing boundaries.

/** A calendar date, `YYYY-MM-DD`. */
export type PlainDate = string

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** True when `s` is a real calendar date in `YYYY-MM-DD` form. */
export function isPlainDate(s: unknown): s is PlainDate {
  if (typeof s !== 'string') return false
  const m = PLAIN_DATE.exec(s)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo)
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Builds a PlainDate from numbers, or undefined when they name no real day. */
export function plainDate(year: number, month: number, day: number): PlainDate | undefined {
  const s = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return isPlainDate(s) ? s : undefined
}

/** Days since 1970-01-01 (UTC arithmetic only, never local time). */
export function toEpochDay(d: PlainDate): number {
  return Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10))) / 86_400_000
}

export function fromEpochDay(n: number): PlainDate {
  return new Date(n * 86_400_000).toISOString().slice(0, 10)
}

export function addDays(d: PlainDate, days: number): PlainDate {
  return fromEpochDay(toEpochDay(d) + days)
}

/** b − a in days. */
export function diffDays(a: PlainDate, b: PlainDate): number {
  return toEpochDay(b) - toEpochDay(a)
}

/** ISO weekday of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: PlainDate): number {
  const w = new Date(toEpochDay(d) * 86_400_000).getUTCDay()
  return w === 0 ? 7 : w
}
