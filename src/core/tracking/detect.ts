// Carrier detection: ranked candidates with confidence for one tracking number (reference §4.3).
import type { MarketplaceId } from '../model/order.ts'
import type { CarrierFamily } from '../model/parcel.ts'
import { passesCheck } from './check-digits.ts'
import { carrierFamilyFromText } from './families.ts'
import { normalizeTracking } from './normalize.ts'
import { CARRIER_FORMATS, carrierFormat, type CarrierFormat } from './registry.ts'
import { S10_COUNTRIES } from './s10-countries.ts'

export type ConfidenceLevel = 'certain' | 'high' | 'medium' | 'low'

export interface CarrierCandidate {
  /** Registry id, e.g. `dhl-paket-20`. */
  carrier: string
  family: CarrierFamily
  /** Carrier name to show, e.g. `DHL Paket`. */
  name: string
  /** 0..1; see `level` for the words. */
  confidence: number
  /** `valid`: the check digit passes; `none`: the format has no (documented) check digit. */
  checkDigit: 'valid' | 'none'
  /** certain (user or Amazon named it), high, medium, low (shape only). */
  level?: ConfidenceLevel
  /** Short phrases naming the evidence, e.g. "check digit passes", "common on amazon.de". */
  reasons?: string[]
}

export interface DetectContext {
  /** The storefront of the order, or the user's home storefront. */
  marketplace?: MarketplaceId
  /** Carrier text scraped from Amazon or an export code: "Versendet mit DHL", "AMZN_US". */
  carrierText?: string
  /** The carrier the user picked: a registry id (`dhl-paket-20`), a family (`dhl`) or a name. */
  userCarrier?: string
}

// Score parts, chosen so that specificity orders as reference §4.3 item 6 says:
// prefix + check (0.65) > length + check (0.5) > prefix only (0.45) > length only (0.3 / 0.25).
const SCORE = {
  checkValid: 0.5,
  noCheck: 0.3,
  unknownCheck: 0.25,
  prefix: 0.15,
  weakEvidence: -0.1,
  shortNumber: -0.1, // ≤ 11 digits without a prefix: any reference number of that length passes 1 in 10
  marketplace: 0.15,
  otherMarketplace: -0.15,
  typical: 0.05,
  uniquePrefixed: 0.1,
  // Without the user or Amazon naming the carrier, detection alone is never "certain".
  shapeCeiling: 0.85,
  floor: 0.05,
  namedByAmazon: 0.9,
  namedByUserFamily: 0.93,
  namedByUserId: 0.96,
  namedCheckBonus: 0.04,
  contradicted: 0.5,
}

function s10CountryKnown(format: CarrierFormat, number: string): boolean {
  return !format.s10 || S10_COUNTRIES.has(number.slice(-2))
}

function levelOf(confidence: number): ConfidenceLevel {
  if (confidence >= 0.9) return 'certain'
  if (confidence >= 0.7) return 'high'
  if (confidence >= 0.45) return 'medium'
  return 'low'
}

interface Named {
  family?: CarrierFamily
  id?: string
}

function namedByUser(userCarrier: string | undefined): Named {
  if (typeof userCarrier !== 'string' || userCarrier.trim() === '') return {}
  const format = carrierFormat(userCarrier.trim())
  if (format) return { id: format.id, family: format.family }
  return { family: carrierFamilyFromText(userCarrier) }
}

function namedByAmazon(carrierText: string | undefined): CarrierFamily | undefined {
  return typeof carrierText === 'string' ? carrierFamilyFromText(carrierText) : undefined
}

interface Scored {
  format: CarrierFormat
  checkDigit: 'valid' | 'none'
  score: number
  reasons: string[]
  index: number
}

// Shape, check and marketplace score of one matching format.
function scoreShape(format: CarrierFormat, number: string, checkDigit: 'valid' | 'none', marketplace: string | undefined): { score: number; reasons: string[] } {
  const reasons: string[] = [`${format.product} format`]
  let score = checkDigit === 'valid' ? SCORE.checkValid : format.check === 'none' ? SCORE.noCheck : SCORE.unknownCheck
  reasons.push(checkDigit === 'valid' ? 'check digit passes' : format.check === 'none' ? 'no check digit' : 'check digit not documented')
  if (format.prefixed) score += SCORE.prefix
  else if (number.length <= 11) score += SCORE.shortNumber
  if (format.evidence === 'W') {
    score += SCORE.weakEvidence
    reasons.push('weakly documented format')
  }
  if (format.typical?.test(number)) score += SCORE.typical
  if (marketplace && format.marketplaces.length > 0) {
    if (format.marketplaces.includes(marketplace)) {
      score += SCORE.marketplace
      reasons.push(`common on ${marketplace}`)
    } else score += SCORE.otherMarketplace
  }
  return { score, reasons }
}

// Applies the user's pick and Amazon's carrier text: a contradiction halves, a naming lifts to "certain".
function applyNames(s: Scored, user: Named, amazonFamily: CarrierFamily | undefined): number {
  const { format, checkDigit } = s
  let score = Math.min(Math.max(s.score, SCORE.floor), SCORE.shapeCeiling)
  const bonus = checkDigit === 'valid' ? SCORE.namedCheckBonus : 0
  if (amazonFamily && amazonFamily !== format.family) {
    score *= SCORE.contradicted
    s.reasons.push('Amazon names another carrier')
  }
  if (user.family && user.family !== format.family) {
    score *= SCORE.contradicted
    s.reasons.push('you picked another carrier')
  }
  if (amazonFamily === format.family) {
    score = Math.max(score, SCORE.namedByAmazon + bonus)
    s.reasons.push('Amazon names this carrier')
  }
  if (user.family === format.family) {
    score = Math.max(score, (user.id === format.id ? SCORE.namedByUserId : SCORE.namedByUserFamily) + bonus)
    s.reasons.push('you picked this carrier')
  }
  return Math.round(Math.min(Math.max(score, 0), 1) * 1000) / 1000
}

/**
 * Ranks the carriers a tracking number may belong to, best first. The number is normalised first.
 * A failing check digit removes a format; context (user's pick > Amazon's carrier text > marketplace)
 * reorders the rest. Unknown numbers give `[]`. Never throws.
 */
export function detect(number: string, ctx: DetectContext = {}): CarrierCandidate[] {
  if (typeof number !== 'string') return []
  const normalized = normalizeTracking(number)
  if (normalized === '') return []
  const context = ctx ?? {}
  const user = namedByUser(context.userCarrier)
  const amazonFamily = namedByAmazon(context.carrierText)
  const marketplace = typeof context.marketplace === 'string' ? context.marketplace : undefined
  const named = (f: CarrierFormat) => f.family === user.family || f.family === amazonFamily
  const scored: Scored[] = []
  CARRIER_FORMATS.forEach((format, index) => {
    if (!format.pattern.test(normalized) || !s10CountryKnown(format, normalized)) return
    if (format.contextOnly && !named(format)) return
    const rule = typeof format.check === 'object' ? format.check : undefined
    if (rule && !passesCheck(rule, normalized)) return
    const checkDigit = rule ? 'valid' : 'none'
    scored.push({ format, checkDigit, index, ...scoreShape(format, normalized, checkDigit, marketplace) })
  })
  const only = scored.length === 1 ? scored[0]! : undefined
  if (only?.format.prefixed) {
    only.score += SCORE.uniquePrefixed
    only.reasons.push('no other carrier uses this format')
  }
  return scored
    .map((s) => ({ s, confidence: applyNames(s, user, amazonFamily) }))
    .sort((a, b) => b.confidence - a.confidence || a.s.index - b.s.index)
    .map(({ s, confidence }) => ({
      carrier: s.format.id,
      family: s.format.family,
      name: s.format.name,
      confidence,
      checkDigit: s.checkDigit,
      level: levelOf(confidence),
      reasons: s.reasons,
    }))
}
