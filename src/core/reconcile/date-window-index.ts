// Shipments bucketed by the days they may have arrived, for the date-window rule.
import type { CarrierFamily, Order, PlainDate, Shipment } from '../model/index.ts'
import type { CarrierFamilies } from './carriers.ts'
import { epochDay, isCanonicalDate } from './days.ts'

/** A parcel received on R may be a shipment due R−2 … R+1. */
export const WINDOW_BEFORE = 2
export const WINDOW_AFTER = 1
/** Without a delivery date a shipment is due ship date … +7, or order date … +14. */
export const SHIPPED_SPAN = 7
export const ORDERED_SPAN = 14

const NONE = -1

/**
 * Typed arrays rather than a map of arrays: nearly every shipment of a long history lands in some
 * parcel's window, and numbers in typed arrays cost the garbage collector nothing to keep.
 */
export interface DueIndex {
  /** True when some parcel has a window, i.e. shipments need bucketing at all. */
  active: boolean
  /** Epoch day of `slotOf[0]`. */
  from: number
  /** By day − `from`: the day's slot if some parcel's window covers it, else −1. */
  slotOf: Int32Array
  /** By shipment position: the slot of its delivery (or expected) date, else −1. */
  slotOfShipment: Int32Array
  /** Positions by slot (`at[start[k]] … at[start[k + 1] − 1]`), built on the first query. */
  points: { start: Int32Array; at: Int32Array } | undefined
  /**
   * By shipment position, filled only when some window parcel names its carrier: 1 + the index in
   * `families` of the family Amazon's carrier text names, 0 when it names none. Read while the
   * ledger is walked in memory order, so the rule need not visit scattered shipments again.
   */
  familyOf: Uint8Array
  families: CarrierFamily[]
  /** First epoch day of a ship-date or order-date range → positions; last day in `lastDay`. */
  spans: Map<number, number[]>
  lastDay: Map<number, number>
}

/**
 * The window days of parcels received on `received` dates, for a ledger of `count` shipments;
 * `byCarrier` when some of those parcels name their carrier.
 */
export function newDueIndex(received: readonly PlainDate[], count: number, byCarrier: boolean): DueIndex {
  const days: number[] = []
  let lo = Infinity
  let hi = -Infinity
  for (let k = 0; k < received.length; k++) {
    const day = epochDay(received[k]!)
    if (Number.isNaN(day)) continue
    days.push(day)
    if (day < lo) lo = day
    if (day > hi) hi = day
  }
  const active = days.length > 0
  const from = lo - WINDOW_BEFORE
  // Sized by the span of the parcels' dates, not of the ledger's.
  const slotOf = new Int32Array(active ? hi + WINDOW_AFTER - from + 1 : 0).fill(NONE)
  let slots = 0
  for (let k = 0; k < days.length; k++) {
    const day = days[k]!
    for (let d = day - WINDOW_BEFORE; d <= day + WINDOW_AFTER; d++) if (slotOf[d - from] === NONE) slotOf[d - from] = slots++
  }
  const slotOfShipment = new Int32Array(active ? count : 0).fill(NONE)
  const familyOf = new Uint8Array(active && byCarrier ? count : 0)
  return { active, from, slotOf, slotOfShipment, points: undefined, familyOf, families: [], spans: new Map(), lastDay: new Map() }
}

function push<K>(map: Map<K, number[]>, key: K, i: number): void {
  const list = map.get(key)
  if (list) list.push(i)
  else map.set(key, [i])
}

function slotOfDay(due: DueIndex, day: number): number {
  const k = day - due.from
  return k >= 0 && k < due.slotOf.length ? due.slotOf[k]! : NONE
}

// Up to 255 families get a code; any further one is looked up again by the rule.
function noteFamily(due: DueIndex, text: string, i: number, families: CarrierFamilies): void {
  const family = families.ofCarrierText(text)
  if (family === undefined) return
  let code = due.families.indexOf(family)
  if (code < 0 && due.families.length < 255) code = due.families.push(family) - 1
  if (code >= 0) due.familyOf[i] = code + 1
}

/** Buckets the shipment at position `i` if it may have arrived on a window day. */
export function addDue(due: DueIndex, s: Shipment, order: Order, i: number, families: CarrierFamilies): void {
  const on = s.deliveredOn ?? s.expectedOn
  if (on !== undefined) {
    const day = epochDay(on)
    const slot = Number.isNaN(day) ? NONE : slotOfDay(due, day)
    if (slot === NONE || !isCanonicalDate(on)) return
    due.slotOfShipment[i] = slot
  } else {
    const shipped = epochDay(s.shippedOn)
    const from = Number.isNaN(shipped) ? epochDay(order.placedOn) : shipped
    if (Number.isNaN(from)) return
    push(due.spans, from, i)
    due.lastDay.set(i, from + (Number.isNaN(shipped) ? ORDERED_SPAN : SHIPPED_SPAN))
  }
  if (due.familyOf.length > 0 && s.carrier) noteFamily(due, s.carrier, i, families)
}

// Counting sort of the bucketed positions by slot; positions stay ascending within a slot.
function buildPoints(due: DueIndex): { start: Int32Array; at: Int32Array } {
  const bySlot = due.slotOfShipment
  let slots = 0
  for (let d = 0; d < due.slotOf.length; d++) if (due.slotOf[d]! >= slots) slots = due.slotOf[d]! + 1
  const start = new Int32Array(slots + 1)
  for (let i = 0; i < bySlot.length; i++) if (bySlot[i]! !== NONE) start[bySlot[i]! + 1]!++
  for (let k = 1; k < start.length; k++) start[k]! += start[k - 1]!
  const at = new Int32Array(start[slots]!)
  const next = start.slice(0, slots)
  for (let i = 0; i < bySlot.length; i++) if (bySlot[i]! !== NONE) at[next[bySlot[i]!]!++] = i
  return { start, at }
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
  const points = (due.points ??= buildPoints(due))
  let count = 0
  for (let d = lo; d <= hi; d++) {
    const slot = slotOfDay(due, d)
    if (slot === NONE) continue
    for (let j = points.start[slot]!; j < points.start[slot + 1]!; j++) out[count++] = points.at[j]!
  }
  if (due.spans.size > 0) {
    for (let d = lo - ORDERED_SPAN; d <= hi; d++) {
      const list = due.spans.get(d)
      if (list) for (let k = 0; k < list.length; k++) if (due.lastDay.get(list[k]!)! >= lo) out[count++] = list[k]!
    }
  }
  return count
}
