// Hostile and malformed pages: truncated anywhere, anchors removed, attributes shuffled, script payloads and huge
// titles, a 10 MB page, garbage, wrong storefronts, challenges under list URLs. Each gives a typed reading, never an
// exception, and never a half-read order presented as complete.
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { readPage, type PageReading } from '../../src/amazon/read-page.ts'
import { expectWellFormed } from './page-invariants.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/amazon/', import.meta.url))
const load = (rel: string) => readFileSync(`${FIXTURES}${rel}`, 'utf8')
const urlOf = (html: string) => /^\s*url:\s*(\S+)/m.exec(html)?.[1] ?? 'https://www.amazon.com/'
const CAPTURED = { captured: '2025-03-15' }

interface Base { name: string; url: string; html: string }
const base = (rel: string): Base => {
  const html = load(rel)
  return { name: rel, url: urlOf(html), html }
}

const LIST_DE = base('amazon.de/order-list/2025-03_de_multi-shipment-cancelled.html')
const LIST_COM = base('amazon.com/order-list/2025-07_en_multi-shipment-cancelled.html')
const DETAILS_FR = base('amazon.fr/order-details/2025-03_fr_two-shipments.html')
const DETAILS_DE = base('amazon.de/order-details/2025-03_de_two-shipments.html')
const SIGN_IN = base('amazon.de/sign-in/2025-03_de_email-step.html')
const CAPTCHA = base('amazon.de/captcha/2025-03_de_validate-captcha.html')
const WAF = base('amazon.de/bot-challenge/2025-03_en_aws-waf.html')

function read(url: string, html: string): PageReading {
  let r: PageReading | undefined
  expect(() => {
    r = readPage(url, html, CAPTURED)
  }).not.toThrow()
  return r!
}

/** Order ids, dates, totals and shipment/item counts: what a complete reading must not lose. */
function shape(r: PageReading) {
  return r.orders.map((o) => ({ id: o.orderId, placedOn: o.placedOn, total: o.total, shipments: o.shipments.map((s) => [s.status, s.items.length]) }))
}

// A deterministic byte generator (no Math.random: failures must reproduce).
function pseudoRandomBytes(n: number, seed: number): string {
  let x = seed >>> 0
  let out = ''
  for (let i = 0; i < n; i++) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0
    out += String.fromCharCode(x >>> 24)
  }
  return out
}

describe('hostile input: truncation at many offsets', () => {
  for (const b of [LIST_DE, LIST_COM, DETAILS_FR]) {
    const full = read(b.url, b.html)
    const offsets = Array.from({ length: 15 }, (_, i) => Math.floor((b.html.length * (i + 1)) / 16))
    for (const at of offsets) {
      it(`${b.name} cut at ${at}`, () => {
        const r = read(b.url, b.html.slice(0, at))
        expectWellFormed(r, `${b.name}@${at}`)
        expect(r.complete).toBe(false)
        // Whatever was read is a prefix of the truth, never an invention.
        for (const o of r.orders) expect(full.orders.map((x) => x.orderId)).toContain(o.orderId)
      })
    }
  }
})

describe('hostile input: anchors removed', () => {
  const removals: Array<[Base, string, RegExp]> = [
    [LIST_DE, 'order-card class', /\border-card\b/g],
    [LIST_DE, 'order id element', /yohtmlc-order-id/g],
    [LIST_DE, 'delivery boxes', /delivery-box\b/g],
    [LIST_DE, 'header labels', /a-text-caps/g],
    [LIST_DE, 'every href', /\bhref=/g],
    [LIST_DE, 'list container', /your-orders-content-container/g],
    [LIST_COM, 'product titles', /yohtmlc-product-title/g],
    [DETAILS_FR, 'details root', /id="orderDetails"/g],
    [DETAILS_FR, 'shipment status', /data-component="shipmentStatus"/g],
    [DETAILS_FR, 'order date', /data-component="orderDate"/g],
    [DETAILS_FR, 'subtotals', /od-line-item-row|od-subtotals/g],
    [DETAILS_DE, 'item titles', /data-component="itemTitle"/g],
  ]
  for (const [b, what, re] of removals) {
    it(`${b.name} without ${what}`, () => {
      const full = read(b.url, b.html)
      const r = read(b.url, b.html.replace(re, 'x-removed'))
      expectWellFormed(r, `${b.name} -${what}`)
      // Either honest about what is missing, or everything a complete reading of the full page has.
      if (r.complete) expect(shape(r)).toEqual(shape(full))
    })
  }
})

describe('hostile input: attribute order', () => {
  // Reverses the attributes inside every start tag.
  const shuffle = (html: string) =>
    html.replace(/<([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*"|='[^']*')?)+)\s*(\/?)>/g, (_m, tag: string, attrs: string, slash: string) => {
      const list = attrs.match(/[\w:-]+(?:="[^"]*"|='[^']*')?/g) ?? []
      return `<${tag} ${list.reverse().join(' ')}${slash}>`
    })
  for (const b of [LIST_DE, DETAILS_FR]) {
    it(`${b.name} reads the same with attributes reversed`, () => {
      const shuffled = shuffle(b.html)
      expect(shuffled).not.toBe(b.html)
      const r = read(b.url, shuffled)
      expectWellFormed(r, b.name)
      expect(r).toEqual(read(b.url, b.html))
    })
  }
})

describe('hostile input: payloads and sizes', () => {
  const payload = `<script>alert(1)</script><img src=x onerror="alert(2)"><svg onload=alert(3)></svg>${'A'.repeat(100_000)}`
  it('script and onerror payloads plus 100 kB in list item titles', () => {
    const html = LIST_COM.html.replace(/(class="yohtmlc-product-title"[^>]*>(?:\s*<a[^>]*>)?)/g, `$1${payload}`)
    expect(html).not.toBe(LIST_COM.html)
    const r = read(LIST_COM.url, html)
    expectWellFormed(r, 'payload list')
    const titles = r.orders.flatMap((o) => o.shipments.flatMap((s) => s.items.map((i) => i.title)))
    expect(titles.length).toBeGreaterThan(0)
    for (const t of titles) {
      expect(t.length).toBeLessThanOrEqual(500)
      expect(t).not.toMatch(/alert|<|onerror/)
    }
  })

  it('script and onerror payloads plus 100 kB in details item titles', () => {
    const html = DETAILS_DE.html.replace(/(data-component="itemTitle"[^>]*>(?:\s*<a[^>]*>)?)/g, `$1${payload}`)
    const r = read(DETAILS_DE.url, html)
    expectWellFormed(r, 'payload details')
    for (const t of r.orders.flatMap((o) => o.shipments.flatMap((s) => s.items.map((i) => i.title)))) expect(t).not.toMatch(/alert|<|onerror/)
  })

  it('a 10 MB page still reads its cards', () => {
    const pad = `<div class="a-row filler">${'lorem ipsum '.repeat(80)}</div>\n`
    const big = LIST_DE.html.replace('</body>', `${pad.repeat(Math.ceil(10_000_000 / pad.length))}</body>`)
    expect(big.length).toBeGreaterThan(10_000_000)
    const r = read(LIST_DE.url, big)
    expectWellFormed(r, '10 MB')
    expect(shape(r)).toEqual(shape(read(LIST_DE.url, LIST_DE.html)))
  })

  it('100,000 nested elements do not overflow the stack', () => {
    const deep = `<html><body><div class="your-orders-content-container">${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}</div></body></html>`
    expectWellFormed(read('https://www.amazon.com/your-orders/orders', deep), 'deep')
  })

  it('an unclosed <script> at the top hides the rest of the page without crashing', () => {
    const r = read(LIST_DE.url, LIST_DE.html.replace('<body', '<script>var x = "<body'))
    expectWellFormed(r, 'unclosed script')
  })

  it('the same card twice is reported, not merged silently', () => {
    const card = /<div class="order-card js-order-card">[\s\S]*?(?=<div class="order-card js-order-card">)/.exec(LIST_DE.html)?.[0]
    expect(card).toBeDefined()
    const r = read(LIST_DE.url, LIST_DE.html.replace(card!, card! + card!))
    expectWellFormed(r, 'duplicate')
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'order.orderId', problem: 'duplicate-card' })
  })

  it('session ids and archive tokens shaped like order ids never become ids', () => {
    const trap = '<a href="/gp/css/order-history/archive/ref=x?ie=UTF8&archiveRequest=1&token=999-1111111-2222222">a</a><a href="/gp/buyagain?session-id=998-3333333-4444444">b</a>'
    const html = LIST_DE.html.replace(/(<div class="order-card js-order-card">)/g, `$1${trap}`)
    const r = read(LIST_DE.url, html)
    expectWellFormed(r, 'traps')
    const ids = r.orders.flatMap((o) => [o.orderId, ...(o.aliases ?? [])])
    expect(ids.some((id) => id.startsWith('999-') || id.startsWith('998-'))).toBe(false)
  })
})

describe('hostile input: nothing, garbage and non-strings', () => {
  const garbage: Array<[string, unknown]> = [
    ['empty string', ''],
    ['whitespace', ' \n\t '],
    ['empty document', '<html></html>'],
    ['empty body', '<!doctype html><html lang="en-us"><head><title>Your Orders</title></head><body></body></html>'],
    ['binary garbage', pseudoRandomBytes(200_000, 42)],
    ['NUL flood', '\u0000'.repeat(100_000)],
    ['lone angle brackets', '<<<<>>>><<//>'.repeat(10_000)],
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
  ]
  for (const [what, html] of garbage) {
    it(what, () => {
      const r = read('https://www.amazon.com/your-orders/orders', html as string)
      expectWellFormed(r, what)
      expect(r.orders).toEqual([])
    })
  }
})

describe('hostile input: wrong storefront or URL', () => {
  it('an amazon.de page under an amazon.com URL is read as amazon.com in its own language', () => {
    const r = read('https://www.amazon.com/your-orders/orders', LIST_DE.html)
    expectWellFormed(r, 'de as com')
    expect(r.marketplace).toBe('amazon.com')
    expect(r.language).toBe('de')
    // The page's own ue_mid says amazon.de: its orders must not pass as complete amazon.com orders.
    if (LIST_DE.html.includes("ue_mid = 'A1PA6795UKMFR9'")) {
      expect(r.issues).toContainEqual({ field: 'marketplace', problem: 'page-of-other-storefront:amazon.de' })
      expect(r.complete).toBe(false)
    }
  })
  it('an amazon.de page under an amazon.co.jp URL stays well-typed', () => {
    expectWellFormed(read('https://www.amazon.co.jp/your-orders/orders', LIST_DE.html), 'de as jp')
  })
  for (const url of ['https://example.com/your-orders/orders', 'https://www.amazon.de.evil.example/your-orders/orders', 'not a url', '']) {
    it(`a list page under "${url}" has no storefront and reads nothing`, () => {
      const r = read(url, LIST_DE.html)
      expectWellFormed(r, url)
      expect(r.marketplace).toBeUndefined()
      expect(r.orders).toEqual([])
      expect(r.complete).toBe(false)
    })
  }
})

describe('hostile input: challenges and sign-in under list and details URLs', () => {
  for (const [page, kind] of [[SIGN_IN, 'sign-in'], [CAPTCHA, 'captcha'], [WAF, 'bot-challenge']] as const) {
    for (const url of ['https://www.amazon.de/your-orders/orders?timeFilter=year-2024', 'https://www.amazon.de/gp/your-account/order-details?orderID=303-1234567-1234567']) {
      it(`${kind} page under ${new URL(url).pathname}`, () => {
        const r = read(url, page.html)
        expectWellFormed(r, kind)
        expect(r.kind).toBe(kind)
        expect(r.ok).toBe(false)
        expect(r.orders).toEqual([])
      })
    }
  }
})
