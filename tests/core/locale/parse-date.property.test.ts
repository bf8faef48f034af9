// parseDate on arbitrary input: never throws, and every success is a real calendar date.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_PACKS } from '../../../src/core/locale/languages/index.ts'
import { parseDate } from '../../../src/core/locale/parse-date.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isPlainDate } from '../../../src/core/model/plain-date.ts'

const date = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))

describe('parseDate properties', () => {
  it('never throws on arbitrary strings and returns only real dates', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.constantFrom(...LANGUAGE_PACKS), date, date, (text, pack, anchor, captured) => {
        const r = parseDate(text, pack, { anchor, captured })
        if (r.ok) expect(isPlainDate(r.date)).toBe(true)
        readStatus(text, pack, { anchor, captured })
      }),
      { numRuns: 3000 },
    )
  })

  it('a year-less date is never before its anchor and less than a year after it', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (anchor, month, day) => {
        const names = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
        const r = parseDate(`Delivered ${names[month - 1]} ${day}`, LANGUAGE_PACKS[0]!, { anchor })
        expect(r.ok).toBe(true)
        if (r.ok) {
          expect(r.date >= anchor).toBe(true)
          expect(Number(r.date.slice(0, 4)) - Number(anchor.slice(0, 4))).toBeLessThanOrEqual(1)
        }
      }),
    )
  })
})
