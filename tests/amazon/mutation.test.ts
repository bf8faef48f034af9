// Mutation test: 2,000+ random edits of real-shaped pages per run; readPage never throws and stays well-typed.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { readPage } from '../../src/amazon/read-page.ts'
import { CORPUS_DIR, corpusPresent } from './corpus-index.ts'
import { syntheticFixtures } from './synthetic-fixtures.ts'
import { readingViolations } from './page-invariants.ts'

// Synthetic pages always; the small real pages too when the corpus is present (large ones would make 2,000 runs slow).
const SMALL_CORPUS = ['ao_500.html', 'ao_waf-challenge.html', 'rosch_akamai_interstitial.html', 'bi_166-7926740-5141621.html', 'bi_de_DE_142-4912939-2196263.html', 'bi_de_DE_D22-9220967-2566135.html']
const pages = [
  ...syntheticFixtures().map((f) => ({ url: f.url, html: f.html })),
  ...(corpusPresent() ? SMALL_CORPUS.map((f) => ({ url: f.startsWith('bi_de') || f.startsWith('rosch') ? 'https://www.amazon.de/gp/css/summary/print.html' : 'https://www.amazon.com/your-orders/orders', html: readFileSync(`${CORPUS_DIR}${f}`, 'utf8') })) : []),
]

// Fragments that matter to a tag soup parser and to our landmarks.
const TOKENS = ['<', '>', '</div>', '<div>', '<script>', '</script>', '<!--', '-->', '"', "'", '&amp;', '&#0;', '&', '=', '\u0000', '\uFFFD', '\u00A0', '<html>', '</html>',
  'class="order-card js-order-card"', 'class="yohtmlc-order-id"', '<span dir="ltr">123-4567890-1234567</span>', 'data-component="orderId"', 'id="orderDetails"',
  'href="/gp/your-account/ship-track?orderId=&shipmentId=&packageIndex=-1"', 'href="http://[::1"', 'Delivered', '31. Februar 2025', '$-0.0', '99999999999999999999', '<form name="signIn">', '<meta http-equiv="refresh" content="bm-verify=1">']

type Edit =
  | { op: 'delete'; at: number; len: number }
  | { op: 'insert'; at: number; text: string }
  | { op: 'duplicate'; at: number; len: number }
  | { op: 'swap'; a: number; b: number; len: number }

const position = fc.double({ min: 0, max: 1, noNaN: true })
const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constant('delete' as const), at: position, len: fc.nat(2000) }),
  fc.record({ op: fc.constant('insert' as const), at: position, text: fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })) }),
  fc.record({ op: fc.constant('duplicate' as const), at: position, len: fc.nat(3000) }),
  fc.record({ op: fc.constant('swap' as const), a: position, b: position, len: fc.nat(500) }),
) as fc.Arbitrary<Edit>

function apply(html: string, e: Edit): string {
  const at = (p: number) => Math.floor(p * html.length)
  switch (e.op) {
    case 'delete': return html.slice(0, at(e.at)) + html.slice(at(e.at) + e.len)
    case 'insert': return html.slice(0, at(e.at)) + e.text + html.slice(at(e.at))
    case 'duplicate': return html.slice(0, at(e.at) + e.len) + html.slice(at(e.at), at(e.at) + e.len) + html.slice(at(e.at) + e.len)
    case 'swap': {
      const [x, y] = [at(e.a), at(e.b)].sort((p, q) => p - q) as [number, number]
      if (x + e.len > y) return html
      return html.slice(0, x) + html.slice(y, y + e.len) + html.slice(x + e.len, y) + html.slice(x, x + e.len) + html.slice(y + e.len)
    }
  }
}

const URLS = ['https://www.amazon.com/your-orders/orders', 'https://www.amazon.de/gp/your-account/order-details?orderID=303-1234567-1234567', 'https://www.amazon.co.jp/gp/your-account/ship-track?orderId=x', 'not a url']

describe('mutated pages (fast-check)', () => {
  it('has pages to mutate', () => {
    expect(pages.length).toBeGreaterThan(10)
  })

  it('readPage never throws, no reader crashes, and output stays well-typed under 2,000 random mutations', () => {
    let runs = 0
    fc.assert(
      fc.property(fc.nat(pages.length - 1), fc.array(edit, { minLength: 1, maxLength: 6 }), fc.oneof(fc.constant(undefined), fc.constantFrom(...URLS)), (index, edits, url) => {
        const page = pages[index]!
        const html = edits.reduce(apply, page.html)
        runs++
        const reading = readPage(url ?? page.url, html, { captured: '2025-03-15' })
        expect(readingViolations(reading)).toEqual([])
        // readPage turns a crash into a 'parser-error' issue; under mutation no reader may crash at all.
        expect(reading.issues).not.toContainEqual({ field: 'page', problem: 'parser-error' })
      }),
      { numRuns: 2000 },
    )
    expect(runs).toBeGreaterThanOrEqual(2000)
  })
})
