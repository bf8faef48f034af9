// `settings/*` requests: read and change the audit window and grace period.
import { ok, type Server } from '../../messaging/server.ts'
import type { BackgroundContext } from '../context.ts'
import { runReconcileJob } from '../reconcile-job.ts'
import { readSettings, writeSettings } from '../settings-store.ts'

export function registerSettingsHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('settings/get', async () => ok(await readSettings(await ctx.db(), ctx.today())))
  server.serve('settings/set', async (patch) => {
    const db = await ctx.db()
    const before = await readSettings(db, ctx.today())
    const after = await writeSettings(db, patch, ctx.today())
    if (before.graceDays !== after.graceDays || before.auditFrom !== after.auditFrom) await runReconcileJob(ctx)
    return ok(after)
  })
}
