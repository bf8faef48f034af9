// German pack: the real .de print and digital pages, plus amazon.de forms from the reference.
import { describe, expect, it } from 'vitest'
import { de } from '../../../src/core/locale/languages/de.ts'
import { parseDate, type DateContext } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'
import { corpusText } from './corpus.ts'

const CORPUS_DATES: Array<[string, string]> = [
  ['19. Februar 2022', '2022-02-19'],
  ['31 Mai 2020', '2020-05-31'],
]

const DATES: Array<[string, DateContext, string]> = [
  ['Zugestellt am 3. März', { anchor: '2024-02-28' }, '2024-03-03'],
  ['Zugestellt: 2. Jan.', { anchor: '2024-12-20' }, '2025-01-02'],
  ['Bestellung aufgegeben am: 1. Dezember 2023', {}, '2023-12-01'],
  ['Lieferung Dienstag', { captured: '2024-11-14' }, '2024-11-19'],
  ['Wird morgen zugestellt', { captured: '2024-11-14' }, '2024-11-15'],
  ['5. Mär. 2024', {}, '2024-03-05'],
  ['05.03.2024', {}, '2024-03-05'],
]

describe('de dates', () => {
  it.each(CORPUS_DATES)('%s', (input, expected) => {
    expect(parseDate(input, de)).toEqual({ ok: true, date: expected })
  })
  it.each(DATES)('%s', (input, ctx, expected) => {
    expect(parseDate(input, de, ctx)).toEqual({ ok: true, date: expected })
  })
  it('corpus inputs were seen in the real pages', () => {
    const corpus = corpusText()
    if (!corpus) return
    for (const [input] of CORPUS_DATES) expect(corpus.includes(input), input).toBe(true)
  })
})

describe('de money', () => {
  it.each([
    ['EUR 15,99', { minor: 1599, currency: 'EUR' }],
    ['169,98\u00A0€', { minor: 16998, currency: 'EUR' }],
    ['EUR 39,41', { minor: 3941, currency: 'EUR' }],
    ['1.234,56 €', { minor: 123456, currency: 'EUR' }],
    ['Gesamtsumme: EUR 0,00', { minor: 0, currency: 'EUR' }],
  ] as const)('%s', (input, expected) => {
    expect(parseMoney(input, de, 'EUR')).toEqual({ ok: true, money: expected })
  })
  it('EUR 15,99 was seen in the real pages', () => {
    const corpus = corpusText()
    if (corpus) expect(corpus.includes('EUR 15,99')).toBe(true)
  })
})

describe('de status and samples', () => {
  it.each([
    ['Zugestellt am 3. März', { status: 'delivered', date: '2024-03-03', dateKind: 'delivered' }],
    ['Wird heute zugestellt', { status: 'out-for-delivery', date: '2024-03-01', dateKind: 'expected' }],
    ['Noch nicht versandt', { status: 'pending' }],
    ['Versandt', { status: 'shipped' }],
    ['Storniert', { status: 'cancelled' }],
    ['Erstattet', { status: 'refunded' }],
    ['Rücksendung abgeschlossen', { status: 'returned' }],
  ] as const)('%s', (input, expected) => {
    expect(readStatus(input, de, { anchor: '2024-02-28', captured: '2024-03-01' })).toEqual(expected)
  })
  it.each([
    ['Gratisprobe Zahnpasta 20 ml', true],
    ['Probe: Duschgel', true],
    ['Probiotika Kapseln', false],
  ] as const)('%s → %s', (input, expected) => {
    expect(isSampleText(input, de)).toBe(expected)
  })
})

describe('de: year-less tracker dates without an order anchor', () => {
  // A DHL tracker read long after the delivery must not move it into the future (tests/e2e/ledger.e2e.test.ts).
  it.each([
    ['2025-03-20', '2025-03-05'],
    ['2025-09-10', '2025-03-05'],
    ['2026-11-22', '2026-03-05'],
  ])('"Zugestellt am 5. März" captured %s → %s', (captured, expected) => {
    expect(readStatus('Zugestellt am 5. März', de, { captured })?.date).toBe(expected)
  })
})
