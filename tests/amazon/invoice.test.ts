// Print invoice parser: synthetic .de/.com invoices, the corpus invoices against their beancount expectations, failure modes.
import fc from 'fast-check'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/amazon/html.ts'
import { parseInvoice } from '../../src/amazon/parse-invoice.ts'
import type { PageContext } from '../../src/amazon/page-context.ts'
import { languagePack } from '../../src/core/locale/languages/index.ts'
import { marketplaceById } from '../../src/core/locale/marketplaces.ts'
import { loadFixture } from './synthetic-fixture.ts'

const CORPUS = fileURLToPath(new URL('../../../shared/fixtures/amazon-pages/', import.meta.url))

function corpusContext(marketplace: string, language: string, url: string): PageContext {
  return { url: new URL(url), marketplace: marketplaceById(marketplace)!, language, pack: languagePack(language)!, captured: '2024-11-15' }
}

describe('parseInvoice on synthetic invoices', () => {
  it('reads the amazon.de two-shipment invoice: one dated shipment, one "Versand in Kürze", a zero-price sample', () => {
    const { doc, ctx } = loadFixture('amazon.de/invoice/2025-03_de_two-shipments.html')
    const r = parseInvoice(doc, ctx)
    expect(r.complete).toBe(true)
    expect(r.value).toHaveLength(1)
    const o = r.value[0]!
    expect(o).toMatchObject({ key: 'amazon.de:303-7719254-8830127', orderId: '303-7719254-8830127', placedOn: '2025-02-26', total: { minor: 8497, currency: 'EUR' }, digital: false })
    expect(o.shipments.map((s) => [s.key, s.status, s.shippedOn])).toEqual([
      ['amazon.de:303-7719254-8830127:d-2025-02-27', 'shipped', '2025-02-27'],
      ['amazon.de:303-7719254-8830127:n-1', 'pending', undefined],
    ])
    expect(o.shipments[0]!.items).toEqual([
      { title: 'Kaffeebohnen Espresso, 1 kg', quantity: 2, unitPrice: { minor: 1899, currency: 'EUR' } },
      { title: 'Gratisprobe: Handcreme, 5 ml', quantity: 1, unitPrice: { minor: 0, currency: 'EUR' }, sample: true },
    ])
    expect(o.shipments[1]!.items).toEqual([{ title: 'Wasserkocher aus Edelstahl, 1,7 l', quantity: 1, unitPrice: { minor: 4699, currency: 'EUR' } }])
  })

  it('calls an undated box heading with no known phrase not yet shipped, and says it inferred that', () => {
    const f = loadFixture('amazon.de/invoice/2025-03_de_two-shipments.html')
    const r = parseInvoice(parseHtml(f.html.replace('<center>Versand in Kürze</center>', '<center>Demnächst</center>')), f.ctx)
    expect(r.value[0]!.shipments[1]!.status).toBe('pending')
    expect(r.issues).toContainEqual({ field: 'shipment.status', problem: 'inferred-pending' })
    expect(r.complete).toBe(true)
  })

  it('reads the amazon.com one-shipment invoice', () => {
    const { doc, ctx } = loadFixture('amazon.com/invoice/2025-07_en_one-shipment.html')
    const r = parseInvoice(doc, ctx)
    expect(r.complete).toBe(true)
    expect(r.issues.filter((i) => 'problem' in i || 'miss' in i)).toEqual([])
    const o = r.value[0]!
    expect(o).toMatchObject({ orderId: '112-3385920-7712046', placedOn: '2025-07-14', total: { minor: 2167, currency: 'USD' } })
    expect(o.shipments).toHaveLength(1)
    expect(o.shipments[0]).toMatchObject({ status: 'shipped', shippedOn: '2025-07-15', items: [{ title: 'Stainless steel water bottle, 24 oz', quantity: 1, unitPrice: { minor: 1999, currency: 'USD' } }] })
  })

  it('takes the id from the heading when the URL has none', () => {
    const { doc, ctx } = loadFixture('amazon.com/invoice/2025-07_en_one-shipment.html')
    const r = parseInvoice(doc, { ...ctx, url: new URL('https://www.amazon.com/gp/css/summary/print.html') })
    expect(r.value[0]!.orderId).toBe('112-3385920-7712046')
  })

  it('is incomplete without the order total', () => {
    const f = loadFixture('amazon.com/invoice/2025-07_en_one-shipment.html')
    const html = f.html.replace('<b>Order Total: $21.67</b>', '<b>Order Total:</b>')
    const r = parseInvoice(parseHtml(html), f.ctx)
    expect(r.complete).toBe(false)
    expect(r.value[0]!.total).toBeNull()
  })

  it('is incomplete when no box lists items', () => {
    const f = loadFixture('amazon.com/invoice/2025-07_en_one-shipment.html')
    const html = f.html.replace(/<i>[^<]*<\/i>/g, '')
    const r = parseInvoice(parseHtml(html), f.ctx)
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'order.shipments', problem: 'missing' })
  })

  it('gives nothing for a page without any order id', () => {
    const f = loadFixture('amazon.com/invoice/2025-07_en_one-shipment.html')
    const r = parseInvoice(parseHtml('<html><body><b class="h1">Final Details</b></body></html>'), { ...f.ctx, url: new URL('https://www.amazon.com/gp/css/summary/print.html') })
    expect(r).toMatchObject({ value: [], complete: false })
  })
})

describe('parseInvoice on the real corpus (read in place)', () => {
  const present = existsSync(CORPUS)
  if (!present) console.warn(`\n*** NOTICE: ${CORPUS} is absent; corpus invoice tests are skipped ***\n`)

  it.skipIf(!present)('bi_166 (.com, 2016) matches its beancount expectation', () => {
    const html = readFileSync(`${CORPUS}bi_166-7926740-5141621.html`, 'utf8')
    const expected = JSON.parse(readFileSync(`${CORPUS}bi_166-7926740-5141621.json`, 'utf8'))
    const r = parseInvoice(parseHtml(html), corpusContext('amazon.com', 'en', 'https://www.amazon.com/gp/css/summary/print.html?orderID=166-7926740-5141621'))
    expect(r.complete).toBe(true)
    const o = r.value[0]!
    expect(o.orderId).toBe(expected.order_id)
    expect(o.placedOn).toBe(expected.order_date)
    expect(o.total).toEqual({ minor: 1194, currency: 'USD' })
    expect(o.shipments.map((s) => s.shippedOn ?? null)).toEqual(expected.shipments.map((s: { shipped_date: string | null }) => s.shipped_date))
    expect(o.shipments[0]!.items.map((i) => [i.quantity, i.unitPrice?.minor])).toEqual([[1, 1187]])
  })

  it.skipIf(!present)('bi_de_DE_142 (.de, 2022, not yet shipped) matches its beancount expectation', () => {
    const html = readFileSync(`${CORPUS}bi_de_DE_142-4912939-2196263.html`, 'utf8')
    const expected = JSON.parse(readFileSync(`${CORPUS}bi_de_DE_142-4912939-2196263.json`, 'utf8'))
    const r = parseInvoice(parseHtml(html), corpusContext('amazon.de', 'de', 'https://www.amazon.de/gp/css/summary/print.html?orderID=142-4912939-2196263'))
    expect(r.complete).toBe(true)
    const o = r.value[0]!
    expect(o.orderId).toBe(expected.order_id)
    expect(o.placedOn).toBe(expected.order_date)
    expect(o.total).toEqual({ minor: 1599, currency: 'EUR' })
    expect(o.shipments.map((s) => s.shippedOn ?? null)).toEqual([null])
    expect(o.shipments[0]!.status).toBe('pending')
    expect(o.shipments[0]!.items[0]).toMatchObject({ quantity: 1, unitPrice: { minor: 1599, currency: 'EUR' }, title: expected.shipments[0].items[0].description })
  })
})

describe('parseInvoice on damaged pages', () => {
  const pages = ['amazon.de/invoice/2025-03_de_two-shipments.html', 'amazon.com/invoice/2025-07_en_one-shipment.html'].map(loadFixture)

  it('never throws on a truncated page, and a complete result always has a date, a total and items', () => {
    fc.assert(fc.property(fc.nat(pages.length - 1), fc.nat(), (i, cut) => {
      const p = pages[i]!
      const r = parseInvoice(parseHtml(p.html.slice(0, cut % (p.html.length + 1))), p.ctx)
      if (!r.complete) return true
      const o = r.value[0]!
      return o.placedOn !== undefined && o.total !== null && o.shipments.length > 0 && o.shipments.every((s) => s.items.length > 0)
    }), { numRuns: 300 })
  })
})
