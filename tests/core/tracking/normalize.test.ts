// normalizeTracking and splitTrackingList on the forms Amazon, labels and users produce (reference §1).
import { describe, expect, it } from 'vitest'
import { normalizeTracking, splitTrackingList } from '../../../src/core/tracking/normalize.ts'

describe('normalizeTracking', () => {
  it.each([
    ['tba502887274000', 'TBA502887274000'],
    ['1Z 5R8 939 035 756 712 7', '1Z5R89390357567127'],
    ['0034-0433-8364.4263/6597', '00340433836442636597'],
    ['AMZN_US(TBA306844852264)', 'TBA306844852264'],
    ['USPS(9400111202555842332669)', '9400111202555842332669'],
    ['AMZN_UK( TBA 306844852264 )', 'TBA306844852264'],
    ['DHL: 0034 0433 8364 4263 6597', '00340433836442636597'],
    ['Tracking ID: TBA502887274000', 'TBA502887274000'],
    ['Trackingnummer 00340433836442636597', '00340433836442636597'],
    ['Sendungsnummer 00340433836442636597', '00340433836442636597'],
    ['N° de suivi 6A12345678901', '6A12345678901'],
    ['追跡番号 1311-2383-852', '13112383852'],
    ['(00)340433836442636597', '00340433836442636597'],
    [']C1(00)340433836442636597', '00340433836442636597'],
    ['00340433836442636597\u001D', '00340433836442636597'],
    ['ＴＢＡ５０２８８７２７４０００', 'TBA502887274000'], // full-width (NFKC)
    ['  rb 123 456 785 gb  ', 'RB123456785GB'],
  ])('%j → %s', (raw, expected) => {
    expect(normalizeTracking(raw)).toBe(expected)
  })

  it('drops USPS 420+ZIP routing only when the rest is a valid IMpb', () => {
    expect(normalizeTracking('420787459400111206206406260787')).toBe('9400111206206406260787')
    expect(normalizeTracking('(420)78745 9400 1112 0620 6406 2607 87')).toBe('9400111206206406260787')
    // the same with a wrong check digit keeps its routing: nothing is guessed
    expect(normalizeTracking('420787459400111206206406260788')).toBe('420787459400111206206406260788')
  })

  it('never corrects characters', () => {
    expect(normalizeTracking('TBAO0I1')).toBe('TBAO0I1')
  })

  it('keeps DHL’s leading 00 of the 20-digit form', () => {
    expect(normalizeTracking('00 340433836442636597')).toBe('00340433836442636597')
  })

  it('returns an empty string for blank input', () => {
    expect(normalizeTracking('  \n ')).toBe('')
  })
})

describe('splitTrackingList', () => {
  it('splits on semicolons, commas, whitespace and newlines, dropping empties', () => {
    expect(splitTrackingList('TBA502887274000; 1Z5R89390357567127,,\n\nK1506235620  RB123456785GB;')).toEqual([
      'TBA502887274000',
      '1Z5R89390357567127',
      'K1506235620',
      'RB123456785GB',
    ])
  })

  it('de-duplicates after normalisation, keeping the first occurrence in order', () => {
    expect(splitTrackingList('tba502887274000\nK1506235620\nTBA 502 887 274 000\nAMZN_US(TBA502887274000)')).toEqual(['TBA502887274000', 'K1506235620'])
  })

  it('keeps a number printed in short groups together', () => {
    expect(splitTrackingList('0034 0433 8364 4263 6597\n1Z 5R8 939 035 756 712 7')).toEqual(['00340433836442636597', '1Z5R89390357567127'])
  })

  it('unwraps carrier-wrapped and labelled entries', () => {
    expect(splitTrackingList('AMZN_US(TBA306844852264),UPS(1Z5R89390357567127)\nDHL: 0034 0433 8364 4263 6597')).toEqual([
      'TBA306844852264',
      '1Z5R89390357567127',
      '00340433836442636597',
    ])
  })

  it('returns [] for an empty paste', () => {
    expect(splitTrackingList(' ;, \n ')).toEqual([])
  })

  it('handles a 100-number paste', () => {
    const numbers = Array.from({ length: 100 }, (_, i) => `TBA${String(500000000000 + i)}`)
    expect(splitTrackingList(numbers.join('\n'))).toEqual(numbers)
  })
})
