// French pack: dates and money from the real fr-CA pages, plus amazon.fr forms from the reference.
import { describe, expect, it } from 'vitest'
import { fr } from '../../../src/core/locale/languages/fr.ts'
import { parseDate, type DateContext } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'
import { corpusText } from './corpus.ts'

// [input seen in the corpus, context, expected]
const DATES: Array<[string, DateContext, string]> = [
  ['Livré le 9 décembre', { anchor: '2025-12-07' }, '2025-12-09'],
  ['Livré le 11 décembre', { anchor: '2025-12-07' }, '2025-12-11'],
  ['7 décembre 2025', {}, '2025-12-07'],
]

const MORE_DATES: Array<[string, DateContext, string]> = [
  ['Livré le 3 janvier', { anchor: '2025-12-07' }, '2026-01-03'],
  ['Commande effectuée le 1er févr. 2024', {}, '2024-02-01'],
  ['Livraison prévue le 15 sept. 2025', {}, '2025-09-15'],
  ['Arrivée prévue mardi', { captured: '2025-12-10' }, '2025-12-16'],
  ['Livraison demain', { captured: '2025-12-10' }, '2025-12-11'],
  ['samedi 6 août 2022', {}, '2022-08-06'],
  ['15/03/2024', {}, '2024-03-15'],
]

describe('fr dates', () => {
  it.each([...DATES, ...MORE_DATES])('%s', (input, ctx, expected) => {
    expect(parseDate(input, fr, ctx)).toEqual({ ok: true, date: expected })
  })
  it.each(['Livré le 9 décembre', 'Sous-total :', 'mars'])('%s without context is date-unparsed', (input) => {
    expect(parseDate(input, fr)).toEqual({ ok: false, issue: 'date-unparsed' })
  })
  it('every corpus input was seen in the real pages', () => {
    const corpus = corpusText()
    if (!corpus) return
    for (const [input] of DATES) expect(corpus.includes(input), input).toBe(true)
  })
})

const MONEY: Array<[string, string, { minor: number; currency: string }]> = [
  ['106,89\u00A0$', 'CAD', { minor: 10689, currency: 'CAD' }],
  ['29,99$', 'CAD', { minor: 2999, currency: 'CAD' }],
  ['32,99$', 'CAD', { minor: 3299, currency: 'CAD' }],
]

describe('fr money', () => {
  it.each(MONEY)('%s (%s)', (input, currency, expected) => {
    expect(parseMoney(input, fr, currency)).toEqual({ ok: true, money: expected })
  })
  it.each([
    ['1\u202F234,56\u00A0€', { minor: 123456, currency: 'EUR' }],
    ['Montant total pour ces articles : 49,00 €', { minor: 4900, currency: 'EUR' }],
  ] as const)('%s', (input, expected) => {
    expect(parseMoney(input, fr, 'EUR')).toEqual({ ok: true, money: expected })
  })
  it('every corpus input was seen in the real pages', () => {
    const corpus = corpusText()
    if (!corpus) return
    for (const [input] of MONEY) expect(corpus.includes(input), input).toBe(true)
  })
})

describe('fr status and samples', () => {
  it.each([
    ['Livré le 9 décembre', { status: 'delivered', date: '2025-12-09', dateKind: 'delivered' }],
    ['Remboursé', { status: 'refunded' }],
    ['Annulé', { status: 'cancelled' }],
    ['En cours de livraison', { status: 'out-for-delivery' }],
    ['Pas encore expédié', { status: 'pending' }],
    ['Expédié', { status: 'shipped' }],
    ['Retour effectué', { status: 'returned' }],
  ] as const)('%s', (input, expected) => {
    expect(readStatus(input, fr, { anchor: '2025-12-07' })).toEqual(expected)
  })
  it.each([
    ['Échantillon gratuit – crème 5 ml', true],
    ['Parfum, échantillons', true],
    ['Câble USB', false],
  ] as const)('%s → %s', (input, expected) => {
    expect(isSampleText(input, fr)).toBe(expected)
  })
})
