// Rule 3: for parcels without a tracking number, propose shipments due around the received date.
import type { CarrierFamily } from '../model/index.ts'
import type { CarrierFamilies } from './carriers.ts'
import { dayToDate, epochDay } from './days.ts'
import { dueAround, WINDOW_AFTER, WINDOW_BEFORE, type DueIndex } from './date-window-index.ts'
import { day, listOf, orderLabel, sentence } from './describe.ts'
import { shipmentAt, type LedgerIndex } from './ledger-index.ts'
import type { MatchState } from './match-parcels.ts'

// The family Amazon's carrier text names (noted during the ledger walk), else the full lookup,
// which also reads the shipment's tracking IDs.
function familyConflict(parcelFamily: CarrierFamily, i: number, index: LedgerIndex, due: DueIndex, families: CarrierFamilies): boolean {
  const code = due.familyOf.length > 0 ? due.familyOf[i]! : 0
  const f = code !== 0 ? due.families[code - 1] : families.ofShipment(shipmentAt(index, i), index.orderOf[i]!.marketplace)
  return f !== undefined && f !== parcelFamily
}

// "A, B and C" or "A, B, C and others": the distinct order numbers among the candidates.
function orderList(index: LedgerIndex, at: Int32Array): string {
  const ids: string[] = []
  for (const i of at) {
    const id = index.orderOf[i]!.orderId
    if (!ids.includes(id)) ids.push(id)
    if (ids.length > 3) return `${ids.slice(0, 3).join(', ')} and others`
  }
  return listOf(ids)
}

/** True for a parcel the date window applies to: no outcome yet and no tracking number at all. */
export function needsDateWindow(state: MatchState, n: number): boolean {
  return state.outcomes[n] === undefined && state.keys[n]!.length === 0
}

/**
 * One candidate → `probable`, several → `ambiguous`. Parcels with any tracking number never get
 * here: a number that is not in the ledger must not be matched by date. `due` holds the untaken,
 * uncancelled shipments; taken ones are skipped here.
 */
export function applyDateWindow(index: LedgerIndex, state: MatchState, families: CarrierFamilies, due: DueIndex): void {
  const scratch: number[] = []
  let sorter = new Int32Array(64)
  for (let n = 0; n < state.parcels.length; n++) {
    if (!needsDateWindow(state, n)) continue
    const rejected = state.decisions[n]?.rejected
    // The parcel object only for its carrier: the rules visit parcels out of memory order.
    const carrier = state.parcels[n]!.carrier
    let kept = 0
    const found = dueAround(due, state.received[n]!, scratch)
    for (let k = 0; k < found; k++) {
      const i = scratch[k]!
      if (state.matchedAt[i] !== 0) continue
      if ((rejected && rejected.has(index.keys[i]!)) || (carrier && familyConflict(carrier, i, index, due, families))) continue
      scratch[kept++] = i
    }
    if (kept === 0) continue
    // Positions are shipment-key order; a typed array sorts numbers natively, without comparator calls.
    if (sorter.length < kept) sorter = new Int32Array(kept * 2)
    for (let k = 0; k < kept; k++) sorter[k] = scratch[k]!
    const at = sorter.subarray(0, kept).sort()
    const received = epochDay(state.received[n])
    const span = `${day(dayToDate(received - WINDOW_BEFORE))} and ${day(dayToDate(received + WINDOW_AFTER))}`
    const candidates: string[] = new Array(at.length)
    for (let j = 0; j < at.length; j++) candidates[j] = index.keys[at[j]!]!
    if (at.length === 1) {
      const order = index.orderOf[at[0]!]!
      state.outcomes[n] = ({
        parcelId: state.ids[n]!, outcome: 'probable', orderKey: order.key, shipmentKey: candidates[0]!, candidates, coverageGap: false, suspectedBrushing: false, series: null, rule: 'date-window',
        reason: sentence`No tracking number; ${orderLabel(order)} is the only shipment due between ${span}, awaiting your confirmation.`,
      })
    } else {
      state.outcomes[n] = ({
        parcelId: state.ids[n]!, outcome: 'ambiguous', candidates, coverageGap: false, suspectedBrushing: false, series: null, rule: 'date-window',
        reason: sentence`No tracking number; ${at.length} shipments are due between ${span} (orders ${orderList(index, at)}), pick the right one.`,
      })
    }
  }
}
