// Italian pack: tables from the documented amazon.it formats (no real Italian page in the corpus).
import { describe, expect, it as test } from 'vitest'
import { it } from '../../../src/core/locale/languages/it.ts'
import { parseDate, type DateContext } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'

const DATES: Array<[string, DateContext, string]> = [
  ['Ordine effettuato il 3 dicembre 2024', {}, '2024-12-03'],
  ['Consegnato il 5 dic', { anchor: '2024-12-03' }, '2024-12-05'],
  ['Consegnato il 2 gennaio', { anchor: '2024-12-28' }, '2025-01-02'],
  ['1º settembre 2023', {}, '2023-09-01'],
  ['Arrivo previsto venerdì', { captured: '2024-12-03' }, '2024-12-06'],
  ['In arrivo domani', { captured: '2024-12-03' }, '2024-12-04'],
  ['03/12/2024', {}, '2024-12-03'],
]

describe('it dates', () => {
  test.each(DATES)('%s', (input, ctx, expected) => {
    expect(parseDate(input, it, ctx)).toEqual({ ok: true, date: expected })
  })
})

describe('it money', () => {
  test.each([
    ['24,99 €', { minor: 2499, currency: 'EUR' }],
    ['1.299,00\u00A0€', { minor: 129900, currency: 'EUR' }],
    ['EUR 7,50', { minor: 750, currency: 'EUR' }],
  ] as const)('%s', (input, expected) => {
    expect(parseMoney(input, it, 'EUR')).toEqual({ ok: true, money: expected })
  })
})

describe('it status and samples', () => {
  test.each([
    ['Consegnato il 5 dic', { status: 'delivered', date: '2024-12-05', dateKind: 'delivered' }],
    ['In consegna', { status: 'out-for-delivery' }],
    ['Non ancora spedito', { status: 'pending' }],
    ['Annullato', { status: 'cancelled' }],
    ['Rimborsato', { status: 'refunded' }],
    ['Reso completato', { status: 'returned' }],
  ] as const)('%s', (input, expected) => {
    expect(readStatus(input, it, { anchor: '2024-12-03' })).toEqual(expected)
  })
  test.each([
    ['Campione gratuito profumo', true],
    ['Campionessa di scacchi', false],
  ] as const)('%s → %s', (input, expected) => {
    expect(isSampleText(input, it)).toBe(expected)
  })
})
