// Digital order summary parser: synthetic .de/.com summaries, the corpus summaries, failure modes.
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/amazon/html.ts'
import { parseDigitalSummary } from '../../src/amazon/parse-digital-summary.ts'
import type { PageContext } from '../../src/amazon/page-context.ts'
import { languagePack } from '../../src/core/locale/languages/index.ts'
import { marketplaceById } from '../../src/core/locale/marketplaces.ts'
import { loadFixture } from './synthetic-fixture.ts'

const CORPUS = fileURLToPath(new URL('../../../shared/fixtures/amazon-pages/', import.meta.url))

function corpusContext(marketplace: string, language: string, url: string): PageContext {
  return { url: new URL(url), marketplace: marketplaceById(marketplace)!, language, pack: languagePack(language)!, captured: '2025-06-15' }
}

describe('parseDigitalSummary on synthetic summaries', () => {
  it.each([
    ['amazon.de/digital-summary/2025-03_de_kindle-book.html', 'D01-3318820-5541972', '2025-02-14', { minor: 999, currency: 'EUR' }, 'Ein Beispielroman', 'B0SYNDE007'],
    ['amazon.com/digital-summary/2025-07_en_kindle-book.html', 'D01-7720419-3381652', '2025-07-02', { minor: 1299, currency: 'USD' }, 'An Example Novel', 'B0SYNUS006'],
  ])('reads %s completely', (file, orderId, placedOn, total, title, asin) => {
    const { doc, ctx } = loadFixture(file)
    const r = parseDigitalSummary(doc, ctx)
    expect(r.complete).toBe(true)
    expect(r.issues.filter((i) => 'problem' in i || 'miss' in i)).toEqual([])
    expect(r.value).toEqual([{
      key: `${ctx.marketplace.id}:${orderId}`,
      marketplace: ctx.marketplace.id,
      orderId,
      digital: true,
      placedOn,
      total,
      shipments: [{
        key: `${ctx.marketplace.id}:${orderId}:n-0`,
        orderKey: `${ctx.marketplace.id}:${orderId}`,
        status: 'unknown',
        trackingIds: [],
        items: [{ title, asin, quantity: 1, unitPrice: total }],
        source: 'page',
      }],
    }])
  })

  it('is incomplete when the order date cannot be read', () => {
    const f = loadFixture('amazon.de/digital-summary/2025-03_de_kindle-book.html')
    const r = parseDigitalSummary(parseHtml(f.html.replace('<b>Digitale Bestellung: 14 Februar 2025</b>', '<b>Digitale Bestellung:</b>')), f.ctx)
    expect(r.complete).toBe(false)
    expect(r.value[0]!.placedOn).toBeUndefined()
    expect(r.issues).toContainEqual({ field: 'order.placedOn', problem: 'date-unparsed' })
  })

  it('is incomplete without items', () => {
    const f = loadFixture('amazon.com/digital-summary/2025-07_en_kindle-book.html')
    const r = parseDigitalSummary(parseHtml(f.html.replace(/\/dp\//g, '/xx/')), f.ctx)
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'order.items', problem: 'missing' })
  })

  it('takes the id from the heading when the URL has none', () => {
    const { doc, ctx } = loadFixture('amazon.com/digital-summary/2025-07_en_kindle-book.html')
    const r = parseDigitalSummary(doc, { ...ctx, url: new URL('https://www.amazon.com/gp/digital/your-account/order-summary.html') })
    expect(r.value[0]!.orderId).toBe('D01-7720419-3381652')
  })
})

describe('parseDigitalSummary on the real corpus (read in place)', () => {
  const present = existsSync(CORPUS)
  if (!present) console.warn(`\n*** NOTICE: ${CORPUS} is absent; corpus digital-summary tests are skipped ***\n`)

  it.skipIf(!present)('aoca_order-summary-D01 (.ca, list form, Audible credit)', () => {
    const html = readFileSync(`${CORPUS}aoca_order-summary-D01-4163891-0896264.html`, 'utf8')
    const r = parseDigitalSummary(parseHtml(html), corpusContext('amazon.ca', 'en', 'https://www.amazon.ca/gp/digital/your-account/order-summary.html?orderID=D01-4163891-0896264'))
    expect(r.complete).toBe(true)
    expect(r.value[0]).toMatchObject({ orderId: 'D01-4163891-0896264', placedOn: '2024-05-05', total: { minor: 0, currency: 'CAD' }, digital: true })
    expect(r.value[0]!.shipments[0]!.items).toEqual([{ title: 'Prisoner B-3087', asin: 'B0711LDND9', quantity: 1, unitPrice: { minor: 2120, currency: 'CAD' } }])
  })

  it.skipIf(!present)('bi_de_DE_D22 (.de, table form) matches its beancount expectation', () => {
    const html = readFileSync(`${CORPUS}bi_de_DE_D22-9220967-2566135.html`, 'utf8')
    const expected = JSON.parse(readFileSync(`${CORPUS}bi_de_DE_D22-9220967-2566135.json`, 'utf8'))
    const r = parseDigitalSummary(parseHtml(html), corpusContext('amazon.de', 'de', 'https://www.amazon.de/gp/digital/your-account/order-summary.html?orderID=D22-9220967-2566135'))
    expect(r.complete).toBe(true)
    const o = r.value[0]!
    expect(o.orderId).toBe(expected.order_id)
    expect(o.placedOn).toBe(expected.order_date)
    expect(o.total).toEqual({ minor: 995, currency: 'EUR' })
    const item = expected.shipments[0].items[0]
    expect(o.shipments[0]!.items).toEqual([{ title: item.description, asin: 'B08H5XW8SJ', quantity: 1, unitPrice: { minor: 995, currency: 'EUR' } }])
    expect(r.issues).toContainEqual({ site: 'digitalSummary.orderDate', variant: 1 })
  })
})

describe('parseDigitalSummary on damaged pages', () => {
  const pages = ['amazon.de/digital-summary/2025-03_de_kindle-book.html', 'amazon.com/digital-summary/2025-07_en_kindle-book.html'].map(loadFixture)

  it('never throws on a truncated page, and a complete result always has a date, a total and an item', () => {
    fc.assert(fc.property(fc.nat(pages.length - 1), fc.nat(), (i, cut) => {
      const p = pages[i]!
      const r = parseDigitalSummary(parseHtml(p.html.slice(0, cut % (p.html.length + 1))), p.ctx)
      if (!r.complete) return true
      const o = r.value[0]!
      return o.placedOn !== undefined && o.total !== null && o.shipments[0]!.items.length > 0
    }), { numRuns: 300 })
  })
})
