// What each shipment is: decided by the user, matched by a parcel, awaiting confirmation, or not due.
import type { PlainDate, Settings, Shipment, ShipmentKey, ShipmentOutcome } from '../model/index.ts'
import type { LedgerIndex } from './ledger-index.ts'
import type { ShipmentVerdict } from './decisions.ts'
import { dayToDate, epochDay } from './days.ts'
import { day, sentence } from './describe.ts'
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
 * reconcile allocates per shipment only what it reports. See `withMatched` for after matching.
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
 * Every shipment outcome in shipment position (key) order: the judged ones (`judgedAt` ascending),
 * with those of shipments a parcel matched turned into `matched`; the user's received /
 * not-received / ignore decision still wins.
 */
export function withMatched(judged: readonly ShipmentOutcome[], judgedAt: readonly number[], index: LedgerIndex, state: MatchState, verdicts: Map<ShipmentKey, ShipmentVerdict>): ShipmentOutcome[] {
  const claimed = Int32Array.from(state.claimed).sort()
  const out: ShipmentOutcome[] = []
  let j = 0
  for (let c = 0; c < claimed.length; c++) {
    const at = claimed[c]!
    while (j < judgedAt.length && judgedAt[j]! < at) out.push(judged[j++]!)
    const judgedHere = j < judgedAt.length && judgedAt[j] === at ? judged[j++] : undefined
    const shipmentKey = index.keys[at]!
    if (judgedHere && verdicts.size > 0 && verdicts.has(shipmentKey)) {
      out.push(judgedHere)
      continue
    }
    const n = state.matchedAt[at]! - 1
    const confirmed = state.outcomes[n]?.rule === 'decision'
    out.push({ shipmentKey, orderKey: index.orderOf[at]!.key, outcome: 'matched', reason: sentence`Parcel ${state.ids[n]} received ${day(state.received[n]!)} ${confirmed ? 'was confirmed by you as' : 'matches'} this shipment.` })
  }
  while (j < judgedAt.length) out.push(judged[j++]!)
  return out
}
