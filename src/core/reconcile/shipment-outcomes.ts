// What each shipment is: decided by the user, matched by a parcel, awaiting confirmation, or not due.
import type { ParcelId, ParcelOutcome, PlainDate, Settings, ShipmentKey, ShipmentOutcome } from '../model/index.ts'
import type { FoldedDecisions } from './decisions.ts'
import { epochDay } from './days.ts'
import { day } from './describe.ts'
import type { LedgerIndex } from './ledger-index.ts'

const VERDICT_WORDS = { received: 'received', 'not-received': 'not received', ignored: 'to be ignored' } as const

/**
 * Amazon says delivered on D, no parcel matches, D ≥ auditFrom and today − D > graceDays →
 * `awaiting-confirmation`. The user's received / not-received / ignore decisions come first.
 */
export function shipmentOutcomes(
  index: LedgerIndex, folded: FoldedDecisions, matchedBy: Map<ShipmentKey, ParcelId>, outcomes: Map<ParcelId, ParcelOutcome>,
  settings: Settings, today: PlainDate, receivedOn: Map<ParcelId, PlainDate>,
): ShipmentOutcome[] {
  const auditFrom = epochDay(settings.auditFrom)
  const now = epochDay(today)
  const out: ShipmentOutcome[] = new Array(index.shipments.length)
  for (let i = 0; i < index.shipments.length; i++) {
    const { shipment: s, order } = index.shipments[i]!
    const base = { shipmentKey: s.key, orderKey: order.key }
    const verdict = folded.shipments.get(s.key)
    if (verdict) {
      out[i] = { ...base, outcome: verdict, reason: `You marked order ${order.orderId}'s shipment as ${VERDICT_WORDS[verdict]}.` }
      continue
    }
    const parcelId = matchedBy.get(s.key)
    if (parcelId !== undefined) {
      const how = outcomes.get(parcelId)?.rule === 'decision' ? 'you confirmed' : 'matches'
      out[i] = { ...base, outcome: 'matched', reason: `Parcel ${parcelId} received ${day(receivedOn.get(parcelId)!)} ${how} order ${order.orderId}'s shipment.` }
      continue
    }
    const delivered = epochDay(s.deliveredOn)
    if (s.status !== 'delivered' || Number.isNaN(delivered)) {
      out[i] = { ...base, outcome: 'not-due', reason: `Amazon does not report order ${order.orderId}'s shipment as delivered on a known date (status ${s.status}).` }
    } else if (delivered < auditFrom) {
      out[i] = { ...base, outcome: 'not-due', reason: `Order ${order.orderId} was delivered ${day(s.deliveredOn!)}, before the audit window starting ${day(settings.auditFrom)}.` }
    } else if (now - delivered <= settings.graceDays) {
      out[i] = { ...base, outcome: 'not-due', reason: `Order ${order.orderId} was delivered ${day(s.deliveredOn!)}, within the ${settings.graceDays}-day grace period.` }
    } else {
      out[i] = { ...base, outcome: 'awaiting-confirmation', reason: `Amazon says order ${order.orderId} was delivered ${day(s.deliveredOn!)}, and no parcel you logged matches it.` }
    }
  }
  return out
}
