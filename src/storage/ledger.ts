// Reads the ledger reconciliation needs: every order with its shipments nested, and coverage.
import type { Coverage, Ledger, Order, Shipment } from '../core/model/index.ts'
import type { UnorderedDb } from './db.ts'

/** The whole ledger, in one read transaction (usable inside liveQuery). */
export async function readLedger(db: UnorderedDb): Promise<Ledger> {
  return db.transaction('r', [db.orders, db.shipments, db.coverage], async () => {
    const [orders, shipments, coverage] = await Promise.all([db.orders.toArray(), db.shipments.toArray(), db.coverage.toArray()])
    const byOrder = new Map<string, Shipment[]>()
    for (const { mergedKeys: _aliases, ...s } of shipments) {
      const list = byOrder.get(s.orderKey)
      if (list) list.push(s)
      else byOrder.set(s.orderKey, [s])
    }
    return {
      orders: orders.map((o): Order => ({ ...o, shipments: byOrder.get(o.key) ?? [] })),
      coverage: coverage.map(({ id: _id, ...c }): Coverage => c),
    }
  })
}
