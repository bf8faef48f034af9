// `import/*` requests: Amazon's data export and the parcels CSV, each validated in full before one write.
import { importDataExport } from '../../amazon/data-export/index.ts'
import { fail, ok, type Server } from '../../messaging/server.ts'
import { mergeCoverage } from '../../storage/repositories/coverage.ts'
import { orderTables, upsertOrders } from '../../storage/repositories/orders.ts'
import type { BackgroundContext } from '../context.ts'
import { importParcelsCsv } from '../import-parcels.ts'
import { runReconcileJob } from '../reconcile-job.ts'

function decodeBase64(b64: string): Uint8Array | undefined {
  if (b64.length % 4 !== 0) return undefined
  try {
    const s = atob(b64)
    const out = new Uint8Array(s.length)
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
    return out
  } catch {
    return undefined
  }
}

export function registerImportHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('import/export-file', async ({ name, base64 }) => {
    const bytes = decodeBase64(base64)
    if (!bytes) return fail('bad-payload', 'file bytes are not base64')
    const result = importDataExport(bytes, name)
    if (!result.ok) return fail('invalid-file', result.error, result.missingColumns?.map((c) => `missing column: ${c}`))
    const db = await ctx.db()
    const { orders, coverage } = await db.transaction('rw', [...orderTables(db), db.coverage], async () => ({
      orders: await upsertOrders(db, result.orders),
      coverage: await mergeCoverage(db, result.coverage),
    }))
    await runReconcileJob(ctx)
    await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'import' } })
    return ok({
      rows: result.rows,
      added: orders.added,
      updated: orders.updated,
      unchanged: orders.unchanged,
      coverage: coverage.added + coverage.updated,
      issues: result.issues.slice(0, 50),
    })
  })

  server.serve('import/parcels-csv', async ({ text }) => {
    const result = await importParcelsCsv(await ctx.db(), text, ctx.now())
    if (!result.ok) return fail('invalid-file', result.error, result.problems)
    if (result.summary.added + result.summary.updated > 0) {
      await runReconcileJob(ctx)
      await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'import' } })
    }
    return ok(result.summary)
  })
}
