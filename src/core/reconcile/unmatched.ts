// Rule 4: everything left is unmatched; coverage decides the verdict, Amazon carriage and series flag brushing.
import type { Parcel, ParcelOutcome } from '../model/index.ts'
import type { CarrierFamilies } from './carriers.ts'
import { COVERAGE_LOOKBACK_DAYS, describeGaps, type CoverageIndex } from './coverage.ts'
import { dayToDate, epochDay } from './days.ts'
import { day, listOf, sentence } from './describe.ts'
import type { MatchState } from './match-parcels.ts'
import { findSeries, type Series, type SeriesMember } from './series.ts'

function evidence(p: Parcel, keys: readonly string[]): string {
  if (keys.length === 0) return `it has no tracking number and no shipment was due around ${day(p.receivedOn)}`
  return keys.length === 1 ? `tracking ID ${keys[0]} is in none of them` : `tracking IDs ${listOf(keys)} are in none of them`
}

// A literal, not a spread of shared fields: one outcome per unmatched parcel, without a copy.
function unmatched(p: Parcel, coverageGap: boolean, reason: string, suspectedBrushing = false, series: string | null = null): ParcelOutcome {
  return { parcelId: p.id, outcome: 'unmatched', coverageGap, suspectedBrushing, series, rule: 'none', reason }
}

/**
 * Gives every parcel without an outcome yet an `unmatched` one: a coverage gap when any
 * marketplace of the ledger lacks history for R−60 … R; otherwise "not from any of your orders",
 * suspected brushing when Amazon carried it or it belongs to a series. Series are found before
 * those outcomes are made, so each parcel gets one outcome and one reason.
 */
export function applyUnmatched(coverage: CoverageIndex, state: MatchState, families: CarrierFamilies): void {
  const members: Array<SeriesMember & { at: number; amazon: boolean }> = []
  for (let n = 0; n < state.parcels.length; n++) {
    if (state.outcomes[n] !== undefined) continue
    const p = state.parcels[n]!
    const gaps = coverage.gapsFor(p.receivedOn)
    const blocked = state.blocked[n]
    const gap = gaps.length > 0
    if (blocked) {
      state.outcomes[n] = unmatched(p, gap, sentence`Not matched: ${blocked}.`)
      continue
    }
    if (gap) {
      state.outcomes[n] = unmatched(p, gap, sentence`No order matches yet (${evidence(p, state.keys[n]!)}), but history for ${describeGaps(gaps)} is not synced yet.`)
      continue
    }
    // Detection is the costly step: only parcels with neither sender nor contents need it for the series key.
    const family = p.carrier ?? (p.sender?.trim() || p.contents?.trim() ? undefined : families.ofParcel(p))
    members.push({ parcel: p, family, at: n, amazon: p.amazonPackaging === true || family === 'amazon' })
  }
  const seriesOf = new Map<string, Series>()
  for (const s of findSeries(members)) for (const id of s.members) seriesOf.set(id, s)
  const everywhere = listOf(coverage.marketplaces, 6)
  for (let k = 0; k < members.length; k++) {
    const m = members[k]!
    const p = m.parcel
    const from = dayToDate(epochDay(p.receivedOn) - COVERAGE_LOOKBACK_DAYS)
    const complete = `Not from any of your orders: ${evidence(p, state.keys[m.at]!)}, and your history on ${everywhere} is complete from ${day(from)} to ${day(p.receivedOn)}`
    const series = seriesOf.size > 0 ? seriesOf.get(p.id) : undefined
    // A series member is suspect anyway; for a lone parcel the carrier decides.
    const byAmazon = m.amazon || (!series && !p.carrier && families.ofParcel(p) === 'amazon')
    if (!series && !byAmazon) {
      state.outcomes[m.at] = unmatched(p, false, sentence`${complete}.`)
      continue
    }
    const why = [
      ...(byAmazon ? [p.amazonPackaging ? 'it came in Amazon packaging' : 'Amazon carried it'] : []),
      ...(series ? [`it is one of ${series.members.length} unmatched parcels with ${series.shared} within 90 days of each other (${series.id})`] : []),
    ]
    state.outcomes[m.at] = unmatched(p, false, sentence`${complete}; suspected brushing because ${why.join(' and ')}.`, true, series?.id ?? null)
  }
}
