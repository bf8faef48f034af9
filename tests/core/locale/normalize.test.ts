// normalizeText: the one spelling every locale parser starts from.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { normalizeText } from '../../../src/core/locale/normalize.ts'

describe('normalizeText', () => {
  it.each([
    ['106,89\u00A0$', '106,89 $'],
    ['8:04\u202FPM', '8:04 PM'],
    ['  Livré   le\n 9 décembre ', 'Livré le 9 décembre'],
    ['￥１，２３４', '¥1,234'],
    ['２０２４年１１月２日', '2024年11月2日'],
    ['\u2212$0.49', '-$0.49'],
    ['Livre\u0301', 'Livré'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => {
      const once = normalizeText(s)
      expect(normalizeText(once)).toBe(once)
    }))
  })
})
