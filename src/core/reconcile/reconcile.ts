// Reconciliation: (ledger, parcels, decisions, settings, today) → outcomes. Pure, deterministic, order-independent.
import type { Decision, Ledger, Notice, Parcel, ParcelOutcome, PlainDate, Settings, ShipmentOutcome } from '../model/index.ts'
import { carrierFamilies } from './carriers.ts'
import { indexCoverage } from './coverage.ts'
import { applyDateWindow } from './date-window.ts'
import { foldDecisions } from './decisions.ts'
import { ledgerWalker } from './ledger-pass.ts'
import { indexLedger } from './ledger-index.ts'
import { applyDecisions, applySlips, applyTracking, newMatchState } from './match-parcels.ts'
import { compareNotices, parcelNotice } from './notices.ts'
import { readParcels } from './parcel-facts.ts'
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

// Outcomes (in input order) sorted by parcel id, for input that did not come in id order.
function byParcelId(outcomes: ParcelOutcome[]): ParcelOutcome[] {
  return outcomes.sort((a, b) => (a.parcelId < b.parcelId ? -1 : a.parcelId > b.parcelId ? 1 : 0))
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
  const facts = readParcels(parcels, folded)
  const { visitOrder } = facts
  const { index, walker } = indexLedger(ledger, facts.wanted, ledgerWalker(settings, today, folded.shipments, facts.windowed, families))
  const state = newMatchState(facts, index)

  applyDecisions(index, state)
  applyTracking(index, state)
  applySlips(index, state)
  const shipments = withMatched(walker.judged, walker.judgedAt, index, state, folded.shipments)
  applyDateWindow(index, state, families, walker.due)
  applyUnmatched(indexCoverage(ledger.coverage, index.marketplaces), state, families)

  const notices = walker.notices
  const outcomes: ParcelOutcome[] = new Array(parcels.length)
  for (let n = 0; n < parcels.length; n++) {
    const outcome = state.outcomes[n]!
    outcomes[visitOrder[n]!] = outcome
    if (facts.noticed[n] === 0) continue
    const notice = parcelNotice(facts.sorted[n]!, outcome)
    if (notice) notices.push(notice)
  }
  notices.sort(compareNotices)
  return { parcels: facts.idOrder ? outcomes : byParcelId(outcomes), shipments, notices }
}
