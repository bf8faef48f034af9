// Spanish pack: tables from the documented amazon.es / .com.mx formats (no real Spanish page in the corpus).
import { describe, expect, it } from 'vitest'
import { es } from '../../../src/core/locale/languages/es.ts'
import { parseDate, type DateContext } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'

const DATES: Array<[string, DateContext, string]> = [
  ['Pedido realizado el 5 de noviembre de 2024', {}, '2024-11-05'],
  ['5 nov. 2024', {}, '2024-11-05'],
  ['Entregado el 8 de noviembre', { anchor: '2024-11-05' }, '2024-11-08'],
  ['Entregado el 2 de enero', { anchor: '2024-12-29' }, '2025-01-02'],
  ['Llega el miércoles', { captured: '2024-11-05' }, '2024-11-06'],
  ['Llega mañana', { captured: '2024-11-05' }, '2024-11-06'],
  ['05/11/2024', {}, '2024-11-05'],
]

describe('es dates', () => {
  it.each(DATES)('%s', (input, ctx, expected) => {
    expect(parseDate(input, es, ctx)).toEqual({ ok: true, date: expected })
  })
})

describe('es money', () => {
  it.each([
    ['19,99 €', 'EUR', { minor: 1999, currency: 'EUR' }],
    ['1.234,56\u00A0€', 'EUR', { minor: 123456, currency: 'EUR' }],
    ['$1,234.56', 'MXN', { minor: 123456, currency: 'MXN' }],
  ] as const)('%s', (input, currency, expected) => {
    expect(parseMoney(input, es, currency)).toEqual({ ok: true, money: expected })
  })
})

describe('es status and samples', () => {
  it.each([
    ['Entregado el 8 de noviembre', { status: 'delivered', date: '2024-11-08', dateKind: 'delivered' }],
    ['En reparto', { status: 'out-for-delivery' }],
    ['Aún no enviado', { status: 'pending' }],
    ['Enviado', { status: 'shipped' }],
    ['Cancelado', { status: 'cancelled' }],
    ['Reembolsado', { status: 'refunded' }],
    ['Devolución completada', { status: 'returned' }],
  ] as const)('%s', (input, expected) => {
    expect(readStatus(input, es, { anchor: '2024-11-05' })).toEqual(expected)
  })
  it.each([
    ['Muestra gratuita de crema', true],
    ['Mostrador de cocina', false],
  ] as const)('%s → %s', (input, expected) => {
    expect(isSampleText(input, es)).toBe(expected)
  })
})
