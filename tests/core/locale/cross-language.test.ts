// Packs must not be greedy: a date or status in one language does not read with another language's pack.
import { describe, expect, it } from 'vitest'
import { languagePack, LANGUAGE_PACKS } from '../../../src/core/locale/languages/index.ts'
import { parseDate } from '../../../src/core/locale/parse-date.ts'
import { readStatus } from '../../../src/core/locale/status.ts'

const ctx = { anchor: '2024-01-01', captured: '2024-06-05' }

// [text, language it is written in, pack that must NOT read a date from it]
const NOT_A_DATE: Array<[string, string, string]> = [
  ['19. Februar 2022', 'de', 'en'],
  ['31 Mai 2020', 'de', 'en'],
  ['Zugestellt am 3. März', 'de', 'fr'],
  ['Livré le 9 décembre', 'fr', 'es'],
  ['Livré le 9 décembre', 'fr', 'en'],
  ['7 décembre 2025', 'fr', 'de'],
  ['4 mars 2024', 'fr', 'es'],
  ['4 mars 2024', 'fr', 'it'],
  ['Delivered November 2', 'en', 'de'],
  ['Delivered Dec 9, 2023', 'en', 'fr'],
  ['7 February 2019', 'en', 'it'],
  ['3 dicembre 2024', 'it', 'es'],
  ['3 gennaio 2024', 'it', 'fr'],
  ['5 de noviembre de 2024', 'es', 'it'],
  ['2 de enero', 'es', 'en'],
  ['2024年11月2日', 'ja', 'en'],
  ['Arriving Tuesday', 'en', 'de'],
  ['Lieferung Dienstag', 'de', 'en'],
  ['Arrivée prévue mardi', 'fr', 'it'],
  ['明日お届け予定', 'ja', 'en'],
]

describe('cross-language negatives', () => {
  it.each(NOT_A_DATE)('%s (%s) does not parse with the %s pack', (text, own, other) => {
    expect(parseDate(text, languagePack(own)!, ctx).ok, `own pack ${own} must read it`).toBe(true)
    expect(parseDate(text, languagePack(other)!, ctx)).toEqual({ ok: false, issue: 'date-unparsed' })
  })

  it.each([
    ['Zugestellt am 3. März', 'en'],
    ['Livré le 9 décembre', 'de'],
    ['Delivered November 2', 'fr'],
    ['配達済み', 'es'],
  ])('status "%s" is not read by the %s pack', (text, other) => {
    expect(readStatus(text, languagePack(other)!)).toBeUndefined()
  })

  it('every shipped pack is found by its tag and region variants', () => {
    for (const pack of LANGUAGE_PACKS) {
      expect(languagePack(pack.tag)).toBe(pack)
      expect(languagePack(`${pack.tag.toUpperCase()}-XX`)).toBe(pack)
    }
    expect(languagePack('fr_CA')?.tag).toBe('fr')
    expect(languagePack('nl')).toBeUndefined()
  })
})
