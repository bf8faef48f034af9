// Shipments bucketed by the days they may have arrived, for the date-window rule.
import type { Order, PlainDate, Shipment } from '../model/index.ts'
import { dayToDate, epochDay } from './days.ts'

/** A parcel received on R may be a shipment due R−2 … R+1. */
export const WINDOW_BEFORE = 2
export const WINDOW_AFTER = 1
/** Without a delivery date a shipment is due ship date … +7, or order date … +14. */
export const SHIPPED_SPAN = 7
export const ORDERED_SPAN = 14

export interface DueIndex {
  /** Days some parcel's window covers; only shipments due on one of them are bucketed. */
  days: ReadonlySet<PlainDate>
  /** Delivery (or expected) date → shipment positions: one-day ranges, most shipments. */
  points: Map<PlainDate, number[]>
  /** First epoch day of a ship-date or order-date range → positions; last day in `lastDay`. */
  spans: Map<number, number[]>
  lastDay: Map<number, number>
}

/** The window days of parcels received on `received` dates; an empty index when there are none. */
export function newDueIndex(received: Iterable<PlainDate>): DueIndex {
  const days = new Set<PlainDate>()
  for (const r of received) {
    const day = epochDay(r)
    for (let d = day - WINDOW_BEFORE; d <= day + WINDOW_AFTER; d++) days.add(dayToDate(d))
  }
  return { days, points: new Map(), spans: new Map(), lastDay: new Map() }
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key)
  if (list) list.push(i)
  else map.set(key, [i])
}

/** Buckets the shipment at position `i` if it may have arrived on a window day. */
export function addDue(due: DueIndex, s: Shipment, order: Order, i: number): void {
  const on = s.deliveredOn ?? s.expectedOn
  if (on !== undefined) {
    if (due.days.has(on)) push(due.points, on, i)
    return
  }
  const shipped = epochDay(s.shippedOn)
  const from = Number.isNaN(shipped) ? epochDay(order.placedOn) : shipped
  if (Number.isNaN(from)) return
  push(due.spans, from, i)
  due.lastDay.set(i, from + (Number.isNaN(shipped) ? ORDERED_SPAN : SHIPPED_SPAN))
}

/**
 * Writes the positions of the shipments due inside R−2 … R+1, for a parcel received on R, to the
 * front of `out` (in no particular order) and returns how many. `out` is reused between parcels
 * and never shrunk: resetting its length would free and regrow it for every parcel.
 */
export function dueAround(due: DueIndex, received: PlainDate, out: number[]): number {
  const r = epochDay(received)
  const lo = r - WINDOW_BEFORE
  const hi = r + WINDOW_AFTER
  let count = 0
  for (let d = lo; d <= hi; d++) {
    const list = due.points.get(dayToDate(d))
    if (list) for (const i of list) out[count++] = i
  }
  if (due.spans.size > 0) {
    for (let d = lo - ORDERED_SPAN; d <= hi; d++) {
      const list = due.spans.get(d)
      if (list) for (const i of list) if (due.lastDay.get(i)! >= lo) out[count++] = i
    }
  }
  return count
}
