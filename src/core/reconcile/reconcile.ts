// Reconciliation: (ledger, parcels, decisions, settings, today) → outcomes. Pure, deterministic, order-independent.
import type { Decision, Ledger, Notice, Parcel, ParcelId, ParcelOutcome, PlainDate, Settings, ShipmentKey, ShipmentOutcome } from '../model/index.ts'
import { carrierFamilies } from './carriers.ts'
import { epochDay } from './days.ts'
import { indexCoverage } from './coverage.ts'
import { applyDateWindow } from './date-window.ts'
import { foldDecisions, type FoldedDecisions, type ParcelDecisions } from './decisions.ts'
import { ledgerWalker, type WindowParcels } from './ledger-pass.ts'
import { indexLedger, type Wanted } from './ledger-index.ts'
import { applyDecisions, applySlips, applyTracking, newMatchState, parcelKeys, type ParcelFacts } from './match-parcels.ts'
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

/**
 * Positions in `parcels` in (received date, id) order, the order every rule visits them in, and
 * whether the input already came in id order (storage returns parcels by primary key).
 */
function sortParcels(parcels: readonly Parcel[]): { order: ArrayLike<number>; idOrder: boolean } {
  const day = new Float64Array(parcels.length)
  let lo = Infinity
  let hi = -Infinity
  let idOrder = true
  let readable = true
  for (let i = 0; i < parcels.length; i++) {
    const p = parcels[i]!
    const d = (day[i] = epochDay(p.receivedOn))
    if (Number.isNaN(d)) readable = false
    if (d < lo) lo = d
    if (d > hi) hi = d
    if (i > 0 && parcels[i - 1]!.id > p.id) idOrder = false
  }
  if (parcels.length === 0) return { order: [], idOrder }
  // A stable bucket sort by day keeps ids in order, in linear time. Unreadable dates or a day range
  // far wider than the parcels use the comparator.
  if (idOrder && readable && hi - lo <= Math.max(4 * parcels.length, 40_000)) return { order: byDay(day, lo, hi), idOrder }
  const order = parcels.map((_, i) => i)
  order.sort((a, b) => {
    const x = parcels[a]!
    const y = parcels[b]!
    return day[a]! - day[b]! || (x.receivedOn < y.receivedOn ? -1 : x.receivedOn > y.receivedOn ? 1 : 0) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
  })
  return { order, idOrder }
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

/** What the rules need of each parcel, by position in visit order, read in one pass. */
interface ReadParcels extends ParcelFacts {
  /** 1 where the parcel may give a notice (a samples card, or explained as Samples or Vine). */
  noticed: Uint8Array
  /** The parcels the date window will look at (rules 0–2 always decide the others). */
  window: WindowParcels
  wanted: Wanted
}

/**
 * Parcels sit in memory in input order, not in visit order, so every field the rules use is read
 * here in one pass in input order and then put in visit order; the rules touch a parcel object
 * again only when they decide it from fields not read here. Tracking match keys are numbered as
 * they are first seen, so the rules find a key's shipments and owner by array index.
 */
function readParcels(parcels: readonly Parcel[], visitOrder: ArrayLike<number>, folded: FoldedDecisions): ReadParcels {
  const count = parcels.length
  const ids: ParcelId[] = new Array(count)
  const received: PlainDate[] = new Array(count)
  const keys: string[][] = new Array(count)
  const keyEnd = new Int32Array(count)
  const numbers: number[] = []
  const decided: Array<ParcelDecisions | undefined> = new Array(count)
  const slips: Array<string | undefined> = new Array(count)
  const noticed = new Uint8Array(count)
  const verbatim = new Uint8Array(count)
  const window: WindowParcels = { days: [], byCarrier: false }
  const tracking = new Map<string, number>()
  const texts: string[] = []
  const orderIds = new Set<string>()
  const anyDecision = folded.parcels.size > 0
  for (let i = 0; i < count; i++) {
    const p = parcels[i]!
    ids[i] = p.id
    received[i] = p.receivedOn
    const own = parcelKeys(p)
    for (let j = 0; j < own.length; j++) {
      let number = tracking.get(own[j]!)
      if (number === undefined) tracking.set(own[j]!, (number = texts.push(own[j]!) - 1))
      // Parcels sharing a number share one string.
      else own[j] = texts[number]!
      numbers.push(number)
    }
    keyEnd[i] = numbers.length
    keys[i] = own
    if (own.length === 1 && p.trackingNumbers.length === 1 && p.trackingNumbers[0] === own[0]) verbatim[i] = 1
    const d = anyDecision ? folded.parcels.get(p.id) : undefined
    decided[i] = d
    const slip = p.slipOrderId?.trim() || undefined
    slips[i] = slip
    if (slip) orderIds.add(slip)
    const verdict = d?.verdict
    if (p.samplesCard !== undefined || (verdict?.kind === 'explain' && (verdict.explanation === 'amazon-samples' || verdict.explanation === 'vine'))) noticed[i] = 1
    if (own.length === 0 && !verdict && !slip) {
      window.days.push(p.receivedOn)
      if (p.carrier) window.byCarrier = true
    }
  }
  const shipmentKeys = new Set<ShipmentKey>()
  for (const d of folded.parcels.values()) if (d.verdict?.kind === 'confirm') shipmentKeys.add(d.verdict.shipmentKey)
  const sorted: Parcel[] = new Array(count)
  const idsByVisit: ParcelId[] = new Array(count)
  const receivedByVisit: PlainDate[] = new Array(count)
  const facts: ReadParcels = {
    sorted, ids: idsByVisit, received: receivedByVisit, keys: new Array(count),
    keyStart: new Int32Array(count + 1), keyNumbers: new Int32Array(numbers.length), verbatim: new Uint8Array(count),
    decided: new Array(count), slips: new Array(count), noticed: new Uint8Array(count), window,
    wanted: { tracking, keyCount: texts.length, orderIds, shipmentKeys },
  }
  let next = 0
  for (let n = 0; n < count; n++) {
    const i = visitOrder[n]!
    sorted[n] = parcels[i]!
    idsByVisit[n] = ids[i]!
    receivedByVisit[n] = received[i]!
    facts.keys[n] = keys[i]!
    for (let j = i === 0 ? 0 : keyEnd[i - 1]!; j < keyEnd[i]!; j++) facts.keyNumbers[next++] = numbers[j]!
    facts.keyStart[n + 1] = next
    facts.verbatim[n] = verbatim[i]!
    facts.decided[n] = decided[i]
    facts.slips[n] = slips[i]
    facts.noticed[n] = noticed[i]!
  }
  return facts
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
  const { order: visitOrder, idOrder } = sortParcels(parcels)
  const facts = readParcels(parcels, visitOrder, folded)
  const { index, walker } = indexLedger(ledger, facts.wanted, ledgerWalker(settings, today, folded.shipments, facts.window, families))
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
  return { parcels: idOrder ? outcomes : byParcelId(outcomes), shipments, notices }
}
