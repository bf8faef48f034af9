// Reconciliation: (ledger, parcels, decisions, settings, today) → outcomes. Pure, deterministic, order-independent.
import type { Decision, Ledger, Notice, Parcel, ParcelOutcome, PlainDate, Settings, ShipmentOutcome } from '../model/index.ts'
import { carrierFamilies } from './carriers.ts'
import { epochDay } from './days.ts'
import { indexCoverage } from './coverage.ts'
import { applyDateWindow } from './date-window.ts'
import { foldDecisions, type FoldedDecisions } from './decisions.ts'
import { ledgerWalker } from './ledger-pass.ts'
import { indexLedger, type Wanted } from './ledger-index.ts'
import { applyDecisions, applySlips, applyTracking, newMatchState, parcelKeys } from './match-parcels.ts'
import { compareNotices, parcelNotice } from './notices.ts'
import { withMatched } from './shipment-outcomes.ts'
import { applyUnmatched } from './unmatched.ts'

export interface ReconcileResult {
  /** One outcome per parcel, sorted by parcel id. */
  parcels: ParcelOutcome[]
  /**
   * Sorted by shipment key: every shipment a parcel matched, every delivery awaiting confirmation,
   * and every shipment the user marked; shipments with nothing to report are left out.
   */
  shipments: ShipmentOutcome[]
  notices: Notice[]
}

/** Positions in `parcels` in (received date, id) order, the order every rule visits them in. */
function sortParcels(parcels: readonly Parcel[]): ArrayLike<number> {
  const day = new Float64Array(parcels.length)
  let lo = Infinity
  let hi = -Infinity
  let idOrder = true
  for (let i = 0; i < parcels.length; i++) {
    const d = (day[i] = epochDay(parcels[i]!.receivedOn))
    if (d < lo) lo = d
    if (d > hi) hi = d
    if (i > 0 && parcels[i - 1]!.id > parcels[i]!.id) idOrder = false
  }
  // Storage returns parcels in id order: a stable bucket sort by day then keeps ids in order, in
  // linear time. Unreadable dates or a day range far wider than the parcels use the comparator.
  const readable = parcels.every((_, i) => !Number.isNaN(day[i]!))
  if (parcels.length === 0) return []
  if (idOrder && readable && hi - lo <= Math.max(4 * parcels.length, 40_000)) return byDay(day, lo, hi)
  const order = parcels.map((_, i) => i)
  return order.sort((a, b) => {
    const x = parcels[a]!
    const y = parcels[b]!
    return day[a]! - day[b]! || (x.receivedOn < y.receivedOn ? -1 : x.receivedOn > y.receivedOn ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  })
}

// Counting sort of positions by day number (stable).
function byDay(day: Float64Array, lo: number, hi: number): Int32Array {
  const start = new Int32Array(hi - lo + 2)
  for (let i = 0; i < day.length; i++) start[day[i]! - lo + 1]!++
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!
  const out = new Int32Array(day.length)
  for (let i = 0; i < day.length; i++) out[start[day[i]! - lo]!++] = i
  return out
}

// The tracking IDs, slip numbers and confirmed shipments worth indexing.
function wantedBy(parcels: readonly Parcel[], keys: readonly string[][], folded: FoldedDecisions): Wanted {
  const tracking = new Map<string, string>()
  const orderIds = new Set<string>()
  const shipmentKeys = new Set<string>()
  for (let n = 0; n < parcels.length; n++) {
    const own = keys[n]!
    // Parcels sharing a number share one string, so every later lookup of it is an identity check.
    for (let j = 0; j < own.length; j++) {
      const first = tracking.get(own[j]!)
      if (first === undefined) tracking.set(own[j]!, own[j]!)
      else own[j] = first
    }
    const slip = parcels[n]!.slipOrderId?.trim()
    if (slip) orderIds.add(slip)
  }
  for (const d of folded.parcels.values()) if (d.verdict?.kind === 'confirm') shipmentKeys.add(d.verdict.shipmentKey)
  return { tracking, orderIds, shipmentKeys }
}

// Outcomes (in input order) sorted by parcel id; parcels read from storage come in id order already.
function byParcelId(outcomes: ParcelOutcome[]): ParcelOutcome[] {
  for (let i = 1; i < outcomes.length; i++) {
    if (outcomes[i - 1]!.parcelId > outcomes[i]!.parcelId) return outcomes.sort((a, b) => (a.parcelId < b.parcelId ? -1 : a.parcelId > b.parcelId ? 1 : 0))
  }
  return outcomes
}

/**
 * Decides, for every parcel, which order it came from (DESIGN.md §5), and for every shipment
 * whether its delivery is confirmed. Rules per parcel, first that applies: the user's decision;
 * tracking ID; packing slip; date window (only without a tracking number); else unmatched, with
 * coverage gaps and suspected brushing. Inputs are sorted internally, so their order never matters.
 */
export function reconcile(ledger: Ledger, parcels: Parcel[], decisions: Decision[], settings: Settings, today: PlainDate): ReconcileResult {
  const folded = foldDecisions(decisions)
  const families = carrierFamilies()
  const visitOrder = sortParcels(parcels)
  const sorted = Array.from(visitOrder, (i) => parcels[i]!)
  const keys = parcelKeys(sorted)
  // The date window will look at parcels without a number, a decision or a slip (rules 0–2 always decide those).
  const decided = sorted.map((p) => folded.parcels.get(p.id))
  const windowDays = sorted.filter((p, n) => keys[n]!.length === 0 && !decided[n]?.verdict && !p.slipOrderId?.trim()).map((p) => p.receivedOn)
  const { index, walker } = indexLedger(ledger, wantedBy(sorted, keys, folded), ledgerWalker(settings, today, folded.shipments, windowDays))
  const state = newMatchState(sorted, keys, decided, index)

  applyDecisions(index, state)
  applyTracking(index, state)
  applySlips(index, state)
  const shipments = withMatched(walker.judged, walker.judgedAt, index, state, folded.shipments)
  applyDateWindow(index, state, families, walker.due)
  applyUnmatched(indexCoverage(ledger.coverage, index.marketplaces), state, families)

  const notices = walker.notices
  const outcomes: ParcelOutcome[] = new Array(parcels.length)
  for (let n = 0; n < sorted.length; n++) {
    const p = sorted[n]!
    const outcome = state.outcomes[n]!
    outcomes[visitOrder[n]!] = outcome
    const notice = parcelNotice(p, outcome)
    if (notice) notices.push(notice)
  }
  notices.sort(compareNotices)
  return { parcels: byParcelId(outcomes), shipments, notices }
}
