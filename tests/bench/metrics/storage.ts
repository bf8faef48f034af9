// storage.*: upsert and re-upsert of 10,000 orders, backup size (D5 proxy) and validation time, on fake-indexeddb in Node.
import { IDBKeyRange, indexedDB } from 'fake-indexeddb'
import { shipmentKey, type Order, type Parcel } from '../../../src/core/model/index.ts'
import { backupText, exportBackup, validateBackup } from '../../../src/storage/backup.ts'
import { openDb, type UnorderedDb } from '../../../src/storage/db.ts'
import { addParcels, rowsWritten, upsertOrders } from '../../../src/storage/repositories/index.ts'
import { median, type Metric } from '../metric.ts'

const ORDERS = 10_000
const PARCELS = 2_000

function orders(): Order[] {
  return Array.from({ length: ORDERS }, (_, i) => {
    const orderId = `302-${String(i).padStart(7, '0')}-${String(i * 7).padStart(7, '0')}`
    const m = ['amazon.de', 'amazon.com', 'amazon.co.uk'][i % 3]!
    return {
      key: `${m}:${orderId}`, marketplace: m, orderId, placedOn: '2024-06-01', total: { minor: 1000 + i, currency: 'EUR' }, digital: false,
      shipments: [{
        key: shipmentKey(m, orderId, { shipmentId: `S${String(i).padStart(8, '0')}` }), orderKey: `${m}:${orderId}`, shipmentId: `S${String(i).padStart(8, '0')}`,
        status: 'delivered', deliveredOn: '2024-06-04', trackingIds: [`TRK${i}`], carrier: 'DHL', source: 'page',
        items: [{ title: `Synthetic benchmark item number ${i} with a realistic length title`, asin: `B0${String(i).padStart(8, '0')}`, quantity: 1, unitPrice: { minor: 999, currency: 'EUR' } }],
      }],
    }
  })
}

function parcels(): Parcel[] {
  return Array.from({ length: PARCELS }, (_, i) => ({
    id: `bench-${i}`, receivedOn: '2024-06-05', trackingNumbers: [`TRK${i}`], sender: 'Synthetic Sender GmbH', notes: 'benchmark', createdAt: '2024-06-05T10:00:00.000Z',
  }))
}

let counter = 0
function freshDb(): UnorderedDb {
  return openDb(`bench-storage-${++counter}`, { indexedDB, IDBKeyRange })
}

async function timed(fn: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now()
  await fn()
  return performance.now() - t0
}

/** A populated database, built once and shared by the metrics below. */
let shared: Promise<{ db: UnorderedDb; data: Order[] }> | undefined
function populated() {
  shared ??= (async () => {
    const db = freshDb()
    const data = orders()
    await upsertOrders(db, data)
    await addParcels(db, parcels())
    return { db, data }
  })()
  return shared
}

export const metrics: Metric[] = [
  {
    name: 'storage.upsert.10k-orders.ms',
    unit: 'ms',
    budget: 2000,
    run: async () => {
      const data = orders()
      const times: number[] = []
      for (let r = 0; r < 3; r++) {
        const db = freshDb()
        times.push(await timed(() => upsertOrders(db, data)))
        await db.delete()
      }
      return median(times)
    },
  },
  {
    name: 'storage.reupsert.10k-orders.ms',
    unit: 'ms',
    budget: 2000,
    run: async () => {
      const { db, data } = await populated()
      const times: number[] = []
      for (let r = 0; r < 3; r++) times.push(await timed(() => upsertOrders(db, data)))
      return median(times)
    },
  },
  {
    name: 'storage.reupsert.10k-orders.rows-written',
    unit: 'rows',
    budget: 0,
    run: async () => {
      const { db, data } = await populated()
      const c = await upsertOrders(db, data)
      return rowsWritten(c) + c.shipments.removed
    },
  },
  {
    name: 'storage.backup.10k-orders-2k-parcels.MB',
    unit: 'MB',
    budget: 50,
    run: async () => {
      const { db } = await populated()
      return new TextEncoder().encode(backupText(await exportBackup(db))).length / 1024 / 1024
    },
  },
  {
    name: 'storage.backup.validate.10k-orders.ms',
    unit: 'ms',
    budget: 2000,
    run: async () => {
      const { db } = await populated()
      const text = backupText(await exportBackup(db))
      const times: number[] = []
      for (let r = 0; r < 3; r++) {
        times.push(await timed(async () => {
          const v = await validateBackup(text)
          if (!v.ok) throw new Error(v.message)
        }))
      }
      return median(times)
    },
  },
]
