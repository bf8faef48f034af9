// upsertOrders: natural keys, merge semantics (list → details → tracker), zero writes on re-send, atomicity.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { shipmentKey, type Order } from '../../../src/core/model/index.ts'
import { openDb, type UnorderedDb } from '../../../src/storage/db.ts'
import { readLedger } from '../../../src/storage/ledger.ts'
import { addParcels, putDecision, upsertOrders, orderTables, putSyncState, replaceNotices } from '../../../src/storage/repositories/index.ts'
import { countWrites } from '../helpers/count-writes.ts'
import { makeOrder, makeParcel, makeShipment, uniqueDbName } from '../helpers/factories.ts'

const dbs: UnorderedDb[] = []
function freshDb() {
  const db = openDb(uniqueDbName('orders'))
  dbs.push(db)
  return { db, writes: countWrites(db) }
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

const M = 'amazon.de'
const ID = '302-1111111-2222222'

/** The same order as three pages show it. */
function listPage(): Order {
  return makeOrder(M, ID, {
    total: { minor: 4598, currency: 'EUR' },
    shipments: [makeShipment(M, ID, {
      key: shipmentKey(M, ID, { position: 0 }),
      status: 'shipped',
      items: [{ title: 'Synthetic garden hose, 20 m, green, with…', quantity: 1 }],
    })],
  })
}
function detailsPage(): Order {
  return makeOrder(M, ID, {
    placedOn: undefined,
    total: null,
    shipments: [makeShipment(M, ID, {
      key: shipmentKey(M, ID, { shipmentId: 'DqQpXbZ1N' }),
      shipmentId: 'DqQpXbZ1N',
      status: 'shipped',
      carrier: 'Versendet mit DHL',
      shippedOn: '2025-01-11',
      items: [
        { title: 'Synthetic garden hose, 20 m, green, with brass fittings', asin: 'B000SYNTH1', quantity: 1, unitPrice: { minor: 2599, currency: 'EUR' } },
        { title: 'Synthetic hose reel', asin: 'B000SYNTH2', quantity: 1, unitPrice: { minor: 1999, currency: 'EUR' } },
      ],
    })],
  })
}
function trackerPage(): Order {
  return makeOrder(M, ID, {
    placedOn: undefined,
    total: undefined,
    shipments: [makeShipment(M, ID, {
      key: shipmentKey(M, ID, { shipmentId: 'DqQpXbZ1N' }),
      shipmentId: 'DqQpXbZ1N',
      status: 'delivered',
      deliveredOn: '2025-01-13',
      trackingIds: ['00340434161234567890'],
      items: [],
    })],
  })
}

describe('upsertOrders', () => {
  it('adds new rows, then re-sending the same page writes zero rows', async () => {
    const { db, writes } = freshDb()
    const page = [makeOrder(M, ID), makeOrder(M, '302-3333333-4444444')]
    expect(await upsertOrders(db, page)).toMatchObject({ added: 4, updated: 0, unchanged: 0 })
    writes.reset()
    expect(await upsertOrders(db, page)).toMatchObject({ added: 0, updated: 0, unchanged: 4 })
    expect(writes.total()).toBe(0)
  })

  it('merges list → details → tracker into one shipment without losing facts', async () => {
    const { db, writes } = freshDb()
    await upsertOrders(db, [listPage()])
    const details = await upsertOrders(db, [detailsPage()])
    expect(details.shipments).toMatchObject({ updated: 1, added: 0, removed: 1 }) // re-keyed to the shipment id
    await upsertOrders(db, [trackerPage()])

    const { orders } = await readLedger(db)
    expect(orders).toHaveLength(1)
    const order = orders[0]!
    expect(order.placedOn).toBe('2025-01-10')
    expect(order.total).toEqual({ minor: 4598, currency: 'EUR' })
    expect(order.shipments).toHaveLength(1)
    const s = order.shipments[0]!
    expect(s.key).toBe(shipmentKey(M, ID, { shipmentId: 'DqQpXbZ1N' }))
    expect(s.status).toBe('delivered')
    expect(s.deliveredOn).toBe('2025-01-13')
    expect(s.shippedOn).toBe('2025-01-11')
    expect(s.carrier).toBe('Versendet mit DHL')
    expect(s.trackingIds).toEqual(['00340434161234567890'])
    expect(s.items.map((i) => i.title)).toEqual(['Synthetic garden hose, 20 m, green, with brass fittings', 'Synthetic hose reel'])
    expect(s.items[0]!.unitPrice).toEqual({ minor: 2599, currency: 'EUR' })

    // Every page again, in any order: nothing changes.
    writes.reset()
    for (const page of [trackerPage(), listPage(), detailsPage(), listPage()]) {
      const c = await upsertOrders(db, [page])
      expect(c.added + c.updated).toBe(0)
    }
    expect(writes.total()).toBe(0)
  })

  it('never replaces a known value by undefined or null', async () => {
    const { db } = freshDb()
    await upsertOrders(db, [makeOrder(M, ID, { aliases: ['D01-1'] })])
    await upsertOrders(db, [makeOrder(M, ID, { placedOn: undefined, total: null, aliases: ['D01-2'] })])
    const stored = await db.orders.get(`${M}:${ID}`)
    expect(stored).toMatchObject({ placedOn: '2025-01-10', total: { minor: 1999, currency: 'EUR' }, aliases: ['D01-1', 'D01-2'] })
    expect(Object.values(stored!)).not.toContain(undefined)
  })

  it('unions tracking ids and lets a newer page status win, but not an export or "unknown"', async () => {
    const { db } = freshDb()
    const key = shipmentKey(M, ID, { shipmentId: 'A12345678' })
    const s = (over: object) => makeOrder(M, ID, { shipments: [makeShipment(M, ID, { key, shipmentId: 'A12345678', ...over })] })
    await upsertOrders(db, [s({ trackingIds: ['T1'], status: 'shipped' })])
    await upsertOrders(db, [s({ trackingIds: ['T2'], status: 'delivered' })])
    await upsertOrders(db, [s({ status: 'unknown' })])
    await upsertOrders(db, [s({ status: 'pending', source: 'export' })])
    expect(await db.shipments.get(key)).toMatchObject({ trackingIds: ['T1', 'T2'], status: 'delivered', source: 'page' })
    await upsertOrders(db, [s({ status: 'returned' })])
    expect((await db.shipments.get(key))!.status).toBe('returned')
  })

  it('keeps two shipments of one order apart and matches a tracker page by tracking id', async () => {
    const { db } = freshDb()
    const a = makeShipment(M, ID, { key: shipmentKey(M, ID, { shipmentId: 'AAAAAAAA1' }), shipmentId: 'AAAAAAAA1', trackingIds: ['TA'] })
    const b = makeShipment(M, ID, { key: shipmentKey(M, ID, { shipmentId: 'BBBBBBBB1' }), shipmentId: 'BBBBBBBB1' })
    await upsertOrders(db, [makeOrder(M, ID, { shipments: [a, b] })])
    const tracker = makeShipment(M, ID, { key: shipmentKey(M, ID, { trackingId: 'TA' }), trackingIds: ['TA'], status: 'delivered', items: [] })
    const c = await upsertOrders(db, [makeOrder(M, ID, { shipments: [tracker] })])
    expect(c.shipments).toMatchObject({ added: 0, updated: 1 })
    const rows = await db.shipments.where('orderKey').equals(`${M}:${ID}`).toArray()
    expect(rows.map((r) => [r.key, r.status])).toEqual([[a.key, 'delivered'], [b.key, 'shipped']])
  })

  it('large batches (a data export) merge the same way and leave orders outside the batch alone', async () => {
    const { db, writes } = freshDb()
    const ids = Array.from({ length: 150 }, (_, i) => `302-${String(i).padStart(7, '0')}-0000000`)
    await upsertOrders(db, ids.map((id) => makeOrder(M, id)))
    const outside = ids.filter((_, i) => i % 10 === 5)
    const batch = ids.filter((_, i) => i % 10 !== 5).map((id) => makeOrder(M, id, {
      shipments: [makeShipment(M, id, { trackingIds: [`T-${id}`], status: 'delivered', items: [] })],
    }))
    writes.reset()
    const c = await upsertOrders(db, batch)
    expect(c.shipments).toMatchObject({ added: 0, updated: batch.length, unchanged: 0, removed: 0 })
    expect(c.orders).toMatchObject({ added: 0, updated: 0, unchanged: batch.length })
    expect(writes.total()).toBe(batch.length)
    for (const id of outside) expect((await db.shipments.where('orderKey').equals(`${M}:${id}`).first())!.trackingIds).toEqual([])
    expect(await db.shipments.count()).toBe(150)
  })

  it('a list page showing part of a two-shipment order merges into the details page by items', async () => {
    const { db, writes } = freshDb()
    const hose = { title: 'Synthetic garden hose', quantity: 1 }
    const reel = { title: 'Synthetic hose reel', quantity: 1 }
    const list = makeOrder(M, ID, { shipments: [
      makeShipment(M, ID, { key: shipmentKey(M, ID, { position: 0 }), items: [hose] }),
      makeShipment(M, ID, { key: shipmentKey(M, ID, { position: 1 }), items: [reel] }),
    ] })
    const details = makeOrder(M, ID, { shipments: [
      makeShipment(M, ID, { key: shipmentKey(M, ID, { shipmentId: 'AAAAAAAA1' }), shipmentId: 'AAAAAAAA1', items: [{ ...reel, asin: 'B0REEL' }] }),
      makeShipment(M, ID, { key: shipmentKey(M, ID, { shipmentId: 'BBBBBBBB1' }), shipmentId: 'BBBBBBBB1', items: [{ ...hose, asin: 'B0HOSE' }] }),
    ] })
    await upsertOrders(db, [list])
    await upsertOrders(db, [details])
    const rows = await db.shipments.toArray()
    expect(rows.map((r) => [r.shipmentId, r.items.map((i) => i.asin)])).toEqual([['AAAAAAAA1', ['B0REEL']], ['BBBBBBBB1', ['B0HOSE']]])
    writes.reset()
    await upsertOrders(db, [list])
    await upsertOrders(db, [details])
    expect(writes.total()).toBe(0)
  })

  it('never merges shipments with different ship dates or disjoint tracking ids', async () => {
    const { db } = freshDb()
    await upsertOrders(db, [makeOrder(M, ID, { shipments: [makeShipment(M, ID, { key: shipmentKey(M, ID, { shippedOn: '2025-01-02' }), shippedOn: '2025-01-02' })] })])
    await upsertOrders(db, [makeOrder(M, ID, { shipments: [makeShipment(M, ID, { key: shipmentKey(M, ID, { shippedOn: '2025-01-05' }), shippedOn: '2025-01-05' })] })])
    await upsertOrders(db, [makeOrder(M, ID, { shipments: [makeShipment(M, ID, { key: shipmentKey(M, ID, { trackingId: 'X1' }), trackingIds: ['X1'] })] })])
    await upsertOrders(db, [makeOrder(M, ID, { shipments: [makeShipment(M, ID, { key: shipmentKey(M, ID, { trackingId: 'X2' }), trackingIds: ['X2'], shippedOn: '2025-01-09' })] })])
    expect(await db.shipments.count()).toBe(4)
  })

  it('merges duplicates inside one batch', async () => {
    const { db } = freshDb()
    const c = await upsertOrders(db, [listPage(), detailsPage(), trackerPage()])
    expect(c).toMatchObject({ added: 2, updated: 0 })
    expect(await db.shipments.count()).toBe(1)
  })

  it('moves decisions and notices along when a shipment is re-keyed', async () => {
    const { db } = freshDb()
    await upsertOrders(db, [listPage()])
    await addParcels(db, [makeParcel('p1')])
    const weak = shipmentKey(M, ID, { position: 0 })
    expect(await putDecision(db, { kind: 'confirm', parcelId: 'p1', shipmentKey: weak, decidedAt: '2025-01-14T12:00:00Z' })).toBe('added')
    await replaceNotices(db, [{ kind: 'sample', orderKey: `${M}:${ID}`, shipmentKey: weak, text: 'Sample' }])
    await upsertOrders(db, [detailsPage()])
    const strong = shipmentKey(M, ID, { shipmentId: 'DqQpXbZ1N' })
    expect((await db.decisions.toArray()).map((d) => 'shipmentKey' in d && d.shipmentKey)).toEqual([strong])
    expect((await db.notices.toArray()).map((n) => n.shipmentKey)).toEqual([strong])
    expect((await db.notices.toArray())[0]!.id).toContain(strong)
  })

  it('writes nothing when a wider transaction (rows + cursor) aborts after the upsert', async () => {
    const { db } = freshDb()
    await expect(db.transaction('rw', [...orderTables(db), db.syncState], async () => {
      await upsertOrders(db, [listPage()])
      await putSyncState(db, 'cursor', 1)
      throw new Error('worker killed')
    })).rejects.toThrow('worker killed')
    expect(await db.orders.count()).toBe(0)
    expect(await db.shipments.count()).toBe(0)
    expect(await db.syncState.count()).toBe(0)
  })

  it('property: re-upserting any batch writes zero rows and never loses a tracking id', async () => {
    const ids = ['302-0000001-0000001', '302-0000002-0000002', '302-0000003-0000003']
    const shipmentArb = fc.record({
      order: fc.constantFrom(...ids),
      sid: fc.option(fc.constantFrom('S00000001', 'S00000002'), { nil: undefined }),
      tracking: fc.subarray(['T1', 'T2', 'T3']),
      status: fc.constantFrom('shipped', 'delivered', 'unknown', 'returned') as fc.Arbitrary<'shipped' | 'delivered' | 'unknown' | 'returned'>,
      placedOn: fc.option(fc.constantFrom('2025-01-01', '2025-02-02'), { nil: undefined }),
    })
    await fc.assert(fc.asyncProperty(fc.array(fc.array(shipmentArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), async (batches) => {
      const { db, writes } = freshDb()
      const seen = new Set<string>()
      for (const batch of batches) {
        const orders = batch.map((b) => {
          b.tracking.forEach((t) => seen.add(`${b.order}|${t}`))
          return makeOrder(M, b.order, {
            placedOn: b.placedOn,
            shipments: [makeShipment(M, b.order, {
              key: shipmentKey(M, b.order, { shipmentId: b.sid, position: 0 }), shipmentId: b.sid, trackingIds: b.tracking, status: b.status,
            })],
          })
        })
        await upsertOrders(db, orders)
        writes.reset()
        const again = await upsertOrders(db, orders)
        expect(again.added + again.updated + again.shipments.removed).toBe(0)
        expect(writes.total()).toBe(0)
      }
      const stored = await db.shipments.toArray()
      for (const key of seen) {
        const [order, t] = key.split('|')
        expect(stored.some((s) => s.orderKey === `${M}:${order}` && s.trackingIds.includes(t!))).toBe(true)
      }
      await db.delete()
    }), { numRuns: 40 })
  })
})
