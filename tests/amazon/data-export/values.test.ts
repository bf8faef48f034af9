// Single export cells: timestamps, amounts, carrier/tracking, Website.
import { describe, expect, it } from 'vitest'
import { isoToPlainDate, marketplaceOfWebsite, parseAmount, parseCarrierTracking, parseQuantity } from '../../../src/amazon/data-export/values.ts'

describe('export cells', () => {
  it.each([
    ['2024-10-21T12:00:00Z', '2024-10-21'],
    ['2026-07-05T17:08:47.256Z', '2026-07-05'],
    ['2024-10-21', '2024-10-21'],
    ['2024-10-21T23:30:00-05:00', '2024-10-22'],
    ['Not Available', undefined],
    ['10/21/24', undefined],
    ['2024-02-30T00:00:00Z', undefined],
  ])('date %s → %s', (raw, expected) => {
    expect(isoToPlainDate(raw)).toBe(expected)
  })

  it.each([
    ['10.6', 'USD', { minor: 1060, currency: 'USD' }],
    ['0', 'USD', { minor: 0, currency: 'USD' }],
    ["'-0.6'", 'USD', { minor: -60, currency: 'USD' }],
    ["'-1.00'", 'GBP', { minor: -100, currency: 'GBP' }],
    ['1,234.56', 'USD', { minor: 123456, currency: 'USD' }],
    ['1234', 'JPY', { minor: 1234, currency: 'JPY' }],
    ['12.345', 'USD', { minor: 1235, currency: 'USD' }],
    ['Not Available', 'USD', undefined],
    ['$5', 'USD', undefined],
    ['', 'USD', undefined],
  ])('amount %s (%s)', (raw, currency, expected) => {
    expect(parseAmount(raw, currency)).toEqual(expected)
  })

  it.each([
    ['AMZN_US(TBA306844852264)', { carrier: 'AMZN_US', trackingIds: ['TBA306844852264'] }],
    ['AMZN_UK(Q22207405383)', { carrier: 'AMZN_UK', trackingIds: ['Q22207405383'] }],
    ['UPS(1Z999AA10123456784)', { carrier: 'UPS', trackingIds: ['1Z999AA10123456784'] }],
    ['USPS(9400 1000 0000 0000 0000 00)', { carrier: 'USPS', trackingIds: ['9400100000000000000000'] }],
    ['AMZN_US(TBA1),AMZN_US(TBA2)', { carrier: 'AMZN_US', trackingIds: ['TBA1', 'TBA2'] }],
    ['Not Available', { trackingIds: [] }],
    ['', { trackingIds: [] }],
  ])('tracking %s', (raw, expected) => {
    expect(parseCarrierTracking(raw)).toEqual(expected)
  })

  it.each([
    ['Amazon.com', 'amazon.com'],
    ['Amazon.co.uk', 'amazon.co.uk'],
    ['AMAZON.DE', 'amazon.de'],
    ['www.amazon.co.jp', 'amazon.co.jp'],
    ['Amazon.example', undefined],
    ['panda01', undefined],
    ['Not Available', undefined],
  ])('website %s → %s', (raw, expected) => {
    expect(marketplaceOfWebsite(raw)).toBe(expected)
  })

  it.each([
    ['1', 1],
    ['12', 12],
    ['0', 0],
    ['1.5', undefined],
    ['-1', undefined],
    ['Not Available', undefined],
  ])('quantity %s → %s', (raw, expected) => {
    expect(parseQuantity(raw)).toBe(expected)
  })
})
