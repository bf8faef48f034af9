// Japanese pack: tables from the documented amazon.co.jp formats (年月日 dates, ￥ amounts with no minor unit).
import { describe, expect, it } from 'vitest'
import { ja } from '../../../src/core/locale/languages/ja.ts'
import { parseDate, type DateContext } from '../../../src/core/locale/parse-date.ts'
import { parseMoney } from '../../../src/core/locale/parse-money.ts'
import { readStatus } from '../../../src/core/locale/status.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'

const DATES: Array<[string, DateContext, string]> = [
  ['注文日 2024年11月2日', {}, '2024-11-02'],
  ['２０２４年１２月１日', {}, '2024-12-01'],
  ['11月5日に配達済み', { anchor: '2024-11-02' }, '2024-11-05'],
  ['1月3日にお届け予定', { anchor: '2024-12-28' }, '2025-01-03'],
  ['12月24日', { anchor: '2024-12-20' }, '2024-12-24'],
  ['明日お届け予定', { captured: '2024-11-02' }, '2024-11-03'],
  ['火曜日にお届け予定', { captured: '2024-11-02' }, '2024-11-05'],
  ['2019/11/02', {}, '2019-11-02'],
]

describe('ja dates', () => {
  it.each(DATES)('%s', (input, ctx, expected) => {
    expect(parseDate(input, ja, ctx)).toEqual({ ok: true, date: expected })
  })
  it('a month alone is no date', () => {
    expect(parseDate('11月', ja, { anchor: '2024-01-01' })).toEqual({ ok: false, issue: 'date-unparsed' })
  })
})

describe('ja money', () => {
  it.each([
    ['￥1,234', { minor: 1234, currency: 'JPY' }],
    ['¥1,234', { minor: 1234, currency: 'JPY' }],
    ['￥ １２，８００', { minor: 12800, currency: 'JPY' }],
    ['合計: ￥980', { minor: 980, currency: 'JPY' }],
  ] as const)('%s', (input, expected) => {
    expect(parseMoney(input, ja, 'JPY')).toEqual({ ok: true, money: expected })
  })
})

describe('ja status and samples', () => {
  it.each([
    ['11月5日に配達済み', { status: 'delivered', date: '2024-11-05', dateKind: 'delivered' }],
    ['配達中', { status: 'out-for-delivery' }],
    ['未発送', { status: 'pending' }],
    ['発送済み', { status: 'shipped' }],
    ['キャンセル済み', { status: 'cancelled' }],
    ['返金済み', { status: 'refunded' }],
    ['返品完了', { status: 'returned' }],
  ] as const)('%s', (input, expected) => {
    expect(readStatus(input, ja, { anchor: '2024-11-02' })).toEqual(expected)
  })
  it.each([
    ['シャンプー サンプル 10ml', true],
    ['USBケーブル', false],
  ] as const)('%s → %s', (input, expected) => {
    expect(isSampleText(input, ja)).toBe(expected)
  })
})
