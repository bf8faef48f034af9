// One money reader for every language: finds an amount inside Amazon text and returns integer minor units.
import { minorDigits, type Money } from '../model/money.ts'
import { AMBIGUOUS_SIGNS, ISO_CODES, UNAMBIGUOUS_SIGNS } from './currency-signs.ts'
import type { LanguagePack } from './language-pack.ts'
import { normalizeText } from './normalize.ts'

export type MoneyResult = { ok: true; money: Money } | { ok: false; issue: 'money-unparsed' }

const UNPARSED: MoneyResult = { ok: false, issue: 'money-unparsed' }

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const SIGNS = [...Object.keys(UNAMBIGUOUS_SIGNS), ...AMBIGUOUS_SIGNS].sort((a, b) => b.length - a.length)
// A currency marker: an ISO code standing alone, or a sign.
const MARKER = new RegExp(`(?<![A-Za-z])(?:${[...ISO_CODES].join('|')})(?![A-Za-z])|${SIGNS.map(escape).join('|')}`, 'g')
// Grouped thousands (1,234.56 / 1.234,56 / 1 234,56 / 1'234.56) or a plain number (29,99 / 1234.5).
// Never a fragment of a longer digit run: "$12.3456" is no amount at all, not $12.
const NUMBER = /(?<!\d|\d[.,])(?:\d{1,3}(?:[.,' ]\d{3})+(?:[.,]\d{1,3})?|\d+(?:[.,]\d{1,3})?)(?![.,]?\d)/g

interface Marker { start: number; end: number; text: string }

function markersOf(s: string): Marker[] {
  return [...s.matchAll(MARKER)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
}

/** Integer minor units of an unsigned number token, or undefined when the separators do not add up. */
function minorUnits(token: string, digits: number, pack: LanguagePack): number | undefined {
  const lastSep = Math.max(token.lastIndexOf('.'), token.lastIndexOf(','))
  let whole = token
  let fraction = ''
  if (lastSep >= 0) {
    const sepChar = token[lastSep]!
    const tail = token.slice(lastSep + 1)
    // Amazon's rule: the last `,`/`.` followed by exactly the currency's minor digits is the decimal point.
    const isDecimal = digits > 0 && (tail.length === digits || (tail.length < digits && tail.length !== 3 && sepChar === pack.decimalSeparator))
    if (isDecimal) {
      whole = token.slice(0, lastSep)
      fraction = tail.padEnd(digits, '0')
      if (whole.includes(sepChar)) return undefined
    } else if (tail.length !== 3) {
      return undefined
    }
  }
  const wholeDigits = whole.replace(/[.,' ]/g, '')
  if (!/^\d+$/.test(wholeDigits) || !/^\d*$/.test(fraction)) return undefined
  const minor = Number(wholeDigits) * 10 ** digits + Number(fraction || '0')
  return Number.isSafeInteger(minor) ? minor : undefined
}

function signBefore(s: string, pos: number): -1 | 1 {
  let i = pos - 1
  while (i >= 0 && s[i] === ' ') i--
  return s[i] === '-' ? -1 : 1
}

/**
 * Reads the first amount in `text` (`$1,234.56`, `-$0.49`, `169,98 €`, `EUR 39,41`, `106,89 $`, `￥1,234`).
 * The currency is `currency` (the marketplace's) unless the text names an ISO code or an unambiguous
 * sign; `$` alone never decides it. Never throws.
 */
export function parseMoney(text: string, pack: LanguagePack, currency: string): MoneyResult {
  if (typeof text !== 'string' || !/^[A-Z]{3}$/.test(currency)) return UNPARSED
  const s = normalizeText(text)
  const markers = markersOf(s)
  const numbers = [...s.matchAll(NUMBER)].map((m) => ({ start: m.index, end: m.index + m[0].length, token: m[0] }))
  if (numbers.length === 0) return UNPARSED
  // Prefer the first number that touches a currency marker (spaces and a sign may sit between).
  const touching = (n: { start: number; end: number }) =>
    markers.find((mk) => /^[\s+-]*$/.test(s.slice(mk.end, n.start)) && mk.end <= n.start)
    ?? markers.find((mk) => mk.start >= n.end && /^\s*$/.test(s.slice(n.end, mk.start)))
  let chosen = numbers[0]!
  let marker: Marker | undefined
  for (const n of numbers) {
    const mk = touching(n)
    if (mk) {
      chosen = n
      marker = mk
      break
    }
  }
  const named = marker ? (ISO_CODES.has(marker.text) ? marker.text : UNAMBIGUOUS_SIGNS[marker.text]) : undefined
  const code = named ?? currency
  const minor = minorUnits(chosen.token, minorDigits(code), pack)
  if (minor === undefined) return UNPARSED
  // The sign sits before the number ("$-0.49") or before a prefix marker ("-$0.49").
  const prefixStart = marker && marker.end <= chosen.start ? marker.start : chosen.start
  const between = marker && marker.end <= chosen.start ? s.slice(marker.end, chosen.start) : ''
  const sign = between.includes('-') ? -1 : signBefore(s, prefixStart)
  return { ok: true, money: { minor: sign * minor || 0, currency: code } }
}
