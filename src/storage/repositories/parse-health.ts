// Parser health: the last run per (page kind, marketplace) with matched alternatives and misses; local only.
import type { UnorderedDb } from '../db.ts'
import type { ParseHealthRow, ParseRunSummary } from '../records.ts'

/** Parser issues as the reader reports them (structurally `ParseIssue` of src/amazon/parse-result.ts). */
export type ParseIssueLike = { site: string; variant: number } | { site: string; miss: true } | { field: string; problem: string }

export interface ParseRun {
  pageKind: string
  marketplace: string
  /** ISO timestamp. */
  at: string
  complete: boolean
  orders: number
  issues: readonly ParseIssueLike[]
}

/** Folds reader issues into a run summary (variants de-duplicated, sorted for stable rows). */
export function summarizeRun(run: ParseRun): ParseRunSummary {
  const variants = new Map<string, { site: string; variant: number }>()
  const misses = new Set<string>()
  const problems = new Map<string, { field: string; problem: string }>()
  for (const issue of run.issues) {
    if ('field' in issue) problems.set(`${issue.field}|${issue.problem}`, { field: issue.field, problem: issue.problem })
    else if ('miss' in issue) misses.add(issue.site)
    else variants.set(`${issue.site}|${issue.variant}`, { site: issue.site, variant: issue.variant })
  }
  const byKey = <T>(m: Map<string, T>) => [...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([, v]) => v)
  return { complete: run.complete, orders: run.orders, variants: byKey(variants), misses: [...misses].sort(), fieldProblems: byKey(problems) }
}

/** Records one parse run (always a write: the timestamp and counters move). */
export async function recordParseRun(db: UnorderedDb, run: ParseRun): Promise<ParseHealthRow> {
  return db.transaction('rw', db.parseHealth, async () => {
    const id = `${run.pageKind}|${run.marketplace}`
    const before = await db.parseHealth.get(id)
    const row: ParseHealthRow = {
      id,
      pageKind: run.pageKind,
      marketplace: run.marketplace,
      at: run.at,
      runs: (before?.runs ?? 0) + 1,
      incompleteRuns: (before?.incompleteRuns ?? 0) + (run.complete ? 0 : 1),
      last: summarizeRun(run),
    }
    await db.parseHealth.put(row)
    return row
  })
}
