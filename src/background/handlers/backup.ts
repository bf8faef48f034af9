// `backup/*` requests: export the whole ledger as a JSON document; restore one after full validation.
import { fail, ok, type Server } from '../../messaging/server.ts'
import { VERSION } from '../../platform/target.ts'
import { backupText, exportBackup } from '../../storage/backup/export.ts'
import { importBackup } from '../../storage/backup/restore.ts'
import type { BackgroundContext } from '../context.ts'
import { runReconcileJob } from '../reconcile-job.ts'

export function registerBackupHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('backup/export', async () => {
    const exportedAt = ctx.now()
    const backup = await exportBackup(await ctx.db(), { extensionVersion: VERSION, exportedAt })
    return ok({ fileName: `unordered-backup-${exportedAt.slice(0, 10)}.json`, json: backupText(backup) })
  })

  server.serve('backup/restore', async ({ json, mode }) => {
    const result = await importBackup(await ctx.db(), json, mode)
    if (!result.ok) return fail('invalid-file', result.message, [result.code])
    const { added, updated, unchanged, removed } = result.counts.total
    if (added + updated + removed > 0) {
      await runReconcileJob(ctx)
      await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'restore' } })
    }
    return ok({ added, updated, unchanged })
  })
}
