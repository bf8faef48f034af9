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
import { markMatched } from './shipment-outcomes.ts'
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
function sortParcels(parcels: readonly Parcel[]): number[] {
  // Sorting on precomputed day numbers: string comparison dominates a plain comparator.
  const day = parcels.map((p) => epochDay(p.receivedOn))
  const order = parcels.map((_, i) => i)
  return order.sort((a, b) => {
    const x = parcels[a]!
    const y = parcels[b]!
    return day[a]! - day[b]! || (x.receivedOn < y.receivedOn ? -1 : x.receivedOn > y.receivedOn ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  })
}

// The tracking IDs, slip numbers and confirmed shipments worth indexing.
function wantedBy(parcels: readonly Parcel[], keys: readonly string[][], folded: FoldedDecisions): Wanted {
  const tracking = new Set<string>()
  const orderIds = new Set<string>()
  const shipmentKeys = new Set<string>()
  for (let n = 0; n < parcels.length; n++) {
    for (const k of keys[n]!) tracking.add(k)
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
  const sorted = visitOrder.map((i) => parcels[i]!)
  const keys = parcelKeys(sorted)
  // The date window will look at parcels without a number, a decision or a slip (rules 0–2 always decide those).
  const decided = sorted.map((p) => folded.parcels.get(p.id))
  const windowDays = sorted.filter((p, n) => keys[n]!.length === 0 && !decided[n]?.verdict && !p.slipOrderId?.trim()).map((p) => p.receivedOn)
  const { index, walker } = indexLedger(ledger, wantedBy(sorted, keys, folded), ledgerWalker(settings, today, folded.shipments, windowDays))
  const state = newMatchState(sorted, keys, decided, index)

  applyDecisions(index, state)
  applyTracking(index, state)
  applySlips(index, state)
  markMatched(walker.outcomes, index, state, folded.shipments)
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
  const shipments = walker.outcomes.filter((o): o is ShipmentOutcome => o !== undefined)
  return { parcels: byParcelId(outcomes), shipments, notices }
}
