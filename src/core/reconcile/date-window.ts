// Rule 3: for parcels without a tracking number, propose shipments due around the received date.
import type { CarrierFamily, Parcel } from '../model/index.ts'
import type { CarrierFamilies } from './carriers.ts'
import type { FoldedDecisions } from './decisions.ts'
import { dayToDate, epochDay } from './days.ts'
import { day, listOf, orderLabel } from './describe.ts'
import type { LedgerIndex, ShipmentRef } from './ledger-index.ts'
import type { MatchState } from './match-parcels.ts'

/** A parcel received on R may be a shipment due R−2 … R+1. */
export const WINDOW_BEFORE = 2
export const WINDOW_AFTER = 1
/** Without a delivery date a shipment is due ship date … +7, or order date … +14. */
export const SHIPPED_SPAN = 7
export const ORDERED_SPAN = 14

interface Due { ref: ShipmentRef; to: number }

/** The days a shipment may have arrived on, or undefined when it has no date at all. */
function dueRange(ref: ShipmentRef): { from: number; to: number } | undefined {
  const s = ref.shipment
  const delivered = epochDay(s.deliveredOn ?? s.expectedOn)
  if (!Number.isNaN(delivered)) return { from: delivered, to: delivered }
  const shipped = epochDay(s.shippedOn)
  if (!Number.isNaN(shipped)) return { from: shipped, to: shipped + SHIPPED_SPAN }
  const ordered = epochDay(ref.order.placedOn)
  if (!Number.isNaN(ordered)) return { from: ordered, to: ordered + ORDERED_SPAN }
  return undefined
}

/** Untaken, uncancelled shipments bucketed by the first day they may have arrived. */
function bucketByDay(index: LedgerIndex, state: MatchState): Map<number, Due[]> {
  const buckets = new Map<number, Due[]>()
  for (const ref of index.shipments) {
    if (ref.shipment.status === 'cancelled' || state.matchedBy.has(ref.shipment.key)) continue
    const range = dueRange(ref)
    if (!range) continue
    const list = buckets.get(range.from)
    if (list) list.push({ ref, to: range.to })
    else buckets.set(range.from, [{ ref, to: range.to }])
  }
  return buckets
}

function familyConflict(parcelFamily: CarrierFamily | undefined, ref: ShipmentRef, families: CarrierFamilies): boolean {
  if (!parcelFamily) return false
  const f = families.ofShipment(ref.shipment, ref.order.marketplace)
  return f !== undefined && f !== parcelFamily
}

/**
 * One candidate → `probable`, several → `ambiguous`. Parcels with any tracking number never get
 * here: a number that is not in the ledger must not be matched by date.
 */
export function applyDateWindow(parcels: readonly Parcel[], index: LedgerIndex, folded: FoldedDecisions, state: MatchState, families: CarrierFamilies): void {
  let buckets: Map<number, Due[]> | undefined
  for (const p of parcels) {
    if (state.outcomes.has(p.id) || state.keys.get(p.id)!.length > 0) continue
    const received = epochDay(p.receivedOn)
    if (Number.isNaN(received)) continue
    buckets ??= bucketByDay(index, state)
    const rejected = folded.parcels.get(p.id)?.rejected
    const lo = received - WINDOW_BEFORE
    const hi = received + WINDOW_AFTER
    const found: ShipmentRef[] = []
    for (let d = lo - ORDERED_SPAN; d <= hi; d++) {
      const list = buckets.get(d)
      if (!list) continue
      for (const due of list) {
        if (due.to < lo || rejected?.has(due.ref.shipment.key) || familyConflict(p.carrier, due.ref, families)) continue
        found.push(due.ref)
      }
    }
    if (found.length === 0) continue
    found.sort((a, b) => (a.shipment.key < b.shipment.key ? -1 : a.shipment.key > b.shipment.key ? 1 : 0))
    const span = `${day(dayToDate(lo))} and ${day(dayToDate(hi))}`
    const first = found[0]!
    const candidates = found.map((r) => r.shipment.key)
    const flags = { coverageGap: false, suspectedBrushing: false, series: null, rule: 'date-window' as const }
    if (found.length === 1) {
      state.outcomes.set(p.id, {
        parcelId: p.id, outcome: 'probable', orderKey: first.order.key, shipmentKey: first.shipment.key, candidates, ...flags,
        reason: `No tracking number; ${orderLabel(first.order)} is the only shipment due between ${span}, awaiting your confirmation.`,
      })
    } else {
      state.outcomes.set(p.id, {
        parcelId: p.id, outcome: 'ambiguous', candidates, ...flags,
        reason: `No tracking number; ${found.length} shipments are due between ${span} (orders ${listOf([...new Set(found.map((r) => r.order.orderId))])}), pick the right one.`,
      })
    }
  }
}
