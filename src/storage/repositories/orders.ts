// Upserts orders and their shipments by natural key in one transaction, merging facts; counts every row.
import type { Order, OrderKey, ShipmentKey } from '../../core/model/index.ts'
import { sameData } from '../canonical-json.ts'
import { compact } from '../compact.ts'
import type { UnorderedDb } from '../db.ts'
import type { StoredOrder, StoredShipment } from '../records.ts'
import { findSameShipment, keyStrength, mergeOrderRow, mergeShipment, orderRow } from './merge-order.ts'
import { decisionShipmentKey, decisionSubject } from './decisions.ts'
import { noticeId } from './notices.ts'
import { emptyCounts, type TableWriteCounts, type WriteCounts } from './write-counts.ts'

export interface UpsertOrdersCounts extends WriteCounts {
  orders: TableWriteCounts
  /** `removed` counts rows re-keyed to a stronger natural key (their content lives on under the new key). */
  shipments: TableWriteCounts
}

/** The tables `upsertOrders` writes; an outer transaction (e.g. rows + sync cursor) must include them. */
export function orderTables(db: UnorderedDb) {
  return [db.orders, db.shipments, db.decisions, db.notices]
}

/**
 * Upserts orders (with nested shipments) in ONE rw transaction. Facts merge (see merge-order.ts);
 * a row is written only when its content changes, so re-sending the same page writes nothing.
 * Safe to call inside a caller's wider transaction that includes `orderTables(db)`.
 */
export async function upsertOrders(db: UnorderedDb, orders: readonly Order[]): Promise<UpsertOrdersCounts> {
  if (orders.length === 0) return { added: 0, updated: 0, unchanged: 0, orders: emptyCounts(), shipments: emptyCounts() }
  return db.transaction('rw', orderTables(db), async () => {
    const keys = [...new Set(orders.map((o) => o.key))]
    const storedOrders = await db.orders.bulkGet(keys)
    const storedShipments = await shipmentsOfOrders(db, keys)

    const originalOrders = new Map<OrderKey, StoredOrder>()
    storedOrders.forEach((o) => o && originalOrders.set(o.key, o))
    const originalShipments = new Map(storedShipments.map((s) => [s.key, s]))
    const workingOrders = new Map(originalOrders)
    /** orderKey → (shipment key → row): the shipments as they will be after this upsert. */
    const workingShipments = new Map<OrderKey, Map<ShipmentKey, StoredShipment>>()
    for (const s of storedShipments) shipmentsOf(workingShipments, s.orderKey).set(s.key, s)
    /** old key → new key, for shipments re-keyed to stronger evidence. */
    const renames = new Map<ShipmentKey, ShipmentKey>()

    for (const order of orders) {
      const row = orderRow(order)
      const current = workingOrders.get(order.key)
      workingOrders.set(order.key, current ? mergeOrderRow(current, row) : row)
      const siblings = shipmentsOf(workingShipments, order.key)
      for (const incoming of order.shipments) {
        const same = findSameShipment([...siblings.values()], incoming, order.shipments.length)
        if (!same) {
          siblings.set(incoming.key, compact({ ...incoming, orderKey: order.key }))
          continue
        }
        const key = keyStrength(incoming.key) > keyStrength(same.key) ? incoming.key : same.key
        if (key !== same.key) {
          siblings.delete(same.key)
          // Only rows already in the database need deleting and their references moving.
          const origin = [...renames].find(([, to]) => to === same.key)?.[0] ?? (originalShipments.has(same.key) ? same.key : undefined)
          if (origin !== undefined) renames.set(origin, key)
        }
        siblings.set(key, mergeShipment(same, incoming, key))
      }
    }

    const orderCounts = emptyCounts()
    const orderPuts: StoredOrder[] = []
    for (const [key, row] of workingOrders) {
      const before = originalOrders.get(key)
      if (!before) orderCounts.added++
      else if (!sameData(before, row)) orderCounts.updated++
      else { orderCounts.unchanged++; continue }
      orderPuts.push(row)
    }

    const shipmentCounts = emptyCounts()
    const shipmentPuts: StoredShipment[] = []
    const renamedTargets = new Set(renames.values())
    const finalShipments = new Map([...workingShipments.values()].flatMap((m) => [...m]))
    for (const [key, row] of finalShipments) {
      const before = originalShipments.get(key)
      if (before && sameData(before, row)) { shipmentCounts.unchanged++; continue }
      if (before || renamedTargets.has(key)) shipmentCounts.updated++
      else shipmentCounts.added++
      shipmentPuts.push(row)
    }
    const shipmentDeletes = [...originalShipments.keys()].filter((k) => !finalShipments.has(k))
    shipmentCounts.removed = shipmentDeletes.length

    if (orderPuts.length > 0) await db.orders.bulkPut(orderPuts)
    if (shipmentDeletes.length > 0) await db.shipments.bulkDelete(shipmentDeletes)
    if (shipmentPuts.length > 0) await db.shipments.bulkPut(shipmentPuts)
    if (renames.size > 0) await repointShipmentReferences(db, renames)

    return {
      added: orderCounts.added + shipmentCounts.added,
      updated: orderCounts.updated + shipmentCounts.updated,
      unchanged: orderCounts.unchanged + shipmentCounts.unchanged,
      orders: orderCounts,
      shipments: shipmentCounts,
    }
  })
}

/** Stored shipments of these orders. Large batches (a data export) read one key range: `anyOf` with thousands of keys is slow. */
async function shipmentsOfOrders(db: UnorderedDb, keys: OrderKey[]): Promise<StoredShipment[]> {
  if (keys.length <= 64) return db.shipments.where('orderKey').anyOf(keys).toArray()
  const sorted = [...keys].sort()
  const wanted = new Set(keys)
  const rows = await db.shipments.where('orderKey').between(sorted[0]!, sorted[sorted.length - 1]!, true, true).toArray()
  return rows.filter((s) => wanted.has(s.orderKey))
}

function shipmentsOf(byOrder: Map<OrderKey, Map<ShipmentKey, StoredShipment>>, key: OrderKey): Map<ShipmentKey, StoredShipment> {
  let m = byOrder.get(key)
  if (!m) byOrder.set(key, (m = new Map()))
  return m
}

/** Decisions and notices follow a shipment whose key was strengthened, so no reference dangles. */
async function repointShipmentReferences(db: UnorderedDb, renames: Map<ShipmentKey, ShipmentKey>): Promise<void> {
  const oldKeys = [...renames.keys()]
  const decisions = await db.decisions.where('shipmentKey').anyOf(oldKeys).toArray()
  if (decisions.length > 0) {
    await db.decisions.bulkDelete(decisions.map((d) => d.subject))
    await db.decisions.bulkPut(decisions.map((d) => {
      const moved = { ...d, shipmentKey: renames.get(decisionShipmentKey(d)!)! } as typeof d
      return { ...moved, subject: decisionSubject(moved) }
    }))
  }
  const notices = (await db.notices.toArray()).filter((n) => n.shipmentKey && renames.has(n.shipmentKey))
  if (notices.length > 0) {
    await db.notices.bulkDelete(notices.map((n) => n.id))
    await db.notices.bulkPut(notices.map((n) => {
      const moved = { ...n, shipmentKey: renames.get(n.shipmentKey!)! }
      return { ...moved, id: noticeId(moved) }
    }))
  }
}
