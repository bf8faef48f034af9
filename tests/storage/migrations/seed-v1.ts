// FROZEN: schema version 1 and a seed written against it. Never edit; a new version gets its own seed file.
import Dexie from 'dexie'

/** Copy of db.ts's version 1 stores as released (0.1.0). */
export const FROZEN_STORES_V1 = {
  orders: 'key, marketplace, placedOn',
  shipments: 'key, orderKey, *trackingIds, status, deliveredOn',
  parcels: 'id, receivedOn, *trackingNumbers',
  decisions: 'subject, parcelId, shipmentKey',
  notices: 'id, kind, orderKey, parcelId',
  coverage: 'id, marketplace',
  syncState: 'key',
  parseHealth: 'id, pageKind',
  problems: 'id, at',
  meta: 'key',
}

/** Rows as version 1 stored them (synthetic, PII-free). */
export function seedRowsV1(): Record<keyof typeof FROZEN_STORES_V1, Record<string, unknown>[]> {
  const orders = Array.from({ length: 12 }, (_, i) => ({
    key: `amazon.co.uk:203-000000${i % 10}-00000${i + 10}`,
    marketplace: 'amazon.co.uk',
    orderId: `203-000000${i % 10}-00000${i + 10}`,
    placedOn: `2024-0${1 + (i % 9)}-1${i % 10}`,
    total: i === 3 ? null : { minor: 500 + i * 10, currency: 'GBP' },
    digital: i === 11,
  }))
  const shipments = orders.filter((o) => !o.digital).map((o, i) => ({
    key: `${o.key}:s-SHIPV1${String(i).padStart(3, '0')}-0`,
    orderKey: o.key,
    shipmentId: `SHIPV1${String(i).padStart(3, '0')}`,
    status: i % 2 ? 'delivered' : 'shipped',
    trackingIds: i % 3 ? [`QX${1000 + i}GB`] : [],
    items: [{ title: `Seed item ${i}`, quantity: 1 + (i % 2) }],
    source: 'page',
    ...(i % 2 ? { deliveredOn: '2024-10-02' } : {}),
  }))
  const senders = ['ACME-Shop GmbH', 'acme shop  GMBH', 'Ｆｕｌｌｗｉｄｔｈ Ltd.', '—', undefined]
  const parcels = senders.map((sender, i) => ({
    id: `v1-parcel-${i}`,
    receivedOn: `2024-10-0${i + 1}`,
    trackingNumbers: i === 0 ? ['QX1001GB'] : [],
    ...(sender === undefined ? {} : { sender }),
    createdAt: `2024-10-0${i + 1}T12:00:00.000Z`,
  }))
  return {
    orders,
    shipments,
    parcels,
    decisions: [
      { kind: 'confirm', parcelId: 'v1-parcel-0', shipmentKey: shipments[1]!.key, decidedAt: '2024-10-03T08:00:00.000Z', subject: 'parcel:v1-parcel-0' },
      { kind: 'not-received', shipmentKey: shipments[2]!.key, decidedAt: '2024-10-04T08:00:00.000Z', subject: `shipment:${shipments[2]!.key}` },
    ],
    notices: [{ id: 'samples-card||||Thank you', kind: 'samples-card', text: 'Thank you' }],
    coverage: [{ id: 'amazon.co.uk|export|2024-01-01|2024-09-30', marketplace: 'amazon.co.uk', from: '2024-01-01', to: '2024-09-30', source: 'export' }],
    syncState: [{ key: 'cursor:amazon.co.uk', value: { page: 2 } }],
    parseHealth: [{
      id: 'order-list|amazon.co.uk', pageKind: 'order-list', marketplace: 'amazon.co.uk', at: '2024-10-05T10:00:00.000Z', runs: 4, incompleteRuns: 1,
      last: { complete: true, orders: 10, variants: [{ site: 'orderCard', variant: 1 }], misses: [], fieldProblems: [] },
    }],
    problems: [{ id: '2024-10-05T10:01:00.000Z|sign-in|amazon.co.uk', kind: 'sign-in', marketplace: 'amazon.co.uk', at: '2024-10-05T10:01:00.000Z' }],
    meta: [{ key: 'installedOn', value: '2024-01-01' }],
  }
}

/** Creates a version-1 database named `name`, fills it with the seed, and closes it. */
export async function createV1Database(name: string): Promise<void> {
  const db = new Dexie(name)
  db.version(1).stores(FROZEN_STORES_V1)
  const rows = seedRowsV1()
  await db.transaction('rw', db.tables, async () => {
    for (const [table, list] of Object.entries(rows)) await db.table(table).bulkAdd(list)
  })
  db.close()
}
