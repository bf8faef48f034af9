// The parcels read once, in input order, into arrays in the order the rules visit them.
import type { Parcel, ParcelId, PlainDate, ShipmentKey } from '../model/index.ts'
import { epochDay } from './days.ts'
import type { FoldedDecisions, ParcelDecisions } from './decisions.ts'
import type { WindowParcels } from './ledger-pass.ts'
import type { Wanted } from './ledger-index.ts'
import { parcelKeys, type ParcelFacts } from './match-parcels.ts'
import { addString, newStringTable } from './string-table.ts'

/** What the rules need of each parcel, by position in visit order. */
export interface ReadParcels extends ParcelFacts {
  /** Input positions in (received date, id) order: the order every rule visits parcels in. */
  visitOrder: ArrayLike<number>
  /** True when the input came in id order (storage returns parcels by primary key). */
  idOrder: boolean
  /** 1 where the parcel may give a notice (a samples card, or explained as Samples or Vine). */
  noticed: Uint8Array
  /** The parcels the date window will look at (rules 0–2 always decide the others). */
  windowed: WindowParcels
  wanted: Wanted
}

/**
 * Parcels sit in memory in input order, not in visit order, and a large list of them does not fit
 * in the processor's caches, so every field the rules use is read here in one pass in input order
 * and then put in visit order; the rules touch a parcel object again only for fields not read
 * here. Tracking match keys are numbered as they are first seen, so the rules find a key's
 * shipments and owner by array index.
 */
export function readParcels(parcels: readonly Parcel[], folded: FoldedDecisions): ReadParcels {
  const count = parcels.length
  const day = new Float64Array(count)
  const ids: ParcelId[] = new Array(count)
  const received: PlainDate[] = new Array(count)
  const keys: string[][] = new Array(count)
  const keyEnd = new Int32Array(count)
  const numbers: number[] = []
  const decided: Array<ParcelDecisions | undefined> = new Array(count)
  const slips: Array<string | undefined> = new Array(count)
  const noticed = new Uint8Array(count)
  const verbatim = new Uint8Array(count)
  const windowed: WindowParcels = { days: [], byCarrier: false }
  const tracking = newStringTable()
  const orderIds = new Set<string>()
  const anyDecision = folded.parcels.size > 0
  let lo = Infinity
  let hi = -Infinity
  let idOrder = true
  let readable = true
  for (let i = 0; i < count; i++) {
    const p = parcels[i]!
    const id = (ids[i] = p.id)
    const on = (received[i] = p.receivedOn)
    const d = (day[i] = epochDay(on))
    if (Number.isNaN(d)) readable = false
    if (d < lo) lo = d
    if (d > hi) hi = d
    if (i > 0 && ids[i - 1]! > id) idOrder = false
    const own = parcelKeys(p)
    for (let j = 0; j < own.length; j++) {
      const known = tracking.texts.length
      const number = addString(tracking, own[j]!)
      // Parcels sharing a number share one string.
      if (number < known) own[j] = tracking.texts[number]!
      numbers.push(number)
    }
    keyEnd[i] = numbers.length
    keys[i] = own
    if (own.length === 1 && p.trackingNumbers.length === 1 && p.trackingNumbers[0] === own[0]) verbatim[i] = 1
    const decision = anyDecision ? folded.parcels.get(id) : undefined
    decided[i] = decision
    const slip = p.slipOrderId?.trim() || undefined
    slips[i] = slip
    if (slip) orderIds.add(slip)
    const verdict = decision?.verdict
    if (p.samplesCard !== undefined || (verdict?.kind === 'explain' && (verdict.explanation === 'amazon-samples' || verdict.explanation === 'vine'))) noticed[i] = 1
    if (own.length === 0 && !verdict && !slip) {
      windowed.days.push(on)
      if (p.carrier) windowed.byCarrier = true
    }
  }
  const shipmentKeys = new Set<ShipmentKey>()
  for (const d of folded.parcels.values()) if (d.verdict?.kind === 'confirm') shipmentKeys.add(d.verdict.shipmentKey)

  // A stable bucket sort by day keeps ids in order, in linear time. Unreadable dates or a day range
  // far wider than the parcels use the comparator.
  const visitOrder = count > 0 && idOrder && readable && hi - lo <= Math.max(4 * count, 40_000)
    ? byDay(day, lo, hi)
    : Array.from({ length: count }, (_, i) => i).sort((a, b) => {
      const x = received[a]!
      const y = received[b]!
      return day[a]! - day[b]! || (x < y ? -1 : x > y ? 1 : 0) || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0)
    })

  const sorted: Parcel[] = new Array(count)
  const idsByVisit: ParcelId[] = new Array(count)
  const receivedByVisit: PlainDate[] = new Array(count)
  const facts: ReadParcels = {
    visitOrder, idOrder, sorted, ids: idsByVisit, received: receivedByVisit, keys: new Array(count),
    keyStart: new Int32Array(count + 1), keyNumbers: new Int32Array(numbers.length), verbatim: new Uint8Array(count),
    decided: new Array(count), slips: new Array(count), noticed: new Uint8Array(count), windowed,
    wanted: { tracking, orderIds, shipmentKeys },
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

// Counting sort of positions by day number (stable).
function byDay(day: Float64Array, lo: number, hi: number): Int32Array {
  const start = new Int32Array(hi - lo + 2)
  for (let i = 0; i < day.length; i++) start[day[i]! - lo + 1]!++
  for (let d = 1; d < start.length; d++) start[d]! += start[d - 1]!
  const out = new Int32Array(day.length)
  for (let i = 0; i < day.length; i++) out[start[day[i]! - lo]!++] = i
  return out
}
