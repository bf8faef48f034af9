// The fast date arithmetic and the sample-word prefilter agree with the model and locale functions they shortcut.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LANGUAGE_PACKS } from '../../../src/core/locale/languages/index.ts'
import { isSampleText } from '../../../src/core/locale/samples.ts'
import { fromEpochDay, toEpochDay } from '../../../src/core/model/index.ts'
import { dayToDate, epochDay, humanDate } from '../../../src/core/reconcile/days.ts'
import { samplePrefilter } from '../../../src/core/reconcile/notices.ts'

describe('days', () => {
  it('epochDay and dayToDate equal the model helpers from 1900 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 2932896 }), (n) => {
      const d = fromEpochDay(n)
      expect(dayToDate(n)).toBe(d)
      expect(epochDay(d)).toBe(toEpochDay(d))
    }), { numRuns: 2000 })
  })

  it('rejects what is not YYYY-MM-DD', () => {
    for (const bad of [undefined, '', '2026-1-05', '2026-13-01', 'xxxx-xx-xx']) expect(epochDay(bad)).toBeNaN()
  })

  it('prints dates for reasons', () => {
    expect(humanDate('2026-11-03')).toBe('3 Nov 2026')
  })
})

describe('sample prefilter', () => {
  const spellings = LANGUAGE_PACKS.flatMap((p) => p.labels.sample)
  const title = fc.tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...spellings), fc.string({ maxLength: 8 }), fc.constantFrom('upper', 'lower', 'title', 'nfd'))
    .map(([a, word, b, kase]) => {
      const w = kase === 'upper' ? word.toUpperCase() : kase === 'title' ? word[0]!.toUpperCase() + word.slice(1) : kase === 'nfd' ? word.normalize('NFD') : word
      return `${a}${w}${b}`
    })

  it('never hides a title isSampleText accepts, in any pack', () => {
    for (const pack of LANGUAGE_PACKS) {
      const pre = samplePrefilter(pack)
      fc.assert(fc.property(fc.oneof(title, fc.string()), (t) => {
        if (isSampleText(t, pack) && pre) expect(pre.test(t)).toBe(true)
      }), { numRuns: 500 })
    }
  })

  it('lets plain titles through without a sample word only rarely', () => {
    const en = LANGUAGE_PACKS.find((p) => p.tag === 'en')!
    expect(samplePrefilter(en)!.test('USB-C cable, 2 m')).toBe(false)
    expect(samplePrefilter(en)!.test('Free SAMPLE pack')).toBe(true)
  })
})
