// Golden test over the project's synthetic fixtures: tests/fixtures/amazon/<marketplace>/<page-kind>/*.html, each
// compared with the `<name>.expected.json` beside it (STYLE.md §7). The folder names the kind the page must get.
import { describe, expect, it } from 'vitest'
import { OK_KINDS } from '../../src/amazon/classify.ts'
import { readPage } from '../../src/amazon/read-page.ts'
import { goldenJson, readingView } from './reading-view.ts'
import { syntheticFixtures } from './synthetic-fixtures.ts'

const fixtures = syntheticFixtures()

describe('synthetic Amazon page fixtures (STYLE.md §7)', () => {
  it('exist for every marketplace the reader claims beyond the corpus', () => {
    const marketplaces = new Set(fixtures.map((f) => f.marketplace))
    for (const m of ['amazon.de', 'amazon.co.uk', 'amazon.fr', 'amazon.it', 'amazon.es', 'amazon.co.jp']) expect(marketplaces.has(m), m).toBe(true)
  })

  for (const f of fixtures) {
    describe(f.name, () => {
      const reading = readPage(f.url, f.html, { captured: f.captured })

      it(`is classified as ${f.kind}, ${f.marketplace}, language ${f.language}`, () => {
        expect(reading.kind).toBe(f.kind)
        expect(reading.marketplace).toBe(f.marketplace)
        if (f.language) expect(reading.language).toBe(f.language)
      })

      it('reads completely when it is a readable kind, and reads nothing otherwise', () => {
        if (OK_KINDS.has(f.kind)) {
          expect(reading.ok).toBe(true)
          expect(reading.complete).toBe(true)
        } else {
          expect(reading.ok).toBe(false)
          expect(reading.orders).toEqual([])
        }
      })

      it('matches its expected file', async () => {
        await expect(goldenJson(readingView(reading))).toMatchFileSnapshot(f.path.replace(/\.html$/, '.expected.json'))
      })
    })
  }
})
