// Parcel, decision and shipment commands through the real server: log, edit, delete with undo, explain, match, mark.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { createBackgroundServer } from '../../src/background/server.ts'
import { orderKey, shipmentKey, type Order } from '../../src/core/model/order.ts'
import type { Kind, Reply, Req } from '../../src/messaging/protocol.ts'
import { upsertOrders } from '../../src/storage/repositories/orders.ts'
import { setLabelPhoto } from '../../src/storage/repositories/parcels.ts'
import { amazonTabSender, memorySession, popupSender, SELF, testBackground } from './helpers/context.ts'

/** A synthetic delivered order with one shipment (PII-free). */
function deliveredOrder(marketplace: string, orderId: string, deliveredOn: string, trackingIds: string[] = []): Order {
  const key = orderKey(marketplace, orderId)
  return {
    key,
    marketplace,
    orderId,
    placedOn: '2025-03-01',
    digital: false,
    shipments: [
      {
        key: shipmentKey(marketplace, orderId, { shipmentId: 'SynthShp01', packageIndex: 0 }),
        orderKey: key,
        shipmentId: 'SynthShp01',
        packageIndex: 0,
        status: 'delivered',
        trackingIds,
        deliveredOn,
        items: [{ title: 'Synthetic widget', quantity: 1 }],
        source: 'page',
      },
    ],
  }
}

async function harness(session = memorySession()) {
  const bg = await testBackground({ today: '2025-03-20', session })
  const { server } = createBackgroundServer(bg.ctx, SELF)
  const request = async <K extends Kind>(type: K, payload: Req<K>, sender: object = popupSender()) =>
    (await server.dispatch({ type, payload }, sender)) as Reply<K>
  return { bg, request }
}

const value = <T,>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`)
  return r.value
}

describe('parcel commands', () => {
  it('logs many parcels at once, normalising pasted tracking numbers', async () => {
    const { bg, request } = await harness()
    const { ids } = value(
      await request('parcel/log', {
        drafts: [
          { receivedOn: '2025-03-14', trackingNumbers: ['1z 999 aa1 0123456784', 'DHL(00340434161234567890)'], sender: '  Synthetic Shop  ', carrier: 'UPS' },
          { receivedOn: '2025-03-15', trackingNumbers: [], samplesCard: '' },
        ],
      }),
    )
    expect(ids).toHaveLength(2)
    const first = await bg.db.parcels.get(ids[0]!)
    expect(first).toMatchObject({ trackingNumbers: ['1Z999AA10123456784', '00340434161234567890'], sender: 'Synthetic Shop', carrier: 'ups', createdAt: bg.clock.now })
    expect(await bg.db.parcels.get(ids[1]!)).toMatchObject({ samplesCard: '' })
    expect(bg.toolbar()).toBe('2')
    expect(bg.notices.at(-1)).toEqual({ notice: 'ledger/changed', body: { reason: 'parcels' } })
  })

  it('refuses an unknown storefront without writing', async () => {
    const { bg, request } = await harness()
    expect(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: [], marketplace: 'amazon.zz' }] })).toMatchObject({ ok: false, code: 'bad-payload' })
    expect(bg.writes()).toBe(0)
  })

  it('edits a parcel: every field replaced, emptied fields cleared', async () => {
    const { request } = await harness()
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: ['X1'], notes: 'old note', sender: 'A' }] })).ids
    const { parcel } = value(await request('parcel/edit', { id: id!, parcel: { receivedOn: '2025-03-13', trackingNumbers: ['X2'], sender: 'B' } }))
    expect(parcel).toEqual({ id, receivedOn: '2025-03-13', trackingNumbers: ['X2'], sender: 'B', createdAt: '2025-03-20T10:00:00.000Z' })
    expect(await request('parcel/edit', { id: 'nope', parcel: { receivedOn: '2025-03-13', trackingNumbers: [] } })).toEqual({ ok: false, code: 'not-found' })
  })

  it('deletes with an undo token that puts the parcel and its decisions back, even after a worker restart', async () => {
    const session = memorySession()
    const { bg, request } = await harness(session)
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: [] }] })).ids
    value(await request('parcel/explain', { parcelId: id!, explanation: 'gift' }))
    const before = { parcel: await bg.db.parcels.get(id!), decisions: await bg.db.decisions.toArray() }
    const { undoToken } = value(await request('parcel/delete', { id: id! }))
    expect(await bg.db.parcels.count()).toBe(0)
    expect(await bg.db.decisions.count()).toBe(0)

    // A new server (worker restart) over the same database and storage.session.
    const restarted = createBackgroundServer(bg.ctx, SELF).server
    expect(await restarted.dispatch({ type: 'parcel/undo-delete', payload: { undoToken } }, popupSender())).toEqual({ ok: true, value: { id } })
    expect({ parcel: await bg.db.parcels.get(id!), decisions: await bg.db.decisions.toArray() }).toEqual(before)
    // A token works once.
    expect(await request('parcel/undo-delete', { undoToken })).toMatchObject({ ok: false, code: 'not-found' })
  })

  it('undo brings back a label photo byte for byte (session storage holds it as base64)', async () => {
    const { bg, request } = await harness()
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: [] }] })).ids
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256)
    expect(await setLabelPhoto(bg.db, id!, new Blob([bytes], { type: 'image/png' }))).toBe('updated')
    const { undoToken } = value(await request('parcel/delete', { id: id! }))
    value(await request('parcel/undo-delete', { undoToken }))
    const photo = (await bg.db.parcels.get(id!))!.labelPhoto!
    expect(photo.type).toBe('image/png')
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(bytes)
  })

  it('an undo token expires', async () => {
    const { bg, request } = await harness()
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: [] }] })).ids
    const { undoToken } = value(await request('parcel/delete', { id: id! }))
    bg.clock.now = '2025-03-20T10:11:00.000Z'
    expect(await request('parcel/undo-delete', { undoToken })).toMatchObject({ ok: false, code: 'not-found' })
    expect(await bg.db.parcels.count()).toBe(0)
  })

  it('deleting an unknown parcel is not-found and writes nothing', async () => {
    const { bg, request } = await harness()
    expect(await request('parcel/delete', { id: 'missing' })).toEqual({ ok: false, code: 'not-found' })
    expect(bg.writes()).toBe(0)
  })

  it('explains a parcel and clears the explanation; the toolbar count follows', async () => {
    const { bg, request } = await harness()
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: [] }] })).ids
    expect(bg.toolbar()).toBe('1')
    value(await request('parcel/explain', { parcelId: id!, explanation: 'household' }))
    expect(bg.toolbar()).toBe('')
    expect(await bg.db.decisions.toArray()).toEqual([expect.objectContaining({ kind: 'explain', parcelId: id, explanation: 'household' })])
    value(await request('parcel/explain', { parcelId: id!, explanation: null }))
    expect(await bg.db.decisions.count()).toBe(0)
    expect(bg.toolbar()).toBe('1')
    expect(await request('parcel/explain', { parcelId: 'missing', explanation: 'gift' })).toEqual({ ok: false, code: 'not-found' })
  })
})

describe('match and shipment commands', () => {
  it('confirms and rejects a proposed match; unknown parcels or shipments are not-found', async () => {
    const { bg, request } = await harness()
    const order = deliveredOrder('amazon.de', '303-0000001-0000001', '2025-03-10')
    await upsertOrders(bg.db, [order])
    const key = order.shipments[0]!.key
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-11', trackingNumbers: [] }] })).ids
    value(await request('match/confirm', { parcelId: id!, shipmentKey: key }))
    expect(await bg.db.decisions.toArray()).toEqual([expect.objectContaining({ kind: 'confirm', parcelId: id, shipmentKey: key })])
    expect(bg.toolbar()).toBe('')
    value(await request('match/reject', { parcelId: id!, shipmentKey: key }))
    expect((await bg.db.decisions.toArray()).map((d) => d.kind)).toEqual(['reject'])
    expect(await request('match/confirm', { parcelId: 'missing', shipmentKey: key })).toEqual({ ok: false, code: 'not-found' })
    expect(await request('match/confirm', { parcelId: id!, shipmentKey: 'amazon.de:303-0000009-0000009:n-0' })).toEqual({ ok: false, code: 'not-found' })
  })

  it('marks a delivery received from the popup by shipment key', async () => {
    const { bg, request } = await harness()
    const order = deliveredOrder('amazon.de', '303-0000002-0000002', '2025-03-10')
    await upsertOrders(bg.db, [order])
    const { computeOutcomes, runReconcileJob } = await import('../../src/background/reconcile-job.ts')
    await runReconcileJob(bg.ctx)
    expect(bg.toolbar()).toBe('1')
    expect(value(await request('shipment/mark', { mark: 'received', shipmentKey: order.shipments[0]!.key }))).toEqual({ marked: 1 })
    expect(bg.toolbar()).toBe('')
    expect((await computeOutcomes(bg.ctx)).shipments[0]!.outcome).toBe('received')
    // The same mark again changes nothing.
    expect(value(await request('shipment/mark', { mark: 'received', shipmentKey: order.shipments[0]!.key }))).toEqual({ marked: 0 })
  })

  it('a badge button marks the awaiting shipments of an order on its own storefront and gets the new badge', async () => {
    const { bg, request } = await harness()
    await upsertOrders(bg.db, [deliveredOrder('amazon.de', '303-0000003-0000003', '2025-03-10')])
    const reply = await request('shipment/mark', { mark: 'not-received', orderId: '303-0000003-0000003' }, amazonTabSender('www.amazon.de'))
    expect(value(reply)).toEqual({ marked: 1, badge: { orderId: '303-0000003-0000003', state: 'none' } })
    expect(await bg.db.decisions.toArray()).toEqual([expect.objectContaining({ kind: 'not-received' })])
  })

  it('an Amazon tab cannot mark another storefront’s shipments, by key or by order id', async () => {
    const { bg, request } = await harness()
    const order = deliveredOrder('amazon.com', '113-0000004-0000004', '2025-03-10')
    await upsertOrders(bg.db, [order])
    const writes = bg.writes()
    expect(await request('shipment/mark', { mark: 'received', shipmentKey: order.shipments[0]!.key }, amazonTabSender('www.amazon.de'))).toEqual({ ok: false, code: 'bad-sender' })
    expect(await request('shipment/mark', { mark: 'received', orderId: '113-0000004-0000004' }, amazonTabSender('www.amazon.de'))).toEqual({ ok: false, code: 'not-found' })
    expect(bg.writes()).toBe(writes)
    // Its own storefront works.
    expect(value(await request('shipment/mark', { mark: 'ignore', shipmentKey: order.shipments[0]!.key }, amazonTabSender('www.amazon.com')))).toMatchObject({ marked: 1 })
  })

  it('order ids are only meaningful from an Amazon tab', async () => {
    const { request } = await harness()
    expect(await request('shipment/mark', { mark: 'received', orderId: '303-0000003-0000003' })).toEqual({ ok: false, code: 'bad-payload' })
  })
})

describe('settings and status', () => {
  it('reads defaults, changes one setting, reports status without writing', async () => {
    const { bg, request } = await harness()
    expect(value(await request('settings/get', {}))).toEqual({ graceDays: 2, auditFrom: '2025-02-18' })
    expect(value(await request('settings/set', { graceDays: 5 }))).toEqual({ graceDays: 5, auditFrom: '2025-02-18' })
    const writes = bg.writes()
    expect(value(await request('settings/set', { graceDays: 5 }))).toEqual({ graceDays: 5, auditFrom: '2025-02-18' })
    expect(value(await request('status/get', {}))).toEqual({ lastCapture: null, latestProblem: null, attention: 0, orders: 0, parcels: 0 })
    expect(bg.writes()).toBe(writes)
  })
})
