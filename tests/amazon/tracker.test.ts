// Tracker parser: every synthetic tracker fixture read completely, carrier detection on its number, and failure modes.
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/amazon/html.ts'
import { readPage } from '../../src/amazon/read-page.ts'
import { parseTracker, readPageState, statusOfDetailedState, trackingIdFromText } from '../../src/amazon/parse-tracker.ts'
import { detect } from '../../src/core/tracking/detect.ts'
import { fixturesOfKind, loadFixture } from './synthetic-fixture.ts'

interface Expected {
  trackingId: string
  family: string
  carrier?: string
  status: string
  shippedOn?: string
  deliveredOn?: string
  expectedOn?: string
}

// What each fixture states, written out by hand from the fixture text (not from the parser's output).
const EXPECTED: Record<string, Expected> = {
  'amazon.de/tracker/2025-03_de_dhl-delivered.html': { trackingId: '00340434123456789012', family: 'dhl', carrier: 'Versendet mit DHL', status: 'delivered', shippedOn: '2025-03-04', deliveredOn: '2025-03-05' },
  'amazon.de/tracker/2025-03_de_hermes-in-transit.html': { trackingId: '04800175123452', family: 'hermes', carrier: 'Versendet mit Hermes', status: 'shipped', shippedOn: '2025-03-04', expectedOn: '2025-03-07' },
  'amazon.de/tracker/2025-03_de_amzl-json-only.html': { trackingId: 'AF4829175036', family: 'amazon', status: 'delivered', shippedOn: '2025-02-27', deliveredOn: '2025-02-28' },
  'amazon.co.uk/tracker/2025-03_en_royal-mail-delivered.html': { trackingId: 'TT202503111GB', family: 'royal-mail', carrier: 'Shipped with Royal Mail', status: 'delivered', shippedOn: '2025-03-03', deliveredOn: '2025-03-04' },
  'amazon.co.uk/tracker/2023-11_en_legacy-carrier-info.html': { trackingId: 'QF202311045GB', family: 'royal-mail', carrier: 'Delivery by Royal Mail', status: 'delivered', shippedOn: '2023-11-02', deliveredOn: '2023-11-04' },
  'amazon.fr/tracker/2025-03_fr_colissimo-in-transit.html': { trackingId: '6A25031012345', family: 'la-poste', carrier: 'Expédié avec Colissimo', status: 'shipped', shippedOn: '2025-03-06', expectedOn: '2025-03-10' },
  'amazon.it/tracker/2025-03_it_ups-out-for-delivery.html': { trackingId: '1ZEX12346800045674', family: 'ups', carrier: 'Spedito con UPS', status: 'out-for-delivery', shippedOn: '2025-03-05', expectedOn: '2025-03-07' },
  'amazon.es/tracker/2025-03_es_correos-delivered.html': { trackingId: 'CP202503125ES', family: 'post', carrier: 'Enviado con Correos', status: 'delivered', shippedOn: '2025-03-04', deliveredOn: '2025-03-05' },
  'amazon.co.jp/tracker/2025-04_ja_japan-post-delivered.html': { trackingId: '15105034560', family: 'japan-post', carrier: '配送業者: 日本郵便', status: 'delivered', shippedOn: '2025-03-31', deliveredOn: '2025-04-01' },
  'amazon.com/tracker/2025-07_en_ups-delivered.html': { trackingId: '1ZEX12346700012344', family: 'ups', carrier: 'Shipped with UPS', status: 'delivered', shippedOn: '2025-07-15', deliveredOn: '2025-07-16' },
  'amazon.com/tracker/2025-07_en_usps-delivered.html': { trackingId: '9400111202555000012341', family: 'usps', carrier: 'Shipped with USPS', status: 'delivered', shippedOn: '2025-07-11', deliveredOn: '2025-07-12' },
  'amazon.com/tracker/2025-07_en_amzl-in-transit.html': { trackingId: 'TBA312345678901', family: 'amazon', carrier: 'Shipped with AMZL US', status: 'shipped', shippedOn: '2025-07-16', expectedOn: '2025-07-18' },
}

describe('parseTracker on the synthetic tracker fixtures', () => {
  const files = fixturesOfKind('tracker')

  it('has an expectation for every tracker fixture', () => {
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort())
  })

  for (const file of files) {
    it(`reads ${file} completely`, () => {
      const { doc, ctx } = loadFixture(file)
      const want = EXPECTED[file]!
      const r = parseTracker(doc, ctx)
      expect(r.complete).toBe(true)
      expect(r.issues.filter((i) => 'problem' in i)).toEqual([])
      expect(r.value).toHaveLength(1)
      const order = r.value[0]!
      const params = ctx.url.searchParams
      expect(order.orderId).toBe(params.get('orderId'))
      expect(order.marketplace).toBe(ctx.marketplace.id)
      expect(order.shipments).toHaveLength(1)
      const s = order.shipments[0]!
      expect(s.shipmentId).toBe(params.get('shipmentId'))
      expect(s.packageIndex).toBe(Number(params.get('packageIndex')))
      expect(s.key).toBe(`${ctx.marketplace.id}:${order.orderId}:s-${params.get('shipmentId')}-0`)
      expect(s.trackingIds).toEqual([want.trackingId])
      expect(s.carrier).toBe(want.carrier)
      expect(s.status).toBe(want.status)
      expect(s.shippedOn).toBe(want.shippedOn)
      expect(s.deliveredOn).toBe(want.deliveredOn)
      expect(s.expectedOn).toBe(want.expectedOn)
      expect(s.source).toBe('page')
    })

    it(`${file}: its tracking number is detected as the carrier the page names`, () => {
      const { doc, ctx } = loadFixture(file)
      const s = parseTracker(doc, ctx).value[0]!.shipments[0]!
      const best = detect(s.trackingIds[0]!, { marketplace: ctx.marketplace.id, carrierText: s.carrier })[0]
      expect(best?.family).toBe(EXPECTED[file]!.family)
    })
  }
})

describe('parseTracker failure modes', () => {
  const dhl = loadFixture('amazon.de/tracker/2025-03_de_dhl-delivered.html')

  it('is incomplete when the page-state JSON and the delivery card name different numbers', () => {
    const html = dhl.html.replace('"trackingId":"00340434123456789012"', '"trackingId":"00340434987654321098"')
    const r = parseTracker(parseHtml(html), dhl.ctx)
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'shipment.trackingIds', problem: 'card-and-page-state-differ' })
  })

  it('is incomplete when neither the card nor the JSON holds a tracking number', () => {
    const html = dhl.html.replace('"trackingId":"00340434123456789012",', '').replace(/Trackingnummer 00340434123456789012/, 'Trackingnummer')
    const r = parseTracker(parseHtml(html), dhl.ctx)
    expect(r.complete).toBe(false)
    expect(r.value[0]!.shipments[0]!.trackingIds).toEqual([])
    expect(r.issues).toContainEqual({ field: 'shipment.trackingIds', problem: 'missing' })
  })

  it('falls back to the card when the JSON is broken, and says so', () => {
    const html = dhl.html.replace('{"orderId"', '{orderId')
    const r = parseTracker(parseHtml(html), dhl.ctx)
    expect(r.value[0]!.shipments[0]!.trackingIds).toEqual(['00340434123456789012'])
    expect(r.issues).toContainEqual({ field: 'tracker.pageState', problem: 'json-unreadable' })
  })

  it('takes the order id from the page-state JSON when the URL has none', () => {
    const ctx = { ...dhl.ctx, url: new URL('https://www.amazon.de/progress-tracker/package/?orderingShipmentId=1234567890') }
    const r = parseTracker(dhl.doc, ctx)
    expect(r.value[0]!.orderId).toBe('303-4827163-2049183')
    expect(r.value[0]!.shipments[0]!.shipmentId).toBeUndefined()
    expect(r.value[0]!.shipments[0]!.key).toBe('amazon.de:303-4827163-2049183:t-00340434123456789012')
  })

  it('gives no order and an incomplete result without any order id', () => {
    const html = dhl.html.replace('"orderId":"303-4827163-2049183",', '')
    const ctx = { ...dhl.ctx, url: new URL('https://www.amazon.de/progress-tracker/package/') }
    const r = parseTracker(parseHtml(html), ctx)
    expect(r.value).toEqual([])
    expect(r.complete).toBe(false)
  })

  it('flags a URL order id that contradicts the page', () => {
    const ctx = { ...dhl.ctx, url: new URL(dhl.ctx.url.href.replace('303-4827163-2049183', '303-1111111-2222222')) }
    const r = parseTracker(dhl.doc, ctx)
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'order.orderId', problem: 'url-and-page-state-differ' })
  })

  it('reads an empty page as an incomplete nothing', () => {
    const r = parseTracker(parseHtml(''), { ...dhl.ctx, url: new URL('https://www.amazon.de/progress-tracker/package/') })
    expect(r).toEqual({ value: [], issues: expect.any(Array), complete: false })
  })
})

describe('tracker helpers', () => {
  it.each([
    ['Tracking ID: TBA312345678901', 'TBA312345678901'],
    ['Trackingnummer 00340434123456789012', '00340434123456789012'],
    ['Trackingnummer 0034 0434 1234 5678 9012', '00340434123456789012'],
    ['Numéro de suivi 6A25031012345', '6A25031012345'],
    ['お問い合わせ伝票番号：1510-5034-560', '15105034560'],
    ['ID de seguimiento: CP202503125ES', 'CP202503125ES'],
    ['Tracking ID:', undefined],
    ['Versendet mit DHL', undefined],
  ])('trackingIdFromText(%j) = %j', (text, want) => {
    expect(trackingIdFromText(text)).toBe(want)
  })

  it.each([
    ['DELIVERED', 'delivered'],
    ['OUT_FOR_DELIVERY', 'out-for-delivery'],
    ['IN_TRANSIT', 'shipped'],
    ['DELIVERY_ATTEMPTED', 'shipped'],
    ['ORDER_PLACED', 'pending'],
    ['CANCELLED', 'cancelled'],
    ['RETURNED', 'returned'],
    ['SOMETHING_NEW', undefined],
  ])('statusOfDetailedState(%j) = %j', (code, want) => {
    expect(statusOfDetailedState(code)).toBe(want)
  })

  it('readPageState keeps only string fields of a JSON object', () => {
    expect(readPageState('[1,2]')).toBeUndefined()
    expect(readPageState('not json')).toBeUndefined()
    expect(readPageState('{"orderId":5,"trackingId":"TBA1","promise":{"promiseMessage":"Arriving"},"detailedState":null}'))
      .toEqual({ trackingId: 'TBA1', promiseMessage: 'Arriving' })
  })

  it('trackingIdFromText never throws and yields only 6–40 upper-case letters and digits', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (s) => {
      const t = trackingIdFromText(s)
      return t === undefined || /^[A-Z0-9]{6,40}$/.test(t)
    }), { numRuns: 2000 })
  })
})

describe('parseTracker on damaged pages', () => {
  const pages = fixturesOfKind('tracker').map(loadFixture)

  it('never throws on a truncated or spliced page, and a complete result always names an order and a number', () => {
    fc.assert(fc.property(fc.nat(pages.length - 1), fc.nat(), fc.nat(), fc.string({ maxLength: 40 }), (i, cut, at, junk) => {
      const p = pages[i]!
      const n = cut % (p.html.length + 1)
      const m = at % (n + 1)
      const html = p.html.slice(0, m) + junk + p.html.slice(m, n)
      const r = parseTracker(parseHtml(html), p.ctx)
      if (!r.complete) return true
      return r.value.length === 1 && r.value[0]!.shipments[0]!.trackingIds.length === 1
    }), { numRuns: 300 })
  })
})

describe('year-less tracker dates', () => {
  // "Zugestellt am 5. März" read long after the delivery (tests/e2e/ledger.e2e.test.ts found the year drifting).
  const page = readFileSync(new URL('../fixtures/amazon/amazon.de/tracker/2025-03_de_dhl-delivered.html', import.meta.url), 'utf8')
  const url = /^url: (.+)$/m.exec(page)![1]!
  const delivered = (ctx: { captured: string; orderPlacedOn?: string }) => readPage(url, page, ctx).orders[0]?.shipments[0]?.deliveredOn

  it('anchors on the order date the ledger holds', () => {
    expect(delivered({ captured: '2026-11-22', orderPlacedOn: '2025-03-01' })).toBe('2025-03-05')
  })
  it('without an order date, takes the latest 5 March on or before the capture day, never a future one', () => {
    expect(delivered({ captured: '2025-03-20' })).toBe('2025-03-05')
    expect(delivered({ captured: '2025-09-10' })).toBe('2025-03-05')
    expect(delivered({ captured: '2026-11-22' })).toBe('2026-03-05')
  })
})
