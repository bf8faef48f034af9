// ingest.*: one captured order-list page through the background (parse, upsert, full reconcile, badges) on a large ledger.
import 'fake-indexeddb/auto'
import { performance } from 'node:perf_hooks'
import type { BackgroundContext } from '../../../src/background/context.ts'
import { ingestPage } from '../../../src/background/ingest.ts'
import { orderKey, shipmentKey, type Order } from '../../../src/core/model/order.ts'
import type { Parcel } from '../../../src/core/model/parcel.ts'
import { openDb } from '../../../src/storage/db.ts'
import { addParcels } from '../../../src/storage/repositories/parcels.ts'
import { upsertOrders } from '../../../src/storage/repositories/orders.ts'
import { fixturePage } from '../../background/helpers/fixtures.ts'
import { median, type Metric } from '../metric.ts'

function syntheticOrders(n: number): Order[] {
  return Array.from({ length: n }, (_, i) => {
    const orderId = `303-${String(i).padStart(7, '0')}-0000000`
    const key = orderKey('amazon.de', orderId)
    const day = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`
    return {
      key, marketplace: 'amazon.de', orderId, placedOn: day, digital: false,
      shipments: [{ key: shipmentKey('amazon.de', orderId, { position: 0 }), orderKey: key, status: 'delivered' as const, trackingIds: [`DE${String(i).padStart(10, '0')}`], deliveredOn: day, items: [{ title: 'Synthetic item', quantity: 1 }], source: 'export' as const }],
    }
  })
}

function syntheticParcels(n: number): Parcel[] {
  return Array.from({ length: n }, (_, i) => ({ id: `bench-${i}`, receivedOn: '2024-06-15', trackingNumbers: i % 2 ? [`DE${String(i * 3).padStart(10, '0')}`] : [] }))
}

async function ingestMs(orders: number, parcels: number): Promise<number> {
  const page = fixturePage('amazon.de', 'order-list', 'multi-shipment')
  if (!page) throw new Error('synthetic amazon.de order list missing')
  const db = openDb(`bench-ingest-${orders}-${Date.now()}`)
  await upsertOrders(db, syntheticOrders(orders))
  await addParcels(db, syntheticParcels(parcels))
  const session = new Map<string, unknown>()
  const ctx: BackgroundContext = {
    db: async () => db,
    session: { get: async (k) => (session.has(k) ? { [k]: session.get(k) } : {}), set: async (o) => void Object.entries(o).forEach(([k, v]) => session.set(k, v)), remove: async (k) => void (typeof k === "string" ? [k] : k).forEach((x) => session.delete(x)) },
    clearStorage: async () => session.clear(),
    setToolbarCount: async () => undefined,
    broadcast: async () => undefined,
    now: () => '2025-03-20T10:00:00.000Z',
    today: () => '2025-03-20',
  }
  const times: number[] = []
  for (let i = 0; i < 7; i++) {
    const t0 = performance.now()
    await ingestPage(ctx, { url: page.url, html: page.html }, 'amazon.de')
    times.push(performance.now() - t0)
  }
  await db.delete()
  return median(times.slice(2))
}

export const metrics: Metric[] = [
  // Node + fake-indexeddb: slower than a browser's IndexedDB, so an upper bound on the real cost.
  { name: 'ingest.order-list.1k-orders.ms', unit: 'ms', budget: 300, run: () => ingestMs(1_000, 200) },
  { name: 'ingest.order-list.10k-orders.ms', unit: 'ms', budget: 2000, run: () => ingestMs(10_000, 2_000) },
]
