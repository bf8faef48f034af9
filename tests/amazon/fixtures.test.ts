// Golden test over the project's synthetic fixtures: tests/fixtures/amazon/<marketplace>/<page-kind>/*.html, each
// compared with the `<name>.expected.json` beside it (STYLE.md §7). The folder names the kind the page must get.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { OK_KINDS, type PageKind } from '../../src/amazon/classify.ts'
import { readPage } from '../../src/amazon/read-page.ts'
import { MARKETPLACES } from '../../src/core/locale/marketplaces.ts'
import { goldenJson, readingView } from './reading-view.ts'

const ROOT = fileURLToPath(new URL('../fixtures/amazon/', import.meta.url))
const MARKETPLACE_IDS = new Set(MARKETPLACES.map((m) => m.id))

export interface SyntheticFixture {
  path: string
  name: string
  marketplace: string
  kind: PageKind
  url: string
  captured: string
  language: string
  html: string
}

/** The header comment's `key: value` lines (source, marketplace, page-kind, language, captured, url, scenario). */
function header(html: string): Record<string, string> {
  const comment = /^\s*<!--([\s\S]*?)-->/.exec(html)?.[1] ?? ''
  return Object.fromEntries([...comment.matchAll(/^\s*([a-z-]+):\s*(.*)$/gm)].map((m) => [m[1]!, m[2]!.trim()]))
}

/** Every synthetic page fixture, with the URL and capture month from its header (day 15 of that month). */
export function syntheticFixtures(): SyntheticFixture[] {
  if (!existsSync(ROOT)) return []
  const out: SyntheticFixture[] = []
  for (const marketplace of readdirSync(ROOT).filter((d) => MARKETPLACE_IDS.has(d)).sort()) {
    for (const kind of readdirSync(join(ROOT, marketplace)).sort()) {
      const dir = join(ROOT, marketplace, kind)
      if (!statSync(dir).isDirectory()) continue
      for (const file of readdirSync(dir).filter((f) => f.endsWith('.html')).sort()) {
        const path = join(dir, file)
        const html = readFileSync(path, 'utf8')
        const h = header(html)
        const month = /^\d{4}-\d{2}$/.test(h.captured ?? '') ? h.captured! : file.slice(0, 7)
        out.push({ path, name: relative(ROOT, path), marketplace, kind: kind as PageKind, url: h.url ?? `https://www.${marketplace}/`, captured: `${month}-15`, language: h.language ?? '', html })
      }
    }
  }
  return out
}

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
