// `status/*` requests: what the popup shows about the extension's own state (reads only).
import { ok, type Server } from '../../messaging/server.ts'
import type { BackgroundContext } from '../context.ts'
import { attentionCount, computeOutcomes } from '../reconcile-job.ts'

export function registerStatusHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('status/get', async () => {
    const db = await ctx.db()
    const [runs, lastProblem, orders, parcels, outcomes] = await Promise.all([
      // A few rows (page kind × storefront) and no `at` index: sorted here, newest first.
      db.parseHealth.toArray().then((rows) => rows.sort((a, b) => (a.at < b.at ? 1 : -1))),
      db.problems.orderBy('at').last(),
      db.orders.count(),
      db.parcels.count(),
      computeOutcomes(ctx),
    ])
    const lastRun = runs[0]
    const problem = lastProblem ? { kind: lastProblem.kind, marketplace: lastProblem.marketplace, at: lastProblem.at } : null
    // A page read after the problem on the same storefront means it is over (the user signed in again).
    const resolved = problem !== null && runs.some((r) => r.marketplace === problem.marketplace && r.at > problem.at)
    const run = lastRun ? { kind: lastRun.pageKind, marketplace: lastRun.marketplace, at: lastRun.at } : null
    const lastCapture = [run, problem].filter((x) => x !== null).sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null
    return ok({ lastCapture, latestProblem: resolved ? null : problem, attention: attentionCount(outcomes), orders, parcels })
  })
}
