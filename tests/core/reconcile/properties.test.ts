// Properties of reconcile (fast-check): one outcome per parcel, order independence, stability, one parcel per tracking ID.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, orderKey, shipmentKey, type Coverage, type Decision, type Ledger, type Order, type Parcel, type Shipment } from '../../../src/core/model/index.ts'
import { reconcile } from '../../../src/core/reconcile/reconcile.ts'
import { SETTINGS, TODAY } from './build.ts'

// Small pools so that numbers, dates, senders and order ids collide often.
const TRACKING = ['TBA000000000001', 'TBA000000000002', 'TBA000000000003', '1Z999AA10123456784', '00340434161094042557', '340434161094042557', 'TBA999999999999', 'JJD000390007843530']
const MARKETPLACES = ['amazon.com', 'amazon.de']
const CARRIERS = ['AMZN_US', 'UPS', 'Versendet mit DHL', undefined]
type Drafted<A> = A extends fc.Arbitrary<infer T> ? T : never
const day = fc.integer({ min: -80, max: 0 }).map((n) => addDays(TODAY, n))

const shipmentArb = fc.record({
  status: fc.constantFrom('delivered', 'shipped', 'pending', 'cancelled', 'unknown') as fc.Arbitrary<Shipment['status']>,
  trackingIds: fc.uniqueArray(fc.constantFrom(...TRACKING), { maxLength: 2 }),
  carrier: fc.constantFrom(...CARRIERS),
  shippedOn: fc.option(day, { nil: undefined }),
  deliveredOn: fc.option(day, { nil: undefined }),
  title: fc.constantFrom('Kettle', 'Free sample coffee', 'Gratisprobe', 'Socks'),
  price: fc.constantFrom(0, 999, undefined),
})

const orderArb = fc.record({
  marketplace: fc.constantFrom(...MARKETPLACES),
  n: fc.integer({ min: 1, max: 6 }),
  placedOn: fc.option(day, { nil: undefined }),
  shipments: fc.array(shipmentArb, { minLength: 0, maxLength: 3 }),
})

function toLedger(drafts: Array<Drafted<typeof orderArb>>, coverage: Coverage[]): Ledger {
  const seen = new Set<string>()
  const orders: Order[] = []
  for (const d of drafts) {
    const orderId = `111-000000${d.n}-0000001`
    const key = orderKey(d.marketplace, orderId)
    if (seen.has(key)) continue
    seen.add(key)
    orders.push({
      key, marketplace: d.marketplace, orderId, digital: false, ...(d.placedOn ? { placedOn: d.placedOn } : {}),
      shipments: d.shipments.map((s, i): Shipment => ({
        key: shipmentKey(d.marketplace, orderId, { position: i }), orderKey: key, status: s.status, trackingIds: s.trackingIds,
        ...(s.carrier ? { carrier: s.carrier } : {}), ...(s.shippedOn ? { shippedOn: s.shippedOn } : {}), ...(s.deliveredOn ? { deliveredOn: s.deliveredOn } : {}),
        items: [{ title: s.title, quantity: 1, ...(s.price !== undefined ? { unitPrice: { minor: s.price, currency: 'USD' } } : {}) }],
        source: 'page',
      })),
    })
  }
  return { orders, coverage }
}

const coverageArb = fc.array(fc.record({
  marketplace: fc.constantFrom(...MARKETPLACES),
  from: fc.integer({ min: -200, max: -30 }).map((n) => addDays(TODAY, n)),
  to: fc.integer({ min: -40, max: 0 }).map((n) => addDays(TODAY, n)),
  source: fc.constantFrom('export', 'sync') as fc.Arbitrary<Coverage['source']>,
}), { maxLength: 3 })

const parcelArb = fc.record({
  receivedOn: day,
  trackingNumbers: fc.uniqueArray(fc.constantFrom(...TRACKING), { maxLength: 2 }),
  slipOrderId: fc.option(fc.constantFrom('111-0000001-0000001', '111-0000003-0000001', '999-9999999-9999999'), { nil: undefined }),
  sender: fc.option(fc.constantFrom('Acme', ' acme ', 'Other'), { nil: undefined }),
  contents: fc.option(fc.constantFrom('socks', 'seeds'), { nil: undefined }),
  carrier: fc.option(fc.constantFrom('amazon', 'ups', 'dhl'), { nil: undefined }),
  amazonPackaging: fc.option(fc.boolean(), { nil: undefined }),
  samplesCard: fc.option(fc.constantFrom('', 'Enjoy'), { nil: undefined }),
})

function toParcels(drafts: Array<Drafted<typeof parcelArb>>): Parcel[] {
  return drafts.map((d, i) => {
    const p: Parcel = { id: `p${i}`, receivedOn: d.receivedOn, trackingNumbers: d.trackingNumbers }
    for (const k of ['slipOrderId', 'sender', 'contents', 'carrier', 'amazonPackaging', 'samplesCard'] as const) if (d[k] !== undefined) (p as unknown as Record<string, unknown>)[k] = d[k]
    return p
  })
}

const decisionArb = fc.record({
  kind: fc.constantFrom('confirm', 'reject', 'explain', 'received', 'not-received', 'ignore') as fc.Arbitrary<Decision['kind']>,
  parcel: fc.integer({ min: 0, max: 7 }),
  marketplace: fc.constantFrom(...MARKETPLACES),
  n: fc.integer({ min: 1, max: 6 }),
  position: fc.integer({ min: 0, max: 2 }),
  explanation: fc.constantFrom('gift', 'vine', 'amazon-samples'),
  at: fc.integer({ min: 1, max: 4 }),
})

function toDecisions(drafts: Array<Drafted<typeof decisionArb>>): Decision[] {
  return drafts.map((d): Decision => {
    const key = shipmentKey(d.marketplace, `111-000000${d.n}-0000001`, { position: d.position })
    const decidedAt = `2026-11-1${d.at}T00:00:00.000Z`
    const parcelId = `p${d.parcel}`
    switch (d.kind) {
      case 'confirm': case 'reject': return { kind: d.kind, parcelId, shipmentKey: key, decidedAt }
      case 'explain': return { kind: 'explain', parcelId, explanation: d.explanation as 'gift', decidedAt }
      default: return { kind: d.kind as 'received', shipmentKey: key, decidedAt }
    }
  })
}

const world = fc.record({
  orders: fc.array(orderArb, { maxLength: 6 }),
  coverage: coverageArb,
  parcels: fc.array(parcelArb, { maxLength: 8 }),
  decisions: fc.array(decisionArb, { maxLength: 5 }),
})

function shuffle<T>(xs: readonly T[], seed: number): T[] {
  const out = [...xs]
  let s = seed >>> 0 || 1
  for (let i = out.length - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0
    const j = s % (i + 1)
    ;[out[i], out[j]] = [out[j]!, out[i]!]
  }
  return out
}

describe('reconcile properties', () => {
  it('gives every parcel exactly one outcome, and reports each shipment at most once, matched ones always', () => {
    fc.assert(fc.property(world, (w) => {
      const ledger = toLedger(w.orders, w.coverage)
      const parcels = toParcels(w.parcels)
      const r = reconcile(ledger, parcels, toDecisions(w.decisions), SETTINGS, TODAY)
      expect(r.parcels.map((o) => o.parcelId)).toEqual(parcels.map((p) => p.id).sort())
      const keys = r.shipments.map((s) => s.shipmentKey)
      const ledgerKeys = new Set(ledger.orders.flatMap((o) => o.shipments.map((s) => s.key)))
      expect(keys).toEqual([...new Set(keys)].sort())
      for (const k of keys) expect(ledgerKeys.has(k)).toBe(true)
      const reported = new Set(keys)
      // (A user's confirm may name a shipment the ledger no longer holds: the decision still wins for the parcel.)
      for (const o of r.parcels) if (o.outcome === 'matched' && o.shipmentKey && ledgerKeys.has(o.shipmentKey)) expect(reported.has(o.shipmentKey)).toBe(true)
      for (const o of r.parcels) {
        expect(o.reason.length).toBeGreaterThan(10)
        if (o.suspectedBrushing || o.series) expect(o).toMatchObject({ outcome: 'unmatched', coverageGap: false })
      }
    }), { numRuns: 300 })
  })

  it('does not depend on the order of orders, shipments, coverage, parcels or decisions', () => {
    fc.assert(fc.property(world, fc.integer(), (w, seed) => {
      const ledger = toLedger(w.orders, w.coverage)
      const parcels = toParcels(w.parcels)
      const decisions = toDecisions(w.decisions)
      const shuffled: Ledger = {
        orders: shuffle(ledger.orders, seed).map((o) => ({ ...o, shipments: shuffle(o.shipments, seed + 1) })),
        coverage: shuffle(ledger.coverage, seed + 2),
      }
      const a = reconcile(ledger, parcels, decisions, SETTINGS, TODAY)
      const b = reconcile(shuffled, shuffle(parcels, seed + 3), shuffle(decisions, seed + 4), SETTINGS, TODAY)
      expect(b).toEqual(a)
    }), { numRuns: 300 })
  })

  it('is stable when the user confirms what it matched', () => {
    fc.assert(fc.property(world, (w) => {
      const ledger = toLedger(w.orders, w.coverage)
      const parcels = toParcels(w.parcels)
      const decisions = toDecisions(w.decisions)
      const first = reconcile(ledger, parcels, decisions, SETTINGS, TODAY)
      const confirms: Decision[] = first.parcels
        .filter((o) => o.outcome === 'matched' && o.shipmentKey && o.rule !== 'decision')
        .map((o) => ({ kind: 'confirm', parcelId: o.parcelId, shipmentKey: o.shipmentKey!, decidedAt: '2026-11-19T00:00:00.000Z' }))
      const second = reconcile(ledger, parcels, [...decisions, ...confirms], SETTINGS, TODAY)
      const view = (r: typeof first) => r.parcels.map((o) => [o.parcelId, o.outcome, o.orderKey, o.shipmentKey, o.candidates, o.coverageGap, o.suspectedBrushing, o.series])
      expect(view(second)).toEqual(view(first))
      expect(second.shipments.map((s) => s.outcome)).toEqual(first.shipments.map((s) => s.outcome))
      expect(reconcile(ledger, parcels, [...decisions, ...confirms], SETTINGS, TODAY)).toEqual(second)
    }), { numRuns: 300 })
  })

  it('never matches one tracking ID to two parcels', () => {
    fc.assert(fc.property(world, (w) => {
      const ledger = toLedger(w.orders, w.coverage)
      const r = reconcile(ledger, toParcels(w.parcels), toDecisions(w.decisions), SETTINGS, TODAY)
      const used = r.parcels.flatMap((o) => o.trackingIds ?? [])
      expect(new Set(used).size).toBe(used.length)
      for (const o of r.parcels) if (o.rule === 'tracking') expect(o.trackingIds?.length).toBeGreaterThan(0)
    }), { numRuns: 300 })
  })
})
