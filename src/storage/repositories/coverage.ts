// Coverage: (marketplace, source) date ranges whose orders are completely known; overlapping or adjacent ranges merge.
import { addDays, isPlainDate, type Coverage } from '../../core/model/index.ts'
import type { UnorderedDb } from '../db.ts'
import type { StoredCoverage } from '../records.ts'
import { emptyCounts, type TableWriteCounts } from './write-counts.ts'

export function coverageId(c: Coverage): string {
  return `${c.marketplace}|${c.source}|${c.from}|${c.to}`
}

/** Unions ranges per (marketplace, source): overlapping or touching ranges become one. Pure. */
export function unionCoverage(ranges: readonly Coverage[]): Coverage[] {
  const groups = new Map<string, Coverage[]>()
  for (const r of ranges) {
    const g = `${r.marketplace}|${r.source}`
    groups.set(g, [...(groups.get(g) ?? []), r])
  }
  const out: Coverage[] = []
  for (const group of groups.values()) {
    const sorted = [...group].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    let current: Coverage | undefined
    for (const r of sorted) {
      if (current && r.from <= addDays(current.to, 1)) {
        if (r.to > current.to) current = { ...current, to: r.to }
      } else {
        if (current) out.push(current)
        current = { marketplace: r.marketplace, source: r.source, from: r.from, to: r.to }
      }
    }
    if (current) out.push(current)
  }
  return out
}

/** Merges coverage ranges into the stored ones. Invalid ranges are a programmer error. */
export async function mergeCoverage(db: UnorderedDb, incoming: readonly Coverage[]): Promise<TableWriteCounts> {
  for (const c of incoming) {
    if (!isPlainDate(c.from) || !isPlainDate(c.to) || c.from > c.to) throw new RangeError(`invalid coverage range ${coverageId(c)}`)
  }
  if (incoming.length === 0) return emptyCounts()
  return db.transaction('rw', db.coverage, async () => {
    const marketplaces = [...new Set(incoming.map((c) => c.marketplace))]
    const stored = await db.coverage.where('marketplace').anyOf(marketplaces).toArray()
    const merged = unionCoverage([...stored, ...incoming]).map((c): StoredCoverage => ({ ...c, id: coverageId(c) }))
    const storedIds = new Set(stored.map((c) => c.id))
    const mergedIds = new Set(merged.map((c) => c.id))
    const counts = emptyCounts()
    const puts = merged.filter((c) => !storedIds.has(c.id))
    const deletes = stored.filter((c) => !mergedIds.has(c.id)).map((c) => c.id)
    counts.added = puts.length
    counts.unchanged = merged.length - puts.length
    counts.removed = deletes.length
    if (deletes.length > 0) await db.coverage.bulkDelete(deletes)
    if (puts.length > 0) await db.coverage.bulkPut(puts)
    return counts
  })
}
