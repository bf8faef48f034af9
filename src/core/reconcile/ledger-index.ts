// Indexes over the ledger for reconcile, limited to what the parcels and decisions ask about.
import type { Ledger, MarketplaceId, Order, Shipment, ShipmentKey } from '../model/index.ts'
import { normalizeTracking } from '../tracking/normalize.ts'
import { hashString, mayContain, mayContainHash, stringFilter } from './string-filter.ts'
import { numberOf, tableFilter, type StringTable } from './string-table.ts'

export interface ShipmentRef {
  shipment: Shipment
  order: Order
  /** Position in `LedgerIndex.shipments`. */
  at: number
}

/** What the parcels and decisions refer to; only these are indexed (the ledger is much larger). */
export interface Wanted {
  /** Tracking match keys printed on parcels, numbered 0, 1, 2 … in first-seen order. */
  tracking: StringTable
  /** Packing-slip order numbers. */
  orderIds: ReadonlySet<string>
  /** Shipments named by decisions. */
  shipmentKeys: ReadonlySet<ShipmentKey>
}

export interface LedgerIndex {
  /**
   * Every shipment once, sorted by key, as parallel arrays by position (no object per shipment):
   * its key, so rules that only name a shipment need not visit it again, and its order
   * (`shipmentAt` finds the shipment itself).
   */
  keys: ShipmentKey[]
  orderOf: Order[]
  /**
   * By wanted tracking key number: 1 + the position of the first shipment carrying it, 0 if none
   * (numbers, not objects: most parcels match, and a large ledger's matches would all be kept).
   */
  trackingAt: Int32Array
  /** Key number → positions of further shipments carrying it (orders packed together), ascending. */
  moreTrackingAt: Map<number, number[]>
  /** Wanted order number (or alias) → orders with it, sorted by order key. */
  byOrderId: Map<string, Order[]>
  /** The shipments of each order in `byOrderId`, sorted by shipment key. */
  refsOfOrder: Map<Order, ShipmentRef[]>
  /** Wanted shipment key → its shipment. */
  byKey: Map<ShipmentKey, ShipmentRef>
  /** Every marketplace with an order, sorted. */
  marketplaces: MarketplaceId[]
}

const CLEAN = /^[A-Z0-9]+$/
const SSCC_20 = /^00\d{18}$/

// DHL prints `00`+SSCC (20 digits); the bare 18-digit SSCC is the same parcel (reference §1.5).
function withoutSsccPrefix(n: string): string {
  return n.length === 20 && n.charCodeAt(0) === 48 && n.charCodeAt(1) === 48 && SSCC_20.test(n) ? n.slice(2) : n
}

/** The string two tracking numbers are compared by: normalised, with `00`+SSCC equal to the bare SSCC. */
export function trackingMatchKey(raw: string): string {
  return withoutSsccPrefix(CLEAN.test(raw) ? raw : normalizeTracking(raw))
}

/** Work done once per shipment while the index is built, so the large ledger is read only once. */
export interface Walker {
  visit(shipment: Shipment, order: Order, at: number): void
}

/**
 * Builds the indexes in one pass over the shipments, calling `walker.visit` on each at its final
 * position. Shipment tracking IDs are stored normalised (model contract), so only the SSCC prefix
 * is folded here. Orders read in key order (as storage returns them) are walked once; otherwise
 * the shipments are sorted (a repeated key keeps the copy of the smaller order key) and walked
 * again with a fresh walker.
 */
export function indexLedger<W extends Walker>(ledger: Ledger, wanted: Wanted, newWalker: (count: number) => W): { index: LedgerIndex; walker: W } {
  const byOrderId = new Map<string, Order[]>()
  const orderRefs = new Map<Order, ShipmentRef[]>()
  const addOrderId = (id: string, order: Order) => {
    const list = byOrderId.get(id)
    if (!list) byOrderId.set(id, [order])
    else if (!list.some((o) => o.key === order.key)) list.push(order)
    orderRefs.set(order, [])
  }
  const keyCount = wanted.tracking.texts.length
  const wantTracking = keyCount > 0
  const trackingFilter = tableFilter(wanted.tracking)
  const orderIdFilter = stringFilter(wanted.orderIds)
  const wantKeys = wanted.shipmentKeys.size > 0
  // Arrays sized up front: growing ledger-sized arrays by push costs more than counting.
  let total = 0
  const orders = ledger.orders
  for (let o = 0; o < orders.length; o++) total += orders[o]!.shipments.length
  let walker = newWalker(total)
  let trackingAt = new Int32Array(keyCount)
  let moreTrackingAt = new Map<number, number[]>()
  let byKey = new Map<ShipmentKey, ShipmentRef>()
  const visit = (shipment: Shipment, order: Order, i: number) => {
    walker.visit(shipment, order, i)
    if (wantKeys && wanted.shipmentKeys.has(shipment.key)) byKey.set(shipment.key, { shipment, order, at: i })
    if (!wantTracking) return
    const ids = shipment.trackingIds
    for (let t = 0; t < ids.length; t++) {
      const printed = withoutSsccPrefix(ids[t]!)
      const h = hashString(printed)
      const number = mayContainHash(trackingFilter, h) ? numberOf(wanted.tracking, printed, h) : -1
      if (number < 0) continue
      const first = trackingAt[number]!
      if (first === 0) trackingAt[number] = i + 1
      else if (first !== i + 1) {
        const more = moreTrackingAt.get(number)
        if (!more) moreTrackingAt.set(number, [i])
        else if (more[more.length - 1] !== i) more.push(i)
      }
    }
  }

  let orderOf: Order[] = new Array(total)
  let keys: ShipmentKey[] = new Array(total)
  let sorted = true
  let previous = ''
  let at = 0
  const wantOrderIds = wanted.orderIds.size > 0
  const marketplaces = new Set<MarketplaceId>()
  let lastMarketplace: MarketplaceId | undefined
  for (let o = 0; o < orders.length; o++) {
    const order = orders[o]!
    if (order.marketplace !== lastMarketplace) marketplaces.add((lastMarketplace = order.marketplace))
    if (wantOrderIds) {
      if (mayContain(orderIdFilter, order.orderId) && wanted.orderIds.has(order.orderId)) addOrderId(order.orderId, order)
      if (order.aliases) for (const alias of order.aliases) if (wanted.orderIds.has(alias)) addOrderId(alias, order)
    }
    const own = order.shipments
    for (let k = 0; k < own.length; k++) {
      const shipment = own[k]!
      const key = shipment.key
      if (key <= previous) sorted = false
      previous = key
      if (sorted) visit(shipment, order, at)
      keys[at] = key
      orderOf[at++] = order
    }
  }
  if (!sorted) {
    let shipments: Shipment[]
    ;[shipments, orderOf] = sortUnique(orders)
    keys = shipments.map((s) => s.key)
    walker = newWalker(shipments.length)
    trackingAt = new Int32Array(keyCount)
    moreTrackingAt = new Map()
    byKey = new Map()
    for (let i = 0; i < shipments.length; i++) visit(shipments[i]!, orderOf[i]!, i)
  }
  for (const list of byOrderId.values()) if (list.length > 1) list.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  // Few orders are named by slips: find their shipments' positions by binary search on the sorted keys.
  for (const [order, refs] of orderRefs) {
    for (const shipment of order.shipments) {
      const at = positionOf(keys, shipment.key)
      // A key repeated in one order keeps its first shipment, as the index does.
      if (at >= 0 && orderOf[at] === order && !refs.some((r) => r.at === at)) refs.push({ shipment, order, at })
    }
    // Usually in order already (an order lists its shipments by key); sort allocates even for two.
    if (!ascending(refs)) refs.sort((a, b) => a.at - b.at)
  }
  return { index: { keys, orderOf, trackingAt, moreTrackingAt, byOrderId, refsOfOrder: orderRefs, byKey, marketplaces: [...marketplaces].sort() }, walker }
}

/** The shipment at position `at`, found in its order's list. */
export function shipmentAt(index: LedgerIndex, at: number): Shipment {
  const key = index.keys[at]
  const list = index.orderOf[at]!.shipments
  for (let k = 0; k < list.length; k++) if (list[k]!.key === key) return list[k]!
  throw new Error(`ledger index out of step at position ${at}`)
}

/** Writes the positions of the shipments carrying tracking key `number` to the front of `out`, ascending; returns how many. */
export function shipmentsWithKey(index: LedgerIndex, number: number, out: number[]): number {
  const first = index.trackingAt[number]!
  if (first === 0) return 0
  out[0] = first - 1
  const more = index.moreTrackingAt.size > 0 ? index.moreTrackingAt.get(number) : undefined
  if (!more) return 1
  for (let k = 0; k < more.length; k++) out[k + 1] = more[k]!
  return more.length + 1
}

function ascending(refs: readonly ShipmentRef[]): boolean {
  for (let i = 1; i < refs.length; i++) if (refs[i - 1]!.at > refs[i]!.at) return false
  return true
}

function positionOf(keys: readonly ShipmentKey[], key: ShipmentKey): number {
  let lo = 0
  let hi = keys.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const k = keys[mid]!
    if (k === key) return mid
    if (k < key) lo = mid + 1
    else hi = mid - 1
  }
  return -1
}

// Every shipment of `orders` sorted by shipment key (then order key), repeated keys dropped (the first kept).
function sortUnique(orders: readonly Order[]): [Shipment[], Order[]] {
  const shipments: Shipment[] = []
  const orderOf: Order[] = []
  for (const order of orders) for (const shipment of order.shipments) {
    shipments.push(shipment)
    orderOf.push(order)
  }
  const positions = shipments.map((_, i) => i)
  positions.sort((a, b) => {
    const x = shipments[a]!.key
    const y = shipments[b]!.key
    if (x !== y) return x < y ? -1 : 1
    const p = orderOf[a]!.key
    const q = orderOf[b]!.key
    return p < q ? -1 : p > q ? 1 : 0
  })
  const s: Shipment[] = []
  const o: Order[] = []
  for (const i of positions) {
    if (s.length > 0 && s[s.length - 1]!.key === shipments[i]!.key) continue
    s.push(shipments[i]!)
    o.push(orderOf[i]!)
  }
  return [s, o]
}
