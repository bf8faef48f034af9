// What each shipment is: decided by the user, matched by a parcel, awaiting confirmation, or not due.
import type { PlainDate, Settings, Shipment, ShipmentKey, ShipmentOutcome } from '../model/index.ts'
import type { LedgerIndex } from './ledger-index.ts'
import type { ShipmentVerdict } from './decisions.ts'
import { dayToDate, epochDay } from './days.ts'
import { day } from './describe.ts'
import type { MatchState } from './match-parcels.ts'

const VERDICT_WORDS = { received: 'received', 'not-received': 'not received', ignored: 'to be ignored' } as const

// The order and key sit beside each reason, so reasons name the dates and are shared between
// shipments of the same day: one string per day instead of one per shipment of a large ledger.
function memo<K>(make: (k: K) => string): (k: K) => string {
  const cache = new Map<K, string>()
  return (k) => {
    let s = cache.get(k)
    if (s === undefined) cache.set(k, (s = make(k)))
    return s
  }
}

/** Undefined for a shipment with nothing to report (not delivered, outside the audit window, within grace). */
export type ShipmentJudge = (s: Shipment, orderKey: string) => ShipmentOutcome | undefined

/**
 * The outcome of a shipment before parcels are matched: the user's received / not-received /
 * ignore decision; else, when Amazon says delivered on D with D ≥ auditFrom and
 * today − D > graceDays, `awaiting-confirmation`; else nothing (most of a long history), so a
 * reconcile allocates per shipment only what it reports. See `markMatched` for after matching.
 */
export function shipmentJudge(settings: Settings, today: PlainDate, verdicts: Map<ShipmentKey, ShipmentVerdict>): ShipmentJudge {
  // PlainDates compare as strings: D ≤ cutoff ⇔ today − D > graceDays.
  const cutoff = dayToDate(epochDay(today) - settings.graceDays - 1)
  const verdictReason = memo((v: ShipmentVerdict) => `You marked this shipment as ${VERDICT_WORDS[v]}.`)
  const awaitingReason = memo((d: PlainDate) => `Amazon says this shipment was delivered ${day(d)}, and no parcel you logged matches it.`)
  return (s, orderKey) => {
    // Literal objects, no spreads: this runs once per shipment of the whole ledger.
    const verdict = verdicts.size > 0 ? verdicts.get(s.key) : undefined
    if (verdict) return { shipmentKey: s.key, orderKey, outcome: verdict, reason: verdictReason(verdict) }
    const d = s.deliveredOn
    if (s.status !== 'delivered' || d === undefined || d.length !== 10 || d < settings.auditFrom || d > cutoff) return undefined
    return { shipmentKey: s.key, orderKey, outcome: 'awaiting-confirmation', reason: awaitingReason(d) }
  }
}

/**
 * Turns the outcomes of shipments a parcel matched into `matched`; the user's received /
 * not-received / ignore decision still wins.
 */
export function markMatched(outcomes: (ShipmentOutcome | undefined)[], index: LedgerIndex, state: MatchState, verdicts: Map<ShipmentKey, ShipmentVerdict>): void {
  for (const at of state.claimed) {
    const o = { shipmentKey: index.shipments[at]!.key, orderKey: index.orderOf[at]!.key }
    if (verdicts.size > 0 && verdicts.has(o.shipmentKey)) continue
    const n = state.matchedAt[at]! - 1
    const p = state.parcels[n]!
    const confirmed = state.outcomes[n]?.rule === 'decision'
    outcomes[at] = { shipmentKey: o.shipmentKey, orderKey: o.orderKey, outcome: 'matched', reason: `Parcel ${p.id} received ${day(p.receivedOn)} ${confirmed ? 'was confirmed by you as' : 'matches'} this shipment.` }
  }
}
