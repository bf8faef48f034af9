// `data/wipe`: delete all data — the database and every stored key.
import { ok, type Server } from '../../messaging/server.ts'
import { deleteAllData } from '../../storage/wipe.ts'
import type { BackgroundContext } from '../context.ts'

export function registerDataHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('data/wipe', async () => {
    await deleteAllData(await ctx.db())
    await ctx.clearStorage()
    // No reconcile run here: it would open (and so re-create) the database just deleted.
    await ctx.setToolbarCount(0)
    await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'wipe' } })
    return ok({})
  })
}
