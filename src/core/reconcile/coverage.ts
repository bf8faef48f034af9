// Coverage: which (marketplace, period) ranges of order history are complete, and where the gaps are.
import type { Coverage, MarketplaceId, PlainDate } from '../model/index.ts'
import { dayToDate, epochDay, humanMonth } from './days.ts'

/** Days of history before a parcel's received date that must be covered to call it unmatched. */
export const COVERAGE_LOOKBACK_DAYS = 60

interface DayRange { from: number; to: number }

export interface CoverageGap {
  marketplace: MarketplaceId
  from: PlainDate
  to: PlainDate
}

export interface CoverageIndex {
  /** Every marketplace the ledger knows of (from orders and coverage), sorted. */
  marketplaces: MarketplaceId[]
  /** The uncovered parts of R−60 … R, per marketplace; empty when fully covered. */
  gapsFor(received: PlainDate): CoverageGap[]
}

/** Merges overlapping or adjacent ranges of one marketplace. */
function merge(ranges: DayRange[]): DayRange[] {
  const sorted = ranges.filter((r) => r.from <= r.to).sort((a, b) => a.from - b.from || a.to - b.to)
  const out: DayRange[] = []
  for (const r of sorted) {
    const last = out[out.length - 1]
    if (last && r.from <= last.to + 1) last.to = Math.max(last.to, r.to)
    else out.push({ ...r })
  }
  return out
}

/** The parts of [from, to] that `covered` (merged, sorted) does not contain. */
function uncovered(covered: DayRange[], from: number, to: number): DayRange[] {
  const gaps: DayRange[] = []
  let cursor = from
  for (const r of covered) {
    if (r.to < cursor) continue
    if (r.from > to) break
    if (r.from > cursor) gaps.push({ from: cursor, to: r.from - 1 })
    cursor = Math.max(cursor, r.to + 1)
    if (cursor > to) break
  }
  if (cursor <= to) gaps.push({ from: cursor, to })
  return gaps
}

/**
 * Builds the coverage index of a ledger (its coverage, and the marketplaces its orders name):
 * ranges merged per marketplace. A ledger with no
 * marketplace at all has a gap everywhere (nothing is known), reported as marketplace `''`.
 */
export function indexCoverage(coverage: readonly Coverage[], orderMarketplaces: readonly MarketplaceId[]): CoverageIndex {
  const byMarketplace = new Map<MarketplaceId, DayRange[]>()
  for (const m of orderMarketplaces) byMarketplace.set(m, [])
  for (const c of coverage) {
    const from = epochDay(c.from)
    const to = epochDay(c.to)
    const list = byMarketplace.get(c.marketplace) ?? []
    if (!Number.isNaN(from) && !Number.isNaN(to)) list.push({ from, to })
    byMarketplace.set(c.marketplace, list)
  }
  const marketplaces = [...byMarketplace.keys()].sort()
  const merged = new Map(marketplaces.map((m) => [m, merge(byMarketplace.get(m)!)]))
  const memo = new Map<PlainDate, CoverageGap[]>()
  return {
    marketplaces,
    gapsFor(received) {
      const hit = memo.get(received)
      if (hit) return hit
      const to = epochDay(received)
      const from = to - COVERAGE_LOOKBACK_DAYS
      const gaps: CoverageGap[] = []
      // A parcel without a readable date cannot be checked against any history.
      if (Number.isNaN(to)) return [{ marketplace: '', from: received, to: received }]
      if (marketplaces.length === 0) gaps.push({ marketplace: '', from: dayToDate(from), to: received })
      for (const m of marketplaces) {
        for (const g of uncovered(merged.get(m)!, from, to)) gaps.push({ marketplace: m, from: dayToDate(g.from), to: dayToDate(g.to) })
      }
      memo.set(received, gaps)
      return gaps
    },
  }
}

/** "amazon.de (Sep 2026–Nov 2026), amazon.co.uk (Nov 2026)": marketplaces and months of the gaps. */
export function describeGaps(gaps: CoverageGap[]): string {
  const parts = gaps.map((g) => {
    const a = humanMonth(g.from)
    const b = humanMonth(g.to)
    const months = a === b ? a : `${a}–${b}`
    return g.marketplace === '' ? `any marketplace (${months})` : `${g.marketplace} (${months})`
  })
  return parts.join(', ')
}
