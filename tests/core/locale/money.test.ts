// The money reader across packs: separators, sign placement, explicit currencies, failures, round trips.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatLocalMoney } from '../../../src/core/locale/format-money.ts'
import { languagePack, LANGUAGE_PACKS } from '../../../src/core/locale/languages/index.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'

const en = languagePack('en')!
const de = languagePack('de')!
const fr = languagePack('fr')!

// [text, pack, marketplace currency, expected]
const TABLE: Array<[string, typeof en, string, { minor: number; currency: string }]> = [
  ['$1,234.56', en, 'USD', { minor: 123456, currency: 'USD' }],
  ['$1,234.56', en, 'CAD', { minor: 123456, currency: 'CAD' }],
  ['169,98\u00A0€', de, 'EUR', { minor: 16998, currency: 'EUR' }],
  ['169,98\u202F€', de, 'EUR', { minor: 16998, currency: 'EUR' }],
  ['EUR 39,41', de, 'EUR', { minor: 3941, currency: 'EUR' }],
  ['EUR 39,41', en, 'USD', { minor: 3941, currency: 'EUR' }],
  ['106,89 $', fr, 'CAD', { minor: 10689, currency: 'CAD' }],
  ['29,99$', fr, 'CAD', { minor: 2999, currency: 'CAD' }],
  ['-$0.49', en, 'USD', { minor: -49, currency: 'USD' }],
  ['$-0.49', en, 'USD', { minor: -49, currency: 'USD' }],
  ['+$43.94', en, 'USD', { minor: 4394, currency: 'USD' }],
  ['￥1,234', en, 'USD', { minor: 1234, currency: 'JPY' }],
  ['¥1,234', en, 'JPY', { minor: 1234, currency: 'JPY' }],
  ['£3.99', en, 'USD', { minor: 399, currency: 'GBP' }],
  ['1.234,56 €', de, 'EUR', { minor: 123456, currency: 'EUR' }],
  ['1,234.56 €', en, 'EUR', { minor: 123456, currency: 'EUR' }],
  ['1 234,56 €', fr, 'EUR', { minor: 123456, currency: 'EUR' }],
  ['Grand Total: $0.00', en, 'USD', { minor: 0, currency: 'USD' }],
  ['Qty 2 Item price 12,99 €', de, 'EUR', { minor: 1299, currency: 'EUR' }],
  ['Payment Grand Total: GBP 15.09', en, 'USD', { minor: 1509, currency: 'GBP' }],
  ['CDN$ 12.00', en, 'USD', { minor: 1200, currency: 'CAD' }],
  ['12', en, 'USD', { minor: 1200, currency: 'USD' }],
  // Amazon's rule: the last separator followed by exactly two digits is the decimal point, whatever the pack.
  ['$1,00', en, 'USD', { minor: 100, currency: 'USD' }],
]

describe('parseMoney table', () => {
  it.each(TABLE)('%s', (text, pack, currency, expected) => {
    expect(parseMoney(text, pack, currency)).toEqual({ ok: true, money: expected })
  })

  it.each([
    ['', en, 'USD'],
    ['Total', en, 'USD'],
    ['$', en, 'USD'],
    ['1.2.3,4.5', de, 'EUR'],
    ['$12.3456', en, 'USD'],
    ['99999999999999999999,99 €', de, 'EUR'],
    ['$5.00', en, 'usd'],
  ] as const)('"%s" is money-unparsed', (text, pack, currency) => {
    expect(parseMoney(text, pack, currency)).toEqual({ ok: false, issue: 'money-unparsed' })
  })
})

const CURRENCIES: Array<[string, string]> = [['USD', '$'], ['EUR', '€'], ['GBP', '£'], ['JPY', '￥'], ['EUR', 'EUR'], ['CAD', '$']]

describe('parseMoney properties', () => {
  it('reads back every amount formatted the way a pack prints it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000_00, max: 10_000_000_00 }),
        fc.constantFrom(...CURRENCIES),
        fc.constantFrom(...LANGUAGE_PACKS),
        (minor, [currency, sign], pack) => {
          const money = { minor, currency }
          const text = formatLocalMoney(money, pack, sign)
          expect(parseMoney(text, pack, currency)).toEqual({ ok: true, money })
        },
      ),
      { numRuns: 2000 },
    )
  })

  it('never throws and only returns integer minor units', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...LANGUAGE_PACKS), (text, pack) => {
        const r = parseMoney(text, pack, 'EUR')
        if (r.ok) expect(Number.isSafeInteger(r.money.minor)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})
