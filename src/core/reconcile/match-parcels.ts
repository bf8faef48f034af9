// The certain rules, in order: the user's decision, then tracking IDs, then packing slips.
import type { Parcel, ParcelId, ParcelOutcome, PlainDate } from '../model/index.ts'
import type { ParcelDecisions } from './decisions.ts'
import { day, listOf, orderLabel, sentence } from './describe.ts'
import { epochDay } from './days.ts'
import { shipmentAt, shipmentsWithKey, trackingMatchKey, type LedgerIndex, type ShipmentRef } from './ledger-index.ts'

/** What the passes share: outcomes so far and which shipments and tracking IDs are taken. */
export interface MatchState {
  /** The parcels in (received date, id) order: the order every rule visits them in. */
  parcels: readonly Parcel[]
  /**
   * By position in `parcels`, like every per-parcel field here. Ids and dates are read once in
   * input order: the parcels lie scattered in memory in visit order.
   */
  ids: readonly ParcelId[]
  received: readonly PlainDate[]
  outcomes: Array<ParcelOutcome | undefined>
  /** The user's decisions on each parcel. */
  decisions: Array<ParcelDecisions | undefined>
  /** By shipment position: 1 + the position in `parcels` of the first parcel matched to it, 0 if none. */
  matchedAt: Int32Array
  /** Positions with a non-zero `matchedAt`, in the order they were claimed. */
  claimed: number[]
  /** By tracking key number: 1 + the position of the parcel whose match took it, 0 if none. */
  keyOwner: Int32Array
  /** Why a parcel whose number is in the ledger still matched nothing (taken or rejected). */
  blocked: Array<string | undefined>
  /** Each parcel's tracking match keys, unique and sorted. */
  keys: string[][]
  /** Their numbers: `keyNumbers[keyStart[n]] … keyNumbers[keyStart[n + 1] − 1]`, in `keys[n]` order. */
  keyStart: Int32Array
  keyNumbers: Int32Array
  /** 1 where the parcel has one tracking number, printed exactly as its match key. */
  verbatim: Uint8Array
  /** Each parcel's packing-slip order number, trimmed; undefined when blank. */
  slips: Array<string | undefined>
}

const NO_KEYS: string[] = []

/** A parcel's tracking match keys, unique and sorted (one shared empty array for parcels without). */
export function parcelKeys(p: Parcel): string[] {
  if (p.trackingNumbers.length === 0) return NO_KEYS
  if (p.trackingNumbers.length === 1) {
    const key = trackingMatchKey(p.trackingNumbers[0]!)
    return key === '' ? NO_KEYS : [key]
  }
  const keys = [...new Set(p.trackingNumbers.map(trackingMatchKey))].filter((k) => k !== '').sort()
  return keys.length === 0 ? NO_KEYS : keys
}

/** The parcel facts read in visit order (see `readParcels`), with nothing matched yet. */
export type ParcelFacts = Pick<MatchState, 'ids' | 'received' | 'keys' | 'keyStart' | 'keyNumbers' | 'verbatim' | 'slips'> & {
  sorted: readonly Parcel[]
  decided: Array<ParcelDecisions | undefined>
}

export function newMatchState(facts: ParcelFacts, index: LedgerIndex): MatchState {
  const count = facts.sorted.length
  return {
    parcels: facts.sorted, ids: facts.ids, received: facts.received, outcomes: new Array(count).fill(undefined), decisions: facts.decided,
    matchedAt: new Int32Array(index.keys.length), claimed: [], keyOwner: new Int32Array(index.trackingAt.length),
    blocked: new Array(count).fill(undefined), keys: facts.keys, keyStart: facts.keyStart, keyNumbers: facts.keyNumbers, verbatim: facts.verbatim, slips: facts.slips,
  }
}

const NOT_SUSPECT = { coverageGap: false, suspectedBrushing: false, series: null } as const

function claim(state: MatchState, at: number, ordinal: number): void {
  if (state.matchedAt[at] !== 0) return
  state.matchedAt[at] = ordinal + 1
  state.claimed.push(at)
}

const EXPLANATION_WORDS: Record<string, string> = {
  gift: 'a gift',
  household: 'ordered by someone in your household',
  replacement: 'a replacement or exchange',
  vine: 'an Amazon Vine item',
  'other-shop': 'ordered from another shop',
  misdelivery: 'a mis-delivery meant for someone else',
  'amazon-samples': 'an Amazon Samples parcel',
}

/** Rule 0: a confirm matches the parcel to that shipment; an explain explains it. */
export function applyDecisions(index: LedgerIndex, state: MatchState): void {
  const found: number[] = []
  for (let n = 0; n < state.parcels.length; n++) {
    const verdict = state.decisions[n]?.verdict
    if (!verdict) continue
    const id = state.ids[n]!
    const received = state.received[n]!
    if (verdict.kind === 'explain') {
      state.outcomes[n] = ({
        parcelId: id, outcome: 'explained', explanation: verdict.explanation, ...NOT_SUSPECT, rule: 'decision',
        reason: sentence`You said this parcel received ${day(received)} is ${EXPLANATION_WORDS[verdict.explanation] ?? verdict.explanation}.`,
      })
      continue
    }
    const ref = index.byKey.get(verdict.shipmentKey)
    // A confirmed shipment no longer in the ledger keeps the user's word, with the key as evidence.
    const orderKey = ref ? ref.order.key : verdict.shipmentKey.split(':').slice(0, 2).join(':')
    if (ref) {
      claim(state, ref.at, n)
      // The parcel's numbers found in the ledger are taken with the shipments carrying them, as a
      // tracking match would take them: confirming a match must not change what else it matched.
      const rejected = state.decisions[n]?.rejected
      for (let j = state.keyStart[n]!; j < state.keyStart[n + 1]!; j++) {
        const number = state.keyNumbers[j]!
        if (state.keyOwner[number] !== 0 || index.trackingAt[number] === 0) continue
        state.keyOwner[number] = n + 1
        const count = shipmentsWithKey(index, number, found)
        for (let k = 0; k < count; k++) if (!rejected?.has(index.keys[found[k]!]!)) claim(state, found[k]!, n)
      }
    }
    state.outcomes[n] = ({
      parcelId: id, outcome: 'matched', orderKey, shipmentKey: verdict.shipmentKey, ...NOT_SUSPECT, rule: 'decision',
      reason: ref
        ? sentence`You confirmed this parcel received ${day(received)} as ${orderLabel(ref.order)}.`
        : sentence`You confirmed this parcel received ${day(received)} as shipment ${verdict.shipmentKey}, which is no longer in your orders.`,
    })
  }
}

/**
 * Rule 1: a parcel number equal to a shipment tracking ID matches it. Parcels are visited in
 * (received date, id) order, so when two parcels carry the same number the earlier one wins.
 * A number shared by several shipments (orders packed together) matches all of them.
 */
export function applyTracking(index: LedgerIndex, state: MatchState): void {
  // Shipment positions of one key; reused across parcels, never shrunk.
  const found: number[] = []
  for (let n = 0; n < state.parcels.length; n++) {
    const keys = state.keys[n]!
    if (keys.length === 0 || state.outcomes[n] !== undefined) continue
    const rejected = state.decisions[n]?.rejected
    const start = state.keyStart[n]!
    let primaryKey = ''
    let primary = -1
    let packedWith = ''
    let taken = 0
    let blocked: string | undefined
    for (let j = 0; j < keys.length; j++) {
      const number = state.keyNumbers[start + j]!
      const count = shipmentsWithKey(index, number, found)
      if (count === 0) continue
      const key = keys[j]!
      let usable = count
      if (rejected && rejected.size > 0) {
        usable = 0
        for (let k = 0; k < count; k++) if (!rejected.has(index.keys[found[k]!]!)) found[usable++] = found[k]!
      }
      if (usable === 0) {
        blocked ??= `tracking ID ${key} matches ${orderLabel(index.orderOf[index.trackingAt[number]! - 1]!)}, which you said this parcel is not`
        continue
      }
      const owner = state.keyOwner[number]!
      if (owner !== 0) {
        blocked ??= `tracking ID ${key} matches ${orderLabel(index.orderOf[found[0]!]!)}, but parcel ${state.ids[owner - 1]} already matched it (logged twice?)`
        continue
      }
      state.keyOwner[number] = n + 1
      taken++
      for (let k = 0; k < usable; k++) claim(state, found[k]!, n)
      if (primary < 0) {
        primary = found[0]!
        primaryKey = key
        if (usable > 1) packedWith = ` (packed with ${listOf(found.slice(1, usable).map((at) => index.orderOf[at]!.orderId))})`
      }
    }
    if (primary < 0) {
      if (blocked) state.blocked[n] = blocked
      continue
    }
    const s = shipmentAt(index, primary)
    const order = index.orderOf[primary]!
    const when = s.shippedOn ? `, shipped ${day(s.shippedOn)}` : s.deliveredOn ? `, delivered ${day(s.deliveredOn)}` : ''
    state.outcomes[n] = ({
      parcelId: state.ids[n]!, outcome: 'matched', orderKey: order.key, shipmentKey: s.key, coverageGap: false, suspectedBrushing: false, series: null, rule: 'tracking',
      // Usually every number was taken: the parcel's own key list (made for this run) is the answer.
      trackingIds: taken === keys.length ? keys : keys.filter((_, j) => state.keyOwner[state.keyNumbers[start + j]!] === n + 1),
      reason: sentence`Tracking ID ${state.verbatim[n] ? primaryKey : printed(state.parcels[n]!, primaryKey)} matches ${orderLabel(order)}${when}${packedWith}.`,
    })
  }
}

// The number as the parcel has it (the match key may have dropped an SSCC `00`).
function printed(p: Parcel, key: string): string {
  const n = p.trackingNumbers.length === 1 ? p.trackingNumbers[0] : p.trackingNumbers.find((t) => trackingMatchKey(t) === key)
  return n !== undefined && /^[A-Z0-9]+$/.test(n) ? n : key
}

// The date a shipment is nearest to a parcel by: delivered, else expected, shipped, ordered.
function shipmentDay(ref: ShipmentRef): number {
  const s = ref.shipment
  const d = epochDay(s.deliveredOn ?? s.expectedOn ?? s.shippedOn ?? ref.order.placedOn)
  return Number.isNaN(d) ? Infinity : d
}

/**
 * Rule 2: a packing-slip order number in the ledger matches that order's shipment nearest the
 * received date (untaken shipments first); a number not in the ledger explains the parcel as
 * ordered from another account.
 */
export function applySlips(index: LedgerIndex, state: MatchState): void {
  for (let n = 0; n < state.parcels.length; n++) {
    const slip = state.slips[n]
    if (slip === undefined || state.outcomes[n] !== undefined) continue
    const id = state.ids[n]!
    const orders = index.byOrderId.get(slip)
    if (!orders) {
      state.outcomes[n] = ({
        parcelId: id, outcome: 'explained', ...NOT_SUSPECT, rule: 'slip',
        reason: sentence`Packing-slip order ${slip} is not among your orders, so it was ordered from another account (a gift or someone in your household).`,
      })
      continue
    }
    const rejected = state.decisions[n]?.rejected
    const received = epochDay(state.received[n])
    let best: ShipmentRef | undefined
    let bestScore = Infinity
    for (const order of orders) {
      for (const ref of index.refsOfOrder.get(order) ?? []) {
        const shipment = ref.shipment
        if (rejected?.has(shipment.key)) continue
        // Taken or cancelled shipments only when nothing else fits; ties go to the smaller key.
        const penalty = (state.matchedAt[ref.at] !== 0 ? 2e6 : 0) + (shipment.status === 'cancelled' ? 1e6 : 0)
        const score = penalty + Math.min(Math.abs(shipmentDay(ref) - received), 5e5)
        if (score < bestScore || (score === bestScore && best && shipment.key < best.shipment.key)) {
          best = ref
          bestScore = score
        }
      }
    }
    if (best) claim(state, best.at, n)
    const order = best?.order ?? orders[0]!
    const s = best?.shipment
    const near = s?.deliveredOn ? `delivered ${day(s.deliveredOn)}` : s?.shippedOn ? `shipped ${day(s.shippedOn)}` : undefined
    state.outcomes[n] = ({
      parcelId: id, outcome: 'matched', orderKey: order.key, ...(s ? { shipmentKey: s.key } : {}), ...NOT_SUSPECT, rule: 'slip',
      reason: sentence`Packing-slip order ${slip} is ${orderLabel(order)}${near ? `, matched to its shipment ${near}` : ''}.`,
    })
  }
}
