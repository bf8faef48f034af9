// Series of unmatched parcels: two or more within 90 days sharing a sender, else contents, else carrier.
import type { CarrierFamily, Parcel, ParcelId } from '../model/index.ts'
import { epochDay } from './days.ts'

/** Consecutive members of a series are at most this many days apart. */
export const SERIES_WINDOW_DAYS = 90

export interface SeriesMember {
  parcel: Parcel
  family: CarrierFamily | undefined
}

export interface Series {
  id: string
  /** What the members share, for reasons: `sender "Acme"`, `contents "socks"`, `carrier dhl`. */
  shared: string
  members: ParcelId[]
}

function clean(s: string | undefined): string {
  return (s ?? '').trim().replace(/\s+/g, ' ').toLowerCase()
}

/** The one thing a parcel is grouped by: its sender if printed, else its contents, else its carrier family. */
function seriesKey(m: SeriesMember): { key: string; shared: string } | undefined {
  const sender = clean(m.parcel.sender)
  if (sender) return { key: `sender\u0000${sender}`, shared: `sender "${m.parcel.sender!.trim()}"` }
  const contents = clean(m.parcel.contents)
  if (contents) return { key: `contents\u0000${contents}`, shared: `contents "${m.parcel.contents!.trim()}"` }
  if (m.family) return { key: `carrier\u0000${m.family}`, shared: `carrier ${m.family}` }
  return undefined
}

/**
 * Groups parcels into series. `members` must be sorted by (received date, id); a group is split
 * where two consecutive parcels are more than 90 days apart. A series id is `series-` plus the id
 * of its first parcel, so it is the same for every member and for every input order.
 */
export function findSeries(members: readonly SeriesMember[]): Series[] {
  const groups = new Map<string, { shared: string; parcels: Parcel[] }>()
  for (const m of members) {
    const k = seriesKey(m)
    if (!k) continue
    const g = groups.get(k.key)
    if (g) g.parcels.push(m.parcel)
    else groups.set(k.key, { shared: k.shared, parcels: [m.parcel] })
  }
  const out: Series[] = []
  for (const g of groups.values()) {
    let run: Parcel[] = []
    const flush = () => {
      if (run.length >= 2) out.push({ id: `series-${run[0]!.id}`, shared: g.shared, members: run.map((p) => p.id) })
      run = []
    }
    for (const p of g.parcels) {
      const last = run[run.length - 1]
      if (last && epochDay(p.receivedOn) - epochDay(last.receivedOn) > SERIES_WINDOW_DAYS) flush()
      run.push(p)
    }
    flush()
  }
  return out
}
