// `match/*` requests: the user confirms or rejects a proposed parcel–shipment match.
import { fail, ok, type Server } from '../../messaging/server.ts'
import { putDecision } from '../../storage/repositories/decisions.ts'
import type { BackgroundContext } from '../context.ts'
import { runReconcileJob } from '../reconcile-job.ts'

export function registerMatchHandlers(server: Server, ctx: BackgroundContext): void {
  const decide = async (kind: 'confirm' | 'reject', parcelId: string, shipmentKey: string) => {
    const result = await putDecision(await ctx.db(), { kind, parcelId, shipmentKey, decidedAt: ctx.now() })
    if (result === 'missing-parcel' || result === 'missing-shipment') return fail('not-found')
    if (result !== 'unchanged') {
      await runReconcileJob(ctx)
      await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'decisions' } })
    }
    return ok({})
  }
  server.serve('match/confirm', ({ parcelId, shipmentKey }) => decide('confirm', parcelId, shipmentKey))
  server.serve('match/reject', ({ parcelId, shipmentKey }) => decide('reject', parcelId, shipmentKey))
}
