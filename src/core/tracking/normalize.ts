// Tracking-number normalisation (reference/parcels-and-carriers.md §1) and splitting of pasted lists.
import { gs1Mod10 } from './check-digits.ts'

// Amazon's export writes `AMZN_US(TBA306844852264)`; the retired US reports wrote `USPS(9102…)`.
const CARRIER_WRAPPED = /^[A-Z][A-Z0-9_&' -]*\(([^()]+)\)$/
// Labels printed in front of the number on tracker pages, labels and e-mails (en, de, fr, it, es, ja).
const LABEL =
  /^(?:TRACKING(?:\s*(?:ID|NUMBER|NO|NR|#))?|TRACKINGNUMMER|SENDUNGSNUMMER|SENDUNGS-?ID|PAKETNUMMER|N°\s*DE\s*SUIVI|NUMÉRO\s*DE\s*SUIVI|NUMERO\s*DE\s*SUIVI|ID\s*DI\s*TRACCIAMENTO|NUMERO\s*DI\s*TRACCIAMENTO|ID\s*DE\s*SEGUIMIENTO|NÚMERO\s*DE\s*SEGUIMIENTO|NUMERO\s*DE\s*SEGUIMIENTO|追跡番号|お問い合わせ伝票番号|伝票番号)[\s#]+/
// Characters that are layout, not content: whitespace, dashes, dots, slashes, GS1 parentheses, ASCII GS.
const LAYOUT = /[\s\-./()\u001D]/g
// A barcode symbology identifier such as `]C1` (Code 128 GS1) or `]I0` (ITF).
const SYMBOLOGY_ID = /^\][A-Z][0-9A-Z]/
// USPS: `420` + 5- or 9-digit ZIP is routing in front of an IMpb (reference §1.4).
const USPS_ROUTED = /^420(?:\d{5}|\d{9})(9[1-5]\d{20}(?:\d{4}){0,3})$/
const USPS_ROUTED_ZIP9 = /^420\d{9}(9[1-5]\d{20}(?:\d{4}){0,3})$/

function prepare(raw: string): string {
  return raw.normalize('NFKC').toUpperCase().normalize('NFKC').trim()
}

// Unwraps `CARRIER(NUMBER)`, `Carrier: NUMBER` and a leading label word; keeps the inner layout.
function unwrap(text: string): string {
  let s = text
  const wrapped = CARRIER_WRAPPED.exec(s)
  if (wrapped) s = wrapped[1]!.trim()
  const colon = s.lastIndexOf(':')
  if (colon >= 0) s = s.slice(colon + 1).trim()
  return s.replace(LABEL, '')
}

function stripSymbologyIds(s: string): string {
  let out = s
  while (SYMBOLOGY_ID.test(out)) out = out.slice(3)
  return out
}

function isValidImpb(n: string): boolean {
  return gs1Mod10(n.slice(0, -1)) === n[n.length - 1]
}

// Drops USPS `420`+ZIP routing only when what remains is a valid IMpb.
function dropUspsRouting(s: string): string {
  for (const pattern of [USPS_ROUTED, USPS_ROUTED_ZIP9]) {
    const m = pattern.exec(s)
    if (m && isValidImpb(m[1]!)) return m[1]!
  }
  return s
}

function clean(unwrapped: string): string {
  return dropUspsRouting(stripSymbologyIds(unwrapped.replace(LAYOUT, '')))
}

/**
 * Normalises one tracking number as printed or scraped: NFKC, upper case, `CARRIER(NUMBER)` /
 * `Carrier: NUMBER` / label words unwrapped, layout characters removed, USPS routing dropped.
 * Never corrects characters (O stays O). Idempotent.
 */
export function normalizeTracking(raw: string): string {
  let out = normalizeOnce(raw)
  // Removing layout can join a base letter and a combining mark that NFKC then composes anew;
  // only non-ASCII leftovers can do that, so only they are run again until stable.
  for (let i = 0; i < 4 && !PLAIN.test(out); i++) {
    const again = normalizeOnce(out)
    if (again === out) break
    out = again
  }
  return out
}

const PLAIN = /^[0-9A-Z]*$/

function normalizeOnce(raw: string): string {
  return clean(unwrap(prepare(raw.replace(/\u001D/g, ''))))
}

// A whitespace token this short is a printed group of a longer number ("0034 0433 8364 …"), not a number.
const GROUP_MAX = 5

function hasDigit(tokens: string[]): boolean {
  return tokens.some((t) => /\d/.test(t))
}

// Splits one list segment on whitespace, re-joining runs of short digit groups into one number.
function splitSegment(segment: string): string[] {
  const tokens = segment.split(/\s+/).filter((t) => t !== '')
  const out: string[] = []
  let run: string[] = []
  const flush = () => {
    if (run.length > 1 && hasDigit(run)) out.push(run.join(''))
    else out.push(...run)
    run = []
  }
  for (const token of tokens) {
    if (token.replace(LAYOUT, '').length <= GROUP_MAX) run.push(token)
    else {
      flush()
      out.push(token)
    }
  }
  flush()
  return out
}

/**
 * Splits a pasted list of tracking numbers (separated by `;`, `,`, newlines or whitespace) into
 * normalised numbers, dropping empties and duplicates (first occurrence kept). Runs of short digit
 * groups such as `0034 0433 8364 4263 6597` are kept together as one number.
 */
export function splitTrackingList(raw: string): string[] {
  const seen = new Set<string>()
  const out: string[] = []
  for (const segment of prepare(raw.replace(/\u001D/g, '')).split(/[;,\n\r]+/)) {
    for (const piece of splitSegment(unwrap(segment.trim()))) {
      const number = normalizeTracking(piece)
      if (number !== '' && !seen.has(number)) {
        seen.add(number)
        out.push(number)
      }
    }
  }
  return out
}
