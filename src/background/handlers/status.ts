// `status/*` requests: what the popup shows about the extension's own state (reads only).
import { ok, type Server } from '../../messaging/server.ts'
import type { BackgroundContext } from '../context.ts'
import { attentionCount, computeOutcomes } from '../reconcile-job.ts'

export function registerStatusHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('status/get', async () => {
    const db = await ctx.db()
    const [lastRun, lastProblem, orders, parcels, outcomes] = await Promise.all([
      // A few rows (page kind × storefront) and no `at` index: pick the latest here.
      db.parseHealth.toArray().then((rows) => rows.sort((a, b) => (a.at < b.at ? 1 : -1))[0]),
      db.problems.orderBy('at').last(),
      db.orders.count(),
      db.parcels.count(),
      computeOutcomes(ctx),
    ])
    const problem = lastProblem ? { kind: lastProblem.kind, marketplace: lastProblem.marketplace, at: lastProblem.at } : null
    const run = lastRun ? { kind: lastRun.pageKind, marketplace: lastRun.marketplace, at: lastRun.at } : null
    const lastCapture = [run, problem].filter((x) => x !== null).sort((a, b) => (a.at < b.at ? 1 : -1))[0] ?? null
    return ok({ lastCapture, latestProblem: problem, attention: attentionCount(outcomes), orders, parcels })
  })
}
