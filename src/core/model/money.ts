// Money as integer minor units plus an ISO 4217 currency: never floats.

export interface Money {
  /** Integer amount in the currency's minor unit (cents; yen have none). */
  minor: number
  /** ISO 4217 code, upper case. */
  currency: string
}

// Currencies whose minor unit is not 2 digits; everything else has 2.
const MINOR_DIGITS: Record<string, number> = { JPY: 0, KRW: 0, CLP: 0, ISK: 0, HUF: 2, KWD: 3, BHD: 3, OMR: 3, JOD: 3, TND: 3 }

export function minorDigits(currency: string): number {
  return MINOR_DIGITS[currency] ?? 2
}

export function isMoney(v: unknown): v is Money {
  return typeof v === 'object' && v !== null
    && Number.isSafeInteger((v as Money).minor)
    && typeof (v as Money).currency === 'string' && /^[A-Z]{3}$/.test((v as Money).currency)
}

/** Formats for humans and reasons, e.g. `EUR 12.34` (no locale tables needed in core). */
export function formatMoney(m: Money): string {
  const digits = minorDigits(m.currency)
  const sign = m.minor < 0 ? '-' : ''
  const abs = Math.abs(m.minor)
  if (digits === 0) return `${m.currency} ${sign}${abs}`
  const units = Math.floor(abs / 10 ** digits)
  const frac = String(abs % 10 ** digits).padStart(digits, '0')
  return `${m.currency} ${sign}${units}.${frac}`
}
