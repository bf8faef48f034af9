// Cross-check against Intl (STYLE.md §6: Intl only checks the hand-written packs, it never feeds them).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_PACKS } from '../../../src/core/locale/languages/index.ts'
import { parseDate } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { minorDigits } from '../../../src/core/model/money.ts'

const supported = LANGUAGE_PACKS.filter((p) => Intl.DateTimeFormat.supportedLocalesOf(p.tag).length > 0)
if (supported.length < LANGUAGE_PACKS.length) console.warn('[locale tests] this Node lacks some Intl locales; their cross-check is skipped')

const day = fc.date({ min: new Date('1996-01-01T00:00:00Z'), max: new Date('2040-12-31T00:00:00Z'), noInvalidDate: true })

describe.each(supported)('Intl cross-check: $tag', (pack) => {
  it.each(['long', 'medium', 'full'] as const)('reads every %s date Intl writes', (dateStyle) => {
    const format = new Intl.DateTimeFormat(pack.tag, { dateStyle, timeZone: 'UTC' })
    fc.assert(fc.property(day, (d) => {
      const text = format.format(d)
      expect(parseDate(text, pack), text).toEqual({ ok: true, date: d.toISOString().slice(0, 10) })
    }), { numRuns: 300 })
  })

  it('reads every amount Intl writes in EUR, USD, GBP and JPY', () => {
    fc.assert(fc.property(fc.integer({ min: -99_999_999, max: 99_999_999 }), fc.constantFrom('EUR', 'USD', 'GBP', 'JPY'), (minor, currency) => {
      const digits = minorDigits(currency)
      const text = new Intl.NumberFormat(pack.tag, { style: 'currency', currency }).format(minor / 10 ** digits)
      expect(parseMoney(text, pack, currency), text).toEqual({ ok: true, money: { minor, currency } })
    }), { numRuns: 500 })
  })
})
