// Indexes over the ledger for reconcile: shipments by key, by tracking ID and by order number.
import type { Ledger, Order, Shipment, ShipmentKey } from '../model/index.ts'
import { normalizeTracking } from '../tracking/normalize.ts'

export interface ShipmentRef {
  shipment: Shipment
  order: Order
}

export interface LedgerIndex {
  /** Every shipment once, sorted by shipment key. */
  shipments: ShipmentRef[]
  byKey: Map<ShipmentKey, ShipmentRef>
  /** Tracking match key → shipments carrying it, sorted by shipment key. */
  byTracking: Map<string, ShipmentRef[]>
  /** Order number (and alias) → orders with it, sorted by order key. */
  byOrderId: Map<string, Order[]>
}

const CLEAN = /^[A-Z0-9]+$/
const SSCC_20 = /^00\d{18}$/

/**
 * The string two tracking numbers are compared by: the normalised number, with DHL's 20-digit
 * `00`+SSCC form and the bare 18-digit SSCC treated as the same parcel (reference §1.5).
 */
export function trackingMatchKey(id: string): string {
  const n = CLEAN.test(id) ? id : normalizeTracking(id)
  return SSCC_20.test(n) ? n.slice(2) : n
}

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Builds the indexes in one pass over the orders (first occurrence of a duplicate key wins). */
export function indexLedger(ledger: Ledger): LedgerIndex {
  const byKey = new Map<ShipmentKey, ShipmentRef>()
  const shipments: ShipmentRef[] = []
  const byOrderId = new Map<string, Order[]>()
  const addOrderId = (id: string, order: Order) => {
    const list = byOrderId.get(id)
    if (!list) byOrderId.set(id, [order])
    else if (!list.includes(order)) list.push(order)
  }
  for (const order of ledger.orders) {
    addOrderId(order.orderId, order)
    if (order.aliases) for (const alias of order.aliases) addOrderId(alias, order)
    for (const shipment of order.shipments) {
      const existing = byKey.get(shipment.key)
      if (existing && compareKeys(existing.order.key, order.key) <= 0) continue
      const ref = { shipment, order }
      byKey.set(shipment.key, ref)
      if (!existing) shipments.push(ref)
    }
  }
  // Re-read from byKey so a duplicate key resolves to the same ref whatever the input order.
  for (let i = 0; i < shipments.length; i++) shipments[i] = byKey.get(shipments[i]!.shipment.key)!
  shipments.sort((a, b) => compareKeys(a.shipment.key, b.shipment.key))
  const byTracking = new Map<string, ShipmentRef[]>()
  for (const ref of shipments) {
    for (const id of ref.shipment.trackingIds) {
      const key = trackingMatchKey(id)
      if (key === '') continue
      const list = byTracking.get(key)
      if (!list) byTracking.set(key, [ref])
      else if (list[list.length - 1] !== ref) list.push(ref)
    }
  }
  for (const list of byOrderId.values()) if (list.length > 1) list.sort((a, b) => compareKeys(a.key, b.key))
  return { shipments, byKey, byTracking, byOrderId }
}
