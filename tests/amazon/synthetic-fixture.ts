// Loads a synthetic fixture under tests/fixtures/amazon/ and builds the page context its header comment describes.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { marketplaceById } from '../../src/core/locale/marketplaces.ts'
import { languagePack } from '../../src/core/locale/languages/index.ts'
import { parseHtml, type HtmlDoc } from '../../src/amazon/html.ts'
import type { PageContext } from '../../src/amazon/page-context.ts'

export const FIXTURES = fileURLToPath(new URL('../fixtures/amazon/', import.meta.url))

/** The `key: value` lines of a fixture's leading header comment. */
export function fixtureHeader(html: string): Record<string, string> {
  const m = /^<!--\n([\s\S]*?)\n-->/.exec(html)
  if (!m) throw new Error('fixture has no header comment')
  return Object.fromEntries(m[1]!.split('\n').map((line) => {
    const i = line.indexOf(': ')
    return [line.slice(0, i), line.slice(i + 2)]
  }))
}

export interface LoadedFixture {
  html: string
  header: Record<string, string>
  doc: HtmlDoc
  ctx: PageContext
}

/** Reads `path` (relative to tests/fixtures/amazon/) with a context dated mid-month of its capture month. */
export function loadFixture(path: string): LoadedFixture {
  const html = readFileSync(join(FIXTURES, path), 'utf8')
  const header = fixtureHeader(html)
  const marketplace = marketplaceById(header.marketplace!)
  const pack = languagePack(header.language!)
  if (!marketplace || !pack) throw new Error(`fixture ${path}: unknown marketplace or language`)
  return {
    html,
    header,
    doc: parseHtml(html),
    // Late in the capture month: a page cannot show events after the day it was read.
    ctx: { url: new URL(header.url!), marketplace, language: header.language!, pack, captured: `${header.captured}-28` },
  }
}

/** Fixture paths of one page kind, relative to tests/fixtures/amazon/. */
export function fixturesOfKind(kind: string): string[] {
  const out: string[] = []
  for (const mp of readdirSync(FIXTURES)) {
    const dir = join(FIXTURES, mp, kind)
    if (!statSync(join(FIXTURES, mp)).isDirectory()) continue
    try {
      for (const f of readdirSync(dir)) if (f.endsWith('.html')) out.push(`${mp}/${kind}/${f}`)
    } catch {
      // this marketplace has no page of that kind
    }
  }
  return out.sort()
}
