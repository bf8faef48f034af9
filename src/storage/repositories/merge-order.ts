// Pure merge rules for orders and shipments: newer facts win, known facts are never lost.
import type { Item, Order, Shipment, ShipmentKey } from '../../core/model/index.ts'
import { compact, definedOnly } from '../compact.ts'
import type { StoredOrder, StoredShipment } from '../records.ts'

/** The order row of an incoming order (shipments stripped). */
export function orderRow(order: Order): StoredOrder {
  const { shipments: _shipments, ...row } = order
  return compact(row)
}

/** Merges an incoming order row into a stored one. */
export function mergeOrderRow(existing: StoredOrder, incoming: StoredOrder): StoredOrder {
  const merged: StoredOrder = { ...existing, ...definedOnly(incoming) }
  const aliases = union(existing.aliases ?? [], incoming.aliases ?? [])
  if (aliases.length > 0) merged.aliases = aliases
  // `null` says "no total shown on this page"; it never erases a total read elsewhere.
  if (incoming.total === null && existing.total) merged.total = existing.total
  merged.digital = existing.digital || incoming.digital
  return compact(merged)
}

/** Merges an incoming shipment into a stored one, keeping `key` (the caller picks the surviving key). */
export function mergeShipment(existing: StoredShipment, incoming: StoredShipment, key: ShipmentKey): StoredShipment {
  const merged: StoredShipment = { ...existing, ...definedOnly(incoming), key, orderKey: existing.orderKey }
  const aliases = union(union(existing.mergedKeys ?? [], incoming.mergedKeys ?? []), [existing.key, incoming.key]).filter((k) => k !== key)
  if (aliases.length > 0) merged.mergedKeys = aliases.sort()
  merged.status = mergeStatus(existing, incoming)
  merged.trackingIds = union(existing.trackingIds, incoming.trackingIds)
  merged.items = mergeItems(existing.items, incoming.items)
  merged.source = existing.source === 'page' || incoming.source === 'page' ? 'page' : 'export'
  return compact(merged)
}

/** How far along its life a shipment is; a status never moves backwards (a stale page cannot undo "delivered"). */
const STATUS_PROGRESS: Record<Shipment['status'], number> = {
  unknown: -1, pending: 0, shipped: 1, 'out-for-delivery': 2, cancelled: 3, delivered: 3, returned: 4, refunded: 5,
}

/**
 * The incoming status is the most recent observation, so it wins when it is at least as far along,
 * except that an export (a snapshot of unknown age) never overrides what a page showed.
 */
function mergeStatus(existing: Shipment, incoming: Shipment): Shipment['status'] {
  if (STATUS_PROGRESS[incoming.status] < STATUS_PROGRESS[existing.status]) return existing.status
  if (incoming.source === 'export' && existing.source === 'page' && existing.status !== 'unknown') return existing.status
  return incoming.status
}

/** Items matched by ASIN, else by title (list pages truncate titles, so a prefix also matches). */
export function mergeItems(existing: Item[], incoming: Item[]): Item[] {
  const result = existing.map((i) => ({ ...i }))
  const taken = new Set<number>()
  for (const item of incoming) {
    const at = result.findIndex((r, i) => !taken.has(i) && sameItem(r, item))
    if (at < 0) {
      result.push(compact({ ...item }))
      taken.add(result.length - 1)
      continue
    }
    const r = result[at]!
    const merged: Item = { ...r, ...definedOnly(item) }
    merged.title = longer(r.title, item.title)
    if (r.sample || item.sample) merged.sample = true
    result[at] = compact(merged)
    taken.add(at)
  }
  return result
}

function sameItem(a: Item, b: Item): boolean {
  if (a.asin && b.asin) return a.asin === b.asin
  const ta = foldTitle(a.title)
  const tb = foldTitle(b.title)
  if (ta === tb) return true
  const [short, long] = ta.length <= tb.length ? [ta, tb] : [tb, ta]
  return short.length >= 12 && long.startsWith(short)
}

function foldTitle(title: string): string {
  return title.normalize('NFKC').toLowerCase().replace(/(\.\.\.|…)\s*$/u, '').replace(/\s+/gu, ' ').trim()
}

function longer(a: string, b: string): string {
  return foldTitle(b).length > foldTitle(a).length ? b : a
}

export function union<T>(a: readonly T[], b: readonly T[]): T[] {
  const out = [...a]
  for (const v of b) if (!out.includes(v)) out.push(v)
  return out
}

/** How much evidence a shipment key carries: Amazon shipment id > tracking id > ship date > position. */
export function keyStrength(key: ShipmentKey): number {
  const part = key.slice(key.lastIndexOf(':') + 1)
  if (part.startsWith('s-')) return 3
  if (part.startsWith('t-')) return 2
  if (part.startsWith('d-')) return 1
  return 0
}

/**
 * Which stored shipment of the same order an incoming shipment describes, if any:
 * 1. the same key (or a weaker key merged into it before);
 * 2. a shared tracking id;
 * 3. when one side has a weak key (ship date or position): by items — the incoming weak shipment's
 *    items are all in exactly one stored shipment, or exactly one stored weak shipment's items are all
 *    in the incoming one (a list page showed part of what the details page shows in full);
 * 4. when both sides know exactly one shipment and one key is weak, that one.
 * Shipments with different ship dates, or with tracking ids that do not overlap, are never merged by 3 or 4.
 */
export function findSameShipment(
  stored: readonly StoredShipment[],
  incoming: Shipment,
  incomingSiblings: number,
): StoredShipment | undefined {
  const exact = stored.find((s) => s.key === incoming.key || s.mergedKeys?.includes(incoming.key))
  if (exact) return exact
  const byTracking = stored.find((s) => s.trackingIds.some((t) => incoming.trackingIds.includes(t)))
  if (byTracking) return byTracking
  const compatible = stored.filter((s) => Math.min(keyStrength(s.key), keyStrength(incoming.key)) <= 1 && mayBeSame(s, incoming))
  const holders = keyStrength(incoming.key) <= 1
    ? compatible.filter((s) => itemsWithin(incoming, s))
    : compatible.filter((s) => itemsWithin(s, incoming))
  if (holders.length === 1) return holders[0]
  if (stored.length === 1 && incomingSiblings === 1 && compatible.length === 1) return compatible[0]
  return undefined
}

function mayBeSame(a: Shipment, b: Shipment): boolean {
  if (a.shippedOn && b.shippedOn && a.shippedOn !== b.shippedOn) return false
  return a.trackingIds.length === 0 || b.trackingIds.length === 0
}

/** Every item of `part` (at least one) appears in `whole`. */
function itemsWithin(part: Shipment, whole: Shipment): boolean {
  return part.items.length > 0 && part.items.every((i) => whole.items.some((w) => sameItem(w, i)))
}
