// Golden test over the shared real-page corpus (read in place): every page's kind and reading, plus cross-checks
// against the azad and beancount expected files and against card counts taken straight from the HTML.
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPage } from '../../src/amazon/read-page.ts'
import { CORPUS_DIR, corpusPresent, loadCorpus, readAzadBundle } from './corpus-index.ts'
import { goldenJson, readingView } from './reading-view.ts'

const present = corpusPresent()
if (!present) console.warn(`\n*** NOTICE: ${CORPUS_DIR} is absent; the real-page corpus tests are skipped (issue 4) ***\n`)

const EXPECTED_DIR = new URL('../fixtures/amazon-corpus-expected/', import.meta.url)
const pages = present ? loadCorpus() : []
const readings = new Map(pages.map((p) => [p.name, readPage(p.url, p.html, { captured: p.captured })]))
const reading = (name: string) => readings.get(name)!

// Card counts straight from the markup, independent of the parser: L1–L3 wrappers, else L0 card boxes.
function cardsInSource(html: string): number {
  const modern = html.match(/class="order-card js-order-card"/g)?.length ?? 0
  if (modern > 0) return modern
  return html.match(/class="a-box-group a-spacing-base order(?: js-order-card)?"/g)?.length ?? 0
}

describe.skipIf(!present)('real-page corpus (issue 4)', () => {
  it('covers every HTML page and azad bundle of the corpus', () => {
    const manifest = readFileSync(`${CORPUS_DIR}MANIFEST.tsv`, 'utf8').split('\n').slice(1).map((l) => l.split('\t')[0]!).filter((f) => f !== '')
    const covered = new Set(pages.map((p) => p.file))
    const pageFiles = manifest.filter((f) => f.endsWith('.html') || f.includes('_input_'))
    expect(pageFiles.filter((f) => !covered.has(f))).toEqual([])
  })

  for (const p of pages) {
    it(`${p.name}: classified as ${p.kind}`, () => {
      expect(reading(p.name).kind).toBe(p.kind)
    })
    it(`${p.name}: reading matches its expected file`, async () => {
      const file = new URL(`${p.name.replace('#', '.')}.expected.json`, EXPECTED_DIR)
      await expect(goldenJson(readingView(reading(p.name)))).toMatchFileSnapshot(file.pathname)
    })
  }

  it('yields exactly one order per card on every list page, each id present in the page', () => {
    for (const p of pages.filter((x) => x.kind === 'order-list')) {
      const r = reading(p.name)
      expect(r.ok, p.name).toBe(true)
      expect(r.orders.length, p.name).toBe(cardsInSource(p.html))
      for (const o of r.orders) expect(p.html.includes(o.orderId), `${p.name} ${o.orderId}`).toBe(true)
    }
  })

  it('never presents a page with a missing required field as complete', () => {
    for (const r of readings.values()) {
      if (!r.complete) continue
      expect(r.ok).toBe(true)
      expect(r.issues.some((i) => 'problem' in i && ['missing', 'date-unparsed', 'money-unparsed', 'parser-error'].includes(i.problem))).toBe(false)
    }
  })

  it('reads no orders from challenge, sign-in, error or unknown pages', () => {
    for (const p of pages.filter((x) => ['sign-in', 'mfa', 'captcha', 'bot-challenge', 'robot-block', 'unknown'].includes(x.kind))) {
      expect(reading(p.name).orders, p.name).toEqual([])
      expect(reading(p.name).ok, p.name).toBe(false)
    }
  })

  it('agrees with the azad expected files on id, date and total', () => {
    const checks = [
      { bundle: 'az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json', expected: 'az_amazon.co.uk_expected_026-5653597-4769168_2019-10-28.json', pages: ['list', 'detail'], total: { minor: 8740, currency: 'GBP' } },
      { bundle: 'az_amazon.co.uk_input_D01-8755888-0539825_2019-11-01.json', expected: 'az_amazon.co.uk_expected_D01-8755888-0539825_2019-11-01.json', pages: ['list'], total: { minor: 347, currency: 'GBP' } },
      { bundle: 'az_amazon.com_input_002-9651082-1715432_2019-11-02.json', expected: 'az_amazon.com_expected_002-9651082-1715432_2019-11-02.json', pages: ['detail'], total: { minor: 1771, currency: 'USD' } },
    ]
    for (const c of checks) {
      const exp = JSON.parse(readFileSync(`${CORPUS_DIR}${c.expected}`, 'utf8')) as { id: string; date: string; total: string }
      expect(readAzadBundle(c.bundle).id).toBe(exp.id)
      for (const which of c.pages) {
        const order = reading(`${c.bundle}#${which}`).orders.find((o) => o.orderId === exp.id)
        expect(order, `${c.bundle}#${which}`).toBeDefined()
        expect(order!.placedOn).toBe(exp.date)
        expect(order!.total).toEqual(c.total)
      }
    }
  })

  it('marks the 2019 .com lists that lack the order header as incomplete instead of guessing date and total', () => {
    for (const [bundle, id] of [['az_amazon.com_input_002-9651082-1715432_2019-11-02.json', '002-9651082-1715432'], ['az_amazon.com_input_112-1620771-4384234_2019-11-18.json', '112-1620771-4384234']] as const) {
      const r = reading(`${bundle}#list`)
      const order = r.orders.find((o) => o.orderId === id)
      expect(order).toBeDefined()
      expect(order!.placedOn).toBeUndefined()
      expect(order!.total).toBeNull()
      expect(r.complete).toBe(false)
    }
  })

  it('keys a digital order by its D-id and keeps the displayed id as an alias (reference §3.2 trap)', () => {
    for (const name of ['ao_order-history-2024-0.html', 'ao_order-details-112-9087159-1657009.html']) {
      const order = reading(name).orders.find((o) => o.orderId === 'D01-8711688-7680252')
      expect(order, name).toBeDefined()
      expect(order!.aliases).toEqual(['112-9087159-1657009'])
      expect(order!.digital).toBe(true)
    }
    // The archive link's token=142-… has the shape of an order id and must never surface.
    const all = reading('ao_order-history-2024-0.html').orders.flatMap((o) => [o.orderId, ...(o.aliases ?? [])])
    expect(all.some((id) => id.startsWith('142-'))).toBe(false)
  })

  it('keys shipments by the track link parameters, whatever their order, packageIndex defaulting to 0', () => {
    const store = reading('ao_order-history-amazon-store.html').orders.find((o) => o.orderId === '111-1470863-4415403')!
    expect(store.shipments[0]!.shipmentId).toBe('BxL8CNxWM')
    expect(store.shipments[0]!.packageIndex).toBe(0)
    expect(store.shipments[0]!.key).toBe('amazon.com:111-1470863-4415403:s-BxL8CNxWM-0')
    const details = reading('ao_order-details-112-9685975-5907428.html').orders[0]!
    expect(details.shipments.map((s) => s.shipmentId)).toEqual(['X42HwBr10', 'Xtn5lYRx0'])
  })

  it('agrees with the beancount expected files (date, shipments, items, ship dates, charged total) where the invoice and digital-summary readers give a result', () => {
    for (const name of ['bi_166-7926740-5141621', 'bi_de_DE_142-4912939-2196263', 'bi_de_DE_D22-9220967-2566135']) {
      const expectedFile = `${CORPUS_DIR}${name}.json`
      if (!existsSync(expectedFile)) continue
      const exp = JSON.parse(readFileSync(expectedFile, 'utf8')) as {
        order_id: string
        order_date: string
        shipments: Array<{ shipped_date: string | null; items: unknown[] }>
        credit_card_transactions: Array<{ amount: { number: string; currency: string } }>
      }
      const r = reading(`${name}.html`)
      if (!r.ok) {
        console.warn(`NOTICE: ${name}.html (${r.kind}) has no reader yet; beancount cross-check skipped`)
        continue
      }
      const order = r.orders.find((o) => o.orderId === exp.order_id)
      expect(order, name).toBeDefined()
      expect(order!.placedOn).toBe(exp.order_date)
      expect(order!.shipments.map((s) => s.items.length), name).toEqual(exp.shipments.map((s) => s.items.length))
      // Digital orders have no ship date on the page (beancount copies the order date there).
      if (!order!.digital) expect(order!.shipments.map((s) => s.shippedOn ?? null), name).toEqual(exp.shipments.map((s) => s.shipped_date))
      const charged = exp.credit_card_transactions.map((t) => t.amount)
      if (charged.length === 1) expect(order!.total, name).toEqual({ minor: Math.round(Number(charged[0]!.number) * 100), currency: charged[0]!.currency })
    }
  })
})
