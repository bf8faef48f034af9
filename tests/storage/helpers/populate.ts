// Fills a database through the repositories with one of everything (synthetic data), for round-trip tests.
import { shipmentKey } from '../../../src/core/model/index.ts'
import type { UnorderedDb } from '../../../src/storage/db.ts'
import {
  addParcels, mergeCoverage, putDecision, putSyncState, recordParseRun, recordProblem, replaceNotices, setLabelPhoto, upsertOrders,
} from '../../../src/storage/repositories/index.ts'
import { makeOrder, makeParcel, makeShipment } from './factories.ts'

export const PHOTO_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 250, 251])

export async function populate(db: UnorderedDb, orderCount = 6): Promise<void> {
  const orders = Array.from({ length: orderCount }, (_, i) => {
    const m = i % 2 ? 'amazon.com' : 'amazon.de'
    const id = `111-000000${i}-000000${i}`
    return makeOrder(m, id, {
      total: { minor: 1000 + i, currency: m === 'amazon.de' ? 'EUR' : 'USD' },
      shipments: [makeShipment(m, id, {
        key: shipmentKey(m, id, { shipmentId: `SHIP0000${i}` }), shipmentId: `SHIP0000${i}`,
        trackingIds: [`TRK${i}`], status: i % 3 ? 'delivered' : 'shipped', deliveredOn: i % 3 ? '2025-01-12' : undefined,
        items: [{ title: `Synthetic item ${i}`, quantity: 1, unitPrice: { minor: 0, currency: 'EUR' }, sample: i === 0 }],
      })],
    })
  })
  await upsertOrders(db, orders)
  await addParcels(db, [
    makeParcel('p-1', { trackingNumbers: ['TRK1'], sender: 'ACME-Shop GmbH', carrier: 'dhl' }),
    makeParcel('p-2', { sender: 'Unknown  Sender', samplesCard: '', notes: 'left at door' }),
    makeParcel('p-3', { receivedOn: '2025-01-20' }),
  ])
  await setLabelPhoto(db, 'p-1', new Blob([PHOTO_BYTES], { type: 'image/png' }))
  await putDecision(db, { kind: 'confirm', parcelId: 'p-1', shipmentKey: orders[1]!.shipments[0]!.key, decidedAt: '2025-01-15T08:00:00.000Z' })
  await putDecision(db, { kind: 'explain', parcelId: 'p-2', explanation: 'gift', decidedAt: '2025-01-15T08:01:00.000Z' })
  await putDecision(db, { kind: 'ignore', shipmentKey: orders[2]!.shipments[0]!.key, decidedAt: '2025-01-15T08:02:00.000Z' })
  await replaceNotices(db, [
    { kind: 'sample', orderKey: orders[0]!.key, shipmentKey: orders[0]!.shipments[0]!.key, text: 'Synthetic item 0', date: '2025-01-12', marketplace: 'amazon.de' },
    { kind: 'samples-card', parcelId: 'p-2', text: '', date: '2025-01-14' },
  ])
  await mergeCoverage(db, [{ marketplace: 'amazon.de', from: '2024-01-01', to: '2024-12-31', source: 'export' }])
  await putSyncState(db, 'cursor:amazon.de', { page: 3, year: 2024 })
  await recordParseRun(db, { pageKind: 'order-list', marketplace: 'amazon.de', at: '2025-01-15T09:00:00.000Z', complete: true, orders: 10, issues: [{ site: 'orderCard', variant: 0 }] })
  await recordProblem(db, { kind: 'captcha', marketplace: 'amazon.de', at: '2025-01-15T09:05:00.000Z' })
  await db.meta.put({ key: 'installedOn', value: '2025-01-01' })
}
