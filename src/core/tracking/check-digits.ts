// Check-digit algorithms A1–A7 of reference/parcels-and-carriers.md §2, as small pure functions.

/** The check-digit algorithms a registry entry can name (reference §2). */
export type CheckAlgorithm = 'A1' | 'A2' | 'A3' | 'A4' | 'A5' | 'A6' | 'A7'

const DIGITS = /^\d+$/
const ALNUM = /^[0-9A-Z]+$/

function comp10(sum: number): number {
  return (10 - (sum % 10)) % 10
}

/** A1, GS1 mod 10: weights 3,1,3… from the right end of `data`; returns the check digit or undefined. */
export function gs1Mod10(data: string): string | undefined {
  if (!DIGITS.test(data)) return undefined
  let sum = 0
  for (let i = 0; i < data.length; i++) {
    const weight = (data.length - 1 - i) % 2 === 0 ? 3 : 1
    sum += weight * (data.charCodeAt(i) - 48)
  }
  return String(comp10(sum))
}

/** A2, UPS mod 10: letters map to (ASCII − 3) mod 10, weights 1,2 from the left. */
export function upsMod10(data: string): string | undefined {
  if (!ALNUM.test(data)) return undefined
  let sum = 0
  for (let i = 0; i < data.length; i++) {
    const code = data.charCodeAt(i)
    const value = code <= 57 ? code - 48 : (code - 3) % 10
    sum += (i % 2 === 0 ? 1 : 2) * value
  }
  return String(comp10(sum))
}

/** A3, DHL Identcode: weights 4,9 from the left. */
export function dhlIdentcode(data: string): string | undefined {
  if (!DIGITS.test(data)) return undefined
  let sum = 0
  for (let i = 0; i < data.length; i++) sum += (i % 2 === 0 ? 4 : 9) * (data.charCodeAt(i) - 48)
  return String(comp10(sum))
}

/** A4, mod 7 of the number formed by `data` (DHL Express, Japan Post 11); exact for any length. */
export function mod7(data: string): string | undefined {
  if (!DIGITS.test(data)) return undefined
  let rest = 0
  for (let i = 0; i < data.length; i++) rest = (rest * 10 + data.charCodeAt(i) - 48) % 7
  return String(rest)
}

/** A5, FedEx Express 12: weights 1,3,7 repeating from the right, then mod 11 and mod 10. */
export function fedexMod11(data: string): string | undefined {
  if (!DIGITS.test(data)) return undefined
  const weights = [1, 3, 7]
  let sum = 0
  for (let i = 0; i < data.length; i++) sum += weights[(data.length - 1 - i) % 3]! * (data.charCodeAt(i) - 48)
  return String((sum % 11) % 10)
}

/** A6, UPU S10: weights 8,6,4,2,3,5,9,7 over the 8-digit serial, mod 11 with 0 → 5 and 1 → 0. */
export function s10Mod11(serial: string): string | undefined {
  if (serial.length !== 8 || !DIGITS.test(serial)) return undefined
  const weights = [8, 6, 4, 2, 3, 5, 9, 7]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += weights[i]! * (serial.charCodeAt(i) - 48)
  const rest = sum % 11
  return String(rest === 0 ? 5 : rest === 1 ? 0 : 11 - rest)
}

const MOD37_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'

/** A7, DPD: ISO 7064 MOD 37,36 hybrid over 0–9A–Z; returns the check character. */
export function dpdMod37(data: string): string | undefined {
  if (!ALNUM.test(data)) return undefined
  let p = 36
  for (const ch of data) {
    p += MOD37_ALPHABET.indexOf(ch)
    if (p > 36) p -= 36
    p *= 2
    if (p > 36) p -= 37
  }
  const cd = 37 - p
  return MOD37_ALPHABET[cd === 36 ? 0 : cd]
}

const ALGORITHMS: Record<CheckAlgorithm, (data: string) => string | undefined> = {
  A1: gs1Mod10,
  A2: upsMod10,
  A3: dhlIdentcode,
  A4: mod7,
  A5: fedexMod11,
  A6: s10Mod11,
  A7: dpdMod37,
}

/** Where a check character sits: data = number.slice(from, to); the check character follows the data. */
export interface CheckRule {
  algorithm: CheckAlgorithm
  /** Start of the data, default 0. */
  from?: number
  /** End of the data (exclusive; negative counts from the end), default −1: the check is the last character. */
  to?: number
}

/** True when `number`'s printed check character equals the one computed by `rule`. */
export function passesCheck(rule: CheckRule, number: string): boolean {
  const from = rule.from ?? 0
  const rawTo = rule.to ?? -1
  const to = rawTo < 0 ? number.length + rawTo : rawTo
  if (from < 0 || to <= from || to >= number.length) return false
  const expected = ALGORITHMS[rule.algorithm](number.slice(from, to))
  return expected !== undefined && expected === number[to]
}
