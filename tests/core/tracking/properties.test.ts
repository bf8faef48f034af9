// Property tests: detect never throws and ranks sanely; normalisation is idempotent; lists are clean.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { detect } from '../../../src/core/tracking/detect.ts'
import { normalizeTracking, splitTrackingList } from '../../../src/core/tracking/normalize.ts'
import { CARRIER_FORMATS } from '../../../src/core/tracking/registry.ts'

const MARKETPLACES = ['amazon.com', 'amazon.de', 'amazon.co.uk', 'amazon.co.jp', 'amazon.ca', 'amazon.fr', 'amazon.nl', 'unknown.example']
const CARRIER_TEXTS = ['Versendet mit DHL', 'Shipped with AMZL US', 'AMZN_UK', 'UPS', 'USPS', 'Royal Mail', 'Delivery By JERSEY_POST', '']

// Strings shaped like tracking numbers (digits, capitals, separators) hit the registry far more than random text.
const trackingLike = fc.stringMatching(/^[0-9A-Z]{0,4}[0-9 \-]{6,30}[A-Z]{0,2}$/)
const anyText = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), trackingLike)
const context = fc.record(
  { marketplace: fc.constantFrom(...MARKETPLACES), carrierText: fc.oneof(fc.constantFrom(...CARRIER_TEXTS), fc.string()), userCarrier: fc.oneof(fc.constantFrom('dhl', 'ups', 'dhl-paket-20', 'Hermes'), fc.string()) },
  { requiredKeys: [] },
)

describe('detect properties', () => {
  it('never throws; confidences are in 0..1 and sorted descending; ids are unique registry ids', () => {
    const known = new Set(CARRIER_FORMATS.map((f) => f.id))
    fc.assert(
      fc.property(anyText, context, (raw, ctx) => {
        const candidates = detect(raw, ctx)
        const seen = new Set<string>()
        for (let i = 0; i < candidates.length; i++) {
          const c = candidates[i]!
          expect(c.confidence).toBeGreaterThanOrEqual(0)
          expect(c.confidence).toBeLessThanOrEqual(1)
          if (i > 0) expect(candidates[i - 1]!.confidence).toBeGreaterThanOrEqual(c.confidence)
          expect(known.has(c.carrier)).toBe(true)
          expect(seen.has(c.carrier)).toBe(false)
          seen.add(c.carrier)
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws on values that are not strings (untyped callers)', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true }), fc.anything({ withNullPrototype: true }), (value, ctx) => {
        expect(() => detect(value as string, ctx as never)).not.toThrow()
      }),
    )
  })

  it('depends only on the normalised number', () => {
    fc.assert(
      fc.property(trackingLike, (raw) => {
        expect(detect(raw)).toEqual(detect(normalizeTracking(raw)))
      }),
    )
  })
})

describe('normalisation properties', () => {
  it('normalizeTracking is idempotent', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const once = normalizeTracking(raw)
        expect(normalizeTracking(once)).toBe(once)
      }),
      { numRuns: 2000 },
    )
  })

  it('normalised numbers contain no whitespace, dashes, dots, slashes or lower-case ASCII', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        expect(normalizeTracking(raw)).not.toMatch(/[\s\-./a-z]/)
      }),
    )
  })

  it('splitTrackingList gives normalised, non-empty, distinct numbers', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(trackingLike, fc.string()), { maxLength: 20 }), fc.constantFrom('\n', ';', ', ', ' '), (parts, sep) => {
        const list = splitTrackingList(parts.join(sep))
        expect(new Set(list).size).toBe(list.length)
        for (const n of list) {
          expect(n).not.toBe('')
          expect(normalizeTracking(n)).toBe(n)
        }
      }),
    )
  })

  it('a newline-separated list of normalised numbers splits back into itself', () => {
    const number = fc.stringMatching(/^[0-9A-Z]{8,30}$/).filter((n) => normalizeTracking(n) === n)
    fc.assert(
      fc.property(fc.uniqueArray(number, { maxLength: 30 }), (numbers) => {
        expect(splitTrackingList(numbers.join('\n'))).toEqual(numbers)
      }),
    )
  })
})
