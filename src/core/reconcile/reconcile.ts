// Reconciliation: (ledger, parcels, decisions, settings, today) → outcomes. Pure, deterministic, order-independent.
import type { Decision, Ledger, Notice, Parcel, ParcelId, ParcelOutcome, PlainDate, Settings, ShipmentOutcome } from '../model/index.ts'
import { carrierFamilies } from './carriers.ts'
import { indexCoverage } from './coverage.ts'
import { applyDateWindow } from './date-window.ts'
import { foldDecisions } from './decisions.ts'
import { indexLedger } from './ledger-index.ts'
import { applyDecisions, applySlips, applyTracking, newMatchState } from './match-parcels.ts'
import { compareNotices, itemNotices, parcelNotice } from './notices.ts'
import { shipmentOutcomes } from './shipment-outcomes.ts'
import { applyUnmatched } from './unmatched.ts'

export interface ReconcileResult {
  /** One outcome per parcel, sorted by parcel id. */
  parcels: ParcelOutcome[]
  /** One outcome per shipment of the ledger, sorted by shipment key. */
  shipments: ShipmentOutcome[]
  notices: Notice[]
}

function byReceivedThenId(a: Parcel, b: Parcel): number {
  if (a.receivedOn !== b.receivedOn) return a.receivedOn < b.receivedOn ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * Decides, for every parcel, which order it came from (DESIGN.md §5), and for every shipment
 * whether its delivery is confirmed. Rules per parcel, first that applies: the user's decision;
 * tracking ID; packing slip; date window (only without a tracking number); else unmatched, with
 * coverage gaps and suspected brushing. Inputs are sorted internally, so their order never matters.
 */
export function reconcile(ledger: Ledger, parcels: Parcel[], decisions: Decision[], settings: Settings, today: PlainDate): ReconcileResult {
  const index = indexLedger(ledger)
  const folded = foldDecisions(decisions)
  const families = carrierFamilies()
  const sorted = [...parcels].sort(byReceivedThenId)
  const state = newMatchState(sorted)

  applyDecisions(sorted, index, folded, state)
  applyTracking(sorted, index, folded, state)
  applySlips(sorted, index, folded, state)
  applyDateWindow(sorted, index, folded, state, families)
  applyUnmatched(sorted, indexCoverage(ledger), state, families)

  const receivedOn = new Map<ParcelId, PlainDate>(sorted.map((p) => [p.id, p.receivedOn]))
  const shipments = shipmentOutcomes(index, folded, state.matchedBy, state.outcomes, settings, today, receivedOn)

  const notices = itemNotices(index.shipments)
  for (const p of sorted) {
    const outcome = state.outcomes.get(p.id)!
    const order = outcome.orderKey ? index.byKey.get(outcome.shipmentKey ?? '')?.order : undefined
    const notice = parcelNotice(p, outcome, p.marketplace ?? order?.marketplace ?? outcome.orderKey?.split(':')[0])
    if (notice) notices.push(notice)
  }
  notices.sort(compareNotices)

  const outcomes = sorted.map((p) => state.outcomes.get(p.id)!)
  outcomes.sort((a, b) => (a.parcelId < b.parcelId ? -1 : a.parcelId > b.parcelId ? 1 : 0))
  return { parcels: outcomes, shipments, notices }
}
