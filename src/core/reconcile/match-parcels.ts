// The certain rules, in order: the user's decision, then tracking IDs, then packing slips.
import type { Parcel, ParcelId, ParcelOutcome } from '../model/index.ts'
import type { ParcelDecisions } from './decisions.ts'
import { day, listOf, orderLabel } from './describe.ts'
import { epochDay } from './days.ts'
import { trackingMatchKey, type LedgerIndex, type ShipmentRef } from './ledger-index.ts'

/** What the passes share: outcomes so far and which shipments and tracking IDs are taken. */
export interface MatchState {
  /** The parcels in (received date, id) order: the order every rule visits them in. */
  parcels: readonly Parcel[]
  /** By position in `parcels`, like every per-parcel field here. */
  outcomes: Array<ParcelOutcome | undefined>
  /** The user's decisions on each parcel. */
  decisions: Array<ParcelDecisions | undefined>
  /** By shipment position: 1 + the position in `parcels` of the first parcel matched to it, 0 if none. */
  matchedAt: Int32Array
  /** Positions with a non-zero `matchedAt`, in the order they were claimed. */
  claimed: number[]
  /** Tracking match key → the parcel whose tracking match claimed it. */
  trackingOwner: Map<string, ParcelId>
  /** Why a parcel whose number is in the ledger still matched nothing (taken or rejected). */
  blocked: Array<string | undefined>
  /** Each parcel's tracking match keys, unique and sorted. */
  keys: string[][]
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

export function newMatchState(parcels: readonly Parcel[], keys: string[][], decisions: Array<ParcelDecisions | undefined>, slips: Array<string | undefined>, index: LedgerIndex): MatchState {
  return {
    parcels, outcomes: new Array(parcels.length).fill(undefined), decisions,
    matchedAt: new Int32Array(index.shipments.length), claimed: [], trackingOwner: new Map(), blocked: new Array(parcels.length).fill(undefined), keys, slips,
  }
}

const NOT_SUSPECT = { coverageGap: false, suspectedBrushing: false, series: null } as const

function claim(state: MatchState, ref: ShipmentRef, ordinal: number): void {
  if (state.matchedAt[ref.at] !== 0) return
  state.matchedAt[ref.at] = ordinal + 1
  state.claimed.push(ref.at)
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
  for (let n = 0; n < state.parcels.length; n++) {
    const p = state.parcels[n]!
    const verdict = state.decisions[n]?.verdict
    if (!verdict) continue
    if (verdict.kind === 'explain') {
      state.outcomes[n] = ({
        parcelId: p.id, outcome: 'explained', explanation: verdict.explanation, ...NOT_SUSPECT, rule: 'decision',
        reason: `You said this parcel received ${day(p.receivedOn)} is ${EXPLANATION_WORDS[verdict.explanation] ?? verdict.explanation}.`,
      })
      continue
    }
    const ref = index.byKey.get(verdict.shipmentKey)
    // A confirmed shipment no longer in the ledger keeps the user's word, with the key as evidence.
    const orderKey = ref ? ref.order.key : verdict.shipmentKey.split(':').slice(0, 2).join(':')
    if (ref) {
      claim(state, ref, n)
      // The parcel's numbers found in the ledger are taken with the shipments carrying them, as a
      // tracking match would take them: confirming a match must not change what else it matched.
      const rejected = state.decisions[n]?.rejected
      for (const key of state.keys[n]!) {
        if (state.trackingOwner.has(key) || !index.byTracking.has(key)) continue
        state.trackingOwner.set(key, p.id)
        for (const packed of index.byTracking.get(key) ?? []) if (!rejected?.has(packed.shipment.key)) claim(state, packed, n)
      }
    }
    state.outcomes[n] = ({
      parcelId: p.id, outcome: 'matched', orderKey, shipmentKey: verdict.shipmentKey, ...NOT_SUSPECT, rule: 'decision',
      reason: ref
        ? `You confirmed this parcel received ${day(p.receivedOn)} as ${orderLabel(ref.order)}.`
        : `You confirmed this parcel received ${day(p.receivedOn)} as shipment ${verdict.shipmentKey}, which is no longer in your orders.`,
    })
  }
}

/**
 * Rule 1: a parcel number equal to a shipment tracking ID matches it. Parcels are visited in
 * (received date, id) order, so when two parcels carry the same number the earlier one wins.
 * A number shared by several shipments (orders packed together) matches all of them.
 */
export function applyTracking(index: LedgerIndex, state: MatchState): void {
  for (let n = 0; n < state.parcels.length; n++) {
    const p = state.parcels[n]!
    const keys = state.keys[n]!
    if (keys.length === 0 || state.outcomes[n] !== undefined) continue
    const rejected = state.decisions[n]?.rejected
    let primaryKey = ''
    let primary: ShipmentRef[] | undefined
    let taken = 0
    let blocked: string | undefined
    for (const key of keys) {
      const refs = index.byTracking.get(key)
      if (!refs) continue
      const usable = rejected && rejected.size > 0 ? refs.filter((r) => !rejected.has(r.shipment.key)) : refs
      if (usable.length === 0) {
        blocked ??= `tracking ID ${key} matches ${orderLabel(refs[0]!.order)}, which you said this parcel is not`
        continue
      }
      const owner = state.trackingOwner.get(key)
      if (owner !== undefined) {
        blocked ??= `tracking ID ${key} matches ${orderLabel(usable[0]!.order)}, but parcel ${owner} already matched it (logged twice?)`
        continue
      }
      state.trackingOwner.set(key, p.id)
      taken++
      for (const r of usable) claim(state, r, n)
      if (!primary) {
        primary = usable
        primaryKey = key
      }
    }
    if (!primary) {
      if (blocked) state.blocked[n] = blocked
      continue
    }
    const first = primary[0]!
    const s = first.shipment
    const when = s.shippedOn ? `, shipped ${day(s.shippedOn)}` : s.deliveredOn ? `, delivered ${day(s.deliveredOn)}` : ''
    const also = primary.length > 1 ? ` (packed with ${listOf(primary.slice(1).map((r) => r.order.orderId))})` : ''
    state.outcomes[n] = ({
      parcelId: p.id, outcome: 'matched', orderKey: first.order.key, shipmentKey: s.key, coverageGap: false, suspectedBrushing: false, series: null, rule: 'tracking',
      // Usually every number was taken: the parcel's own key list (made for this run) is the answer.
      trackingIds: taken === keys.length ? keys : keys.filter((k) => state.trackingOwner.get(k) === p.id),
      reason: `Tracking ID ${printed(p, primaryKey)} matches ${orderLabel(first.order)}${when}${also}.`,
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
    const p = state.parcels[n]!
    const orders = index.byOrderId.get(slip)
    if (!orders) {
      state.outcomes[n] = ({
        parcelId: p.id, outcome: 'explained', ...NOT_SUSPECT, rule: 'slip',
        reason: `Packing-slip order ${slip} is not among your orders, so it was ordered from another account (a gift or someone in your household).`,
      })
      continue
    }
    const rejected = state.decisions[n]?.rejected
    const received = epochDay(p.receivedOn)
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
    if (best) claim(state, best, n)
    const order = best?.order ?? orders[0]!
    const s = best?.shipment
    const near = s?.deliveredOn ? `delivered ${day(s.deliveredOn)}` : s?.shippedOn ? `shipped ${day(s.shippedOn)}` : undefined
    state.outcomes[n] = ({
      parcelId: p.id, outcome: 'matched', orderKey: order.key, ...(s ? { shipmentKey: s.key } : {}), ...NOT_SUSPECT, rule: 'slip',
      reason: `Packing-slip order ${slip} is ${orderLabel(order)}${near ? `, matched to its shipment ${near}` : ''}.`,
    })
  }
}
