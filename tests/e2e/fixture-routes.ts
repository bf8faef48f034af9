// Maps the synthetic fixtures (tests/fixtures/amazon/<marketplace>/<kind>/*.html) to the URLs they stand for.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Route } from './fake-amazon.ts'

export const FIXTURES_DIR = new URL('../fixtures/amazon/', import.meta.url).pathname

export interface FixturePage {
  marketplace: string
  kind: string
  file: string
  /** the URL the fake Amazon serves it at */
  url: string
}

const ORDER_ID = /\b\d{3}-\d{7}-\d{7}\b|\bD\d{2}-\d{7}-\d{7}\b/

// Real Amazon paths per page family (amazon-pages.md); `fixture=` keeps several pages of a kind apart.
function pathFor(kind: string, name: string, orderId: string | undefined): string | undefined {
  const q = (extra: string) => `?${extra}${extra ? '&' : ''}fixture=${encodeURIComponent(name)}`
  const id = orderId ? `orderID=${orderId}` : ''
  switch (kind) {
    case 'order-list': return `/your-orders/orders${q('')}`
    case 'empty-list': return `/your-orders/orders${q('timeFilter=year-2023')}`
    case 'bot-challenge': return `/your-orders/orders${q('')}`
    case 'order-details': return `/your-orders/order-details${q(id)}`
    case 'tracker': return `/progress-tracker/package${q(orderId ? `orderId=${orderId}` : '')}`
    case 'invoice': return `/gp/css/summary/print.html${q(id)}`
    case 'digital-summary': return `/gp/digital/your-account/order-summary.html${q(id)}`
    case 'captcha': return `/errors/validateCaptcha${q('')}`
    case 'sign-in': return `/ap/signin${q('')}`
    default: return undefined
  }
}

/** Every fixture page with the URL it is served at; [] when the fixture folder is absent. */
export function listFixturePages(dir = FIXTURES_DIR): FixturePage[] {
  if (!existsSync(dir)) return []
  const pages: FixturePage[] = []
  for (const marketplace of readdirSync(dir).filter((d) => d.startsWith('amazon.')).sort()) {
    for (const kind of readdirSync(join(dir, marketplace)).sort()) {
      const kindDir = join(dir, marketplace, kind)
      for (const f of readdirSync(kindDir).filter((n) => n.endsWith('.html')).sort()) {
        const file = join(kindDir, f)
        const name = basename(f, '.html')
        const path = pathFor(kind, name, ORDER_ID.exec(readFileSync(file, 'utf8'))?.[0])
        if (path) pages.push({ marketplace, kind, file, url: `https://www.${marketplace}${path}` })
      }
    }
  }
  return pages
}

/** Routes for every fixture page, plus each marketplace's first order list at the bare list URL. */
export function fixtureRoutes(pages = listFixturePages()): Record<string, Route> {
  const routes: Record<string, Route> = {}
  for (const p of pages) routes[p.url] = { file: p.file }
  for (const p of pages.filter((x) => x.kind === 'order-list').reverse()) {
    routes[`https://www.${p.marketplace}/your-orders/orders`] = { file: p.file }
  }
  return routes
}
