// English pack: dates, statuses and money strings taken from the real .com/.ca/.co.uk pages.
import { describe, expect, it } from 'vitest'
import { en } from '../../../src/core/locale/languages/en.ts'
import { parseDate, type DateContext } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'
import { corpusText } from './corpus.ts'

// [input seen in the corpus, context, expected date]
const DATES: Array<[string, DateContext, string]> = [
  ['Delivered November 2', { anchor: '2024-10-28' }, '2024-11-02'],
  ['Delivered Dec 9, 2023', {}, '2023-12-09'],
  ['Delivered Friday, January 3 at 8:04\u202FPM', { anchor: '2024-12-30' }, '2025-01-03'],
  ['Delivered January 3', { anchor: '2024-12-30' }, '2025-01-03'],
  ['Delivered Aug 12, 2019', {}, '2019-08-12'],
  ['May 5 2024', {}, '2024-05-05'],
  ['7 February 2019', {}, '2019-02-07'],
  ['Delivered 1 Nov 2019', {}, '2019-11-01'],
  ['November 1, 2024', {}, '2024-11-01'],
  ['Return window closed on Feb 2, 2019', {}, '2019-02-02'],
  ['Return eligible through Jan 31, 2024', {}, '2024-01-31'],
  ['Arriving Wednesday', { captured: '2025-01-13' }, '2025-01-15'],
  ['Arriving tomorrow', { captured: '2025-01-13' }, '2025-01-14'],
]

// Same strings the corpus does not hold verbatim, for rules the issue names.
const MORE_DATES: Array<[string, DateContext, string]> = [
  ['Delivered November 2', { captured: '2025-01-10' }, '2024-11-02'],
  ['Arriving Monday', { captured: '2025-01-13' }, '2025-01-13'],
  ['Arriving today', { captured: '2025-01-13' }, '2025-01-13'],
  ['Delivered Sept. 3rd, 2024', {}, '2024-09-03'],
  ['Delivered February 29', { anchor: '2024-02-20' }, '2024-02-29'],
  ['Delivered Tuesday', { captured: '2025-01-16', tense: 'past' }, '2025-01-14'],
  ['Delivered yesterday', { captured: '2025-01-16' }, '2025-01-15'],
  // No anchor (a tracker page): a past event is the latest such day on or before the capture, however old.
  ['Delivered March 5', { captured: '2025-09-10', tense: 'past' }, '2025-03-05'],
  ['Delivered March 5', { captured: '2026-11-22', tense: 'past' }, '2026-03-05'],
  ['Delivered December 30', { captured: '2026-01-02', tense: 'past' }, '2025-12-30'],
  ['Arriving January 3', { captured: '2025-12-30' }, '2026-01-03'],
]

const UNPARSED: Array<[string, DateContext]> = [
  ['Delivered November 2', {}],
  ['Arriving Wednesday', {}],
  ['Order # 112-0399923-3070642', {}],
  ['February 30, 2024', {}],
  ['You may return this item', {}],
  ['', {}],
]

describe('en dates', () => {
  it.each(DATES)('%s', (input, ctx, expected) => {
    expect(parseDate(input, en, ctx)).toEqual({ ok: true, date: expected })
  })
  it.each(MORE_DATES)('%s', (input, ctx, expected) => {
    expect(parseDate(input, en, ctx)).toEqual({ ok: true, date: expected })
  })
  it.each(UNPARSED)('%s is date-unparsed', (input, ctx) => {
    expect(parseDate(input, en, ctx)).toEqual({ ok: false, issue: 'date-unparsed' })
  })
  it('every table input was seen in the real pages', () => {
    const corpus = corpusText()
    if (!corpus) return
    for (const [input] of DATES) expect(corpus.includes(input), input).toBe(true)
  })
})

const MONEY: Array<[string, string, { minor: number; currency: string }]> = [
  ['$28.50', 'USD', { minor: 2850, currency: 'USD' }],
  ['-$0.49', 'USD', { minor: -49, currency: 'USD' }],
  ['+$43.94', 'USD', { minor: 4394, currency: 'USD' }],
  ['-$1,164.24', 'USD', { minor: -116424, currency: 'USD' }],
  ['$4.76', 'CAD', { minor: 476, currency: 'CAD' }],
  ['£45.11', 'GBP', { minor: 4511, currency: 'GBP' }],
  ['USD 17.71', 'GBP', { minor: 1771, currency: 'USD' }],
]

describe('en money', () => {
  it.each(MONEY)('%s (%s)', (input, currency, expected) => {
    expect(parseMoney(input, en, currency)).toEqual({ ok: true, money: expected })
  })
  it('every table input was seen in the real pages', () => {
    const corpus = corpusText()
    if (!corpus) return
    for (const [input] of MONEY) expect(corpus.includes(input), input).toBe(true)
  })
})

const STATUSES: Array<[string, DateContext, ReturnType<typeof readStatus>]> = [
  ['Delivered November 2', { anchor: '2024-10-28' }, { status: 'delivered', date: '2024-11-02', dateKind: 'delivered' }],
  ['Delivered Dec 9, 2023', {}, { status: 'delivered', date: '2023-12-09', dateKind: 'delivered' }],
  ['Arriving tomorrow', { captured: '2025-01-13' }, { status: 'shipped', date: '2025-01-14', dateKind: 'expected' }],
  ['Cancelled', {}, { status: 'cancelled' }],
  ['Return complete', {}, { status: 'returned' }],
  ['Refunded', {}, { status: 'refunded' }],
  ['Not yet shipped', {}, { status: 'pending' }],
  ['Out for delivery', {}, { status: 'out-for-delivery' }],
  ['Shipped', {}, { status: 'shipped' }],
  ['Order placed', {}, undefined],
  // A bare weekday points back in time after "Delivered" and forward after "Arriving" (2025-01-16 is a Thursday).
  ['Delivered Tuesday', { captured: '2025-01-16' }, { status: 'delivered', date: '2025-01-14', dateKind: 'delivered' }],
  ['Delivered Thursday', { captured: '2025-01-16' }, { status: 'delivered', date: '2025-01-16', dateKind: 'delivered' }],
  ['Delivered yesterday', { captured: '2025-01-16' }, { status: 'delivered', date: '2025-01-15', dateKind: 'delivered' }],
  ['Arriving Tuesday', { captured: '2025-01-16' }, { status: 'shipped', date: '2025-01-21', dateKind: 'expected' }],
]

describe('en status', () => {
  it.each(STATUSES)('%s', (input, ctx, expected) => {
    expect(readStatus(input, en, ctx)).toEqual(expected)
  })
})

describe('en samples', () => {
  it.each([
    ['Free Sample - Shampoo 10ml', true],
    ['Dove Deodorant Sample Size', true],
    ['Sampler of teas', false],
    ['USB cable', false],
  ] as const)('%s → %s', (input, expected) => {
    expect(isSampleText(input, en)).toBe(expected)
  })
})
