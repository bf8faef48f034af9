// Reconciliation: (ledger, parcels, decisions, settings, today) → outcomes. Pure, deterministic, order-independent.
import type { Decision, Ledger, Notice, Parcel, ParcelId, ParcelOutcome, PlainDate, Settings, ShipmentOutcome } from '../model/index.ts'
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
  /** One outcome per shipment of the ledger, sorted by shipment key. */
  shipments: ShipmentOutcome[]
  notices: Notice[]
}

/** Parcels in (received date, id) order, the order every rule visits them in. */
function sortParcels(parcels: readonly Parcel[]): Parcel[] {
  // Sorting on precomputed day numbers: string comparison dominates a plain comparator.
  const tagged = parcels.map((p) => ({ p, day: epochDay(p.receivedOn) }))
  tagged.sort((a, b) => a.day - b.day || (a.p.receivedOn < b.p.receivedOn ? -1 : a.p.receivedOn > b.p.receivedOn ? 1 : 0) || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0))
  return tagged.map((t) => t.p)
}

// The tracking IDs, slip numbers and confirmed shipments worth indexing.
function wantedBy(parcels: readonly Parcel[], keys: Map<ParcelId, string[]>, folded: FoldedDecisions): Wanted {
  const tracking = new Set<string>()
  const orderIds = new Set<string>()
  const shipmentKeys = new Set<string>()
  for (const p of parcels) {
    for (const k of keys.get(p.id)!) tracking.add(k)
    const slip = p.slipOrderId?.trim()
    if (slip) orderIds.add(slip)
  }
  for (const d of folded.parcels.values()) if (d.verdict?.kind === 'confirm') shipmentKeys.add(d.verdict.shipmentKey)
  return { tracking, orderIds, shipmentKeys }
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
  const sorted = sortParcels(parcels)
  const keys = parcelKeys(sorted)
  // The date window will look at parcels without a number, a decision or a slip (rules 0–2 always decide those).
  const windowDays = sorted.filter((p) => keys.get(p.id)!.length === 0 && !folded.parcels.get(p.id)?.verdict && !p.slipOrderId?.trim()).map((p) => p.receivedOn)
  const { index, walker } = indexLedger(ledger, wantedBy(sorted, keys, folded), ledgerWalker(settings, today, folded.shipments, windowDays))
  const state = newMatchState(sorted, keys, index)

  applyDecisions(index, folded, state)
  applyTracking(index, folded, state)
  applySlips(index, folded, state)
  markMatched(walker.outcomes, state, folded.shipments)
  applyDateWindow(index, folded, state, families, walker.due)
  applyUnmatched(indexCoverage(ledger), state, families)

  const notices = walker.notices
  for (const p of sorted) {
    const outcome = state.outcomes.get(p.id)!
    const notice = parcelNotice(p, outcome, p.marketplace ?? outcome.orderKey?.split(':')[0])
    if (notice) notices.push(notice)
  }
  notices.sort(compareNotices)

  const outcomes = sorted.map((p) => state.outcomes.get(p.id)!)
  outcomes.sort((a, b) => (a.parcelId < b.parcelId ? -1 : a.parcelId > b.parcelId ? 1 : 0))
  return { parcels: outcomes, shipments: walker.outcomes, notices }
}
