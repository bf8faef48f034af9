// The latest pages that could not be read (sign-in, CAPTCHA, challenge…): kind, marketplace and time only.
import type { UnorderedDb } from '../db.ts'
import type { ProblemRow } from '../records.ts'

/** How many problems are kept; older ones are dropped. */
export const MAX_PROBLEMS = 20

export interface Problem {
  kind: string
  marketplace?: string
  /** ISO timestamp. */
  at: string
}

/** Records a problem page. Takes no URL on purpose: query strings and order ids stay out of storage. */
export async function recordProblem(db: UnorderedDb, problem: Problem): Promise<ProblemRow> {
  const row: ProblemRow = { id: `${problem.at}|${problem.kind}|${problem.marketplace ?? ''}`, kind: problem.kind, at: problem.at }
  if (problem.marketplace !== undefined) row.marketplace = problem.marketplace
  return db.transaction('rw', db.problems, async () => {
    await db.problems.put(row)
    const count = await db.problems.count()
    if (count > MAX_PROBLEMS) {
      const oldest = await db.problems.orderBy('at').limit(count - MAX_PROBLEMS).primaryKeys()
      await db.problems.bulkDelete(oldest)
    }
    return row
  })
}

/** Clears problems (e.g. after the user signed in again and a page read fine). */
export async function clearProblems(db: UnorderedDb): Promise<void> {
  await db.problems.clear()
}
