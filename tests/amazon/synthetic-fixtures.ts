// The project's synthetic Amazon pages: tests/fixtures/amazon/<marketplace>/<page-kind>/*.html with header metadata.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PageKind } from '../../src/amazon/classify.ts'
import { MARKETPLACES } from '../../src/core/locale/marketplaces.ts'

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
        out.push({ path, name: relative(ROOT, path), marketplace, kind: kind as PageKind, url: h.url ?? `https://www.${marketplace}/`, captured: `${month}-28`, language: h.language ?? '', html })
      }
    }
  }
  return out
}

