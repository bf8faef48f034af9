// Reads the project's synthetic Amazon pages (tests/fixtures/amazon/<marketplace>/<kind>/*.html) with their header URL.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '../../fixtures/amazon')

export interface FixturePage {
  file: string
  url: string
  html: string
}

/** Every synthetic page of one marketplace and kind (empty when the folder is absent). */
export function fixturePages(marketplace: string, kind: string): FixturePage[] {
  const dir = join(ROOT, marketplace, kind)
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8')
      const url = /^url:\s*(\S+)/m.exec(html)?.[1]
      if (!url) throw new Error(`${file}: no url: line in the fixture header`)
      return { file, url, html }
    })
}

export function fixturePage(marketplace: string, kind: string, name?: string): FixturePage | undefined {
  const pages = fixturePages(marketplace, kind)
  return name ? pages.find((p) => p.file.includes(name)) : pages[0]
}
