// `parcel/*` requests: log one or many parcels, edit, delete with undo, explain.
import type { Parcel } from '../../core/model/parcel.ts'
import { fail, ok, type Server } from '../../messaging/server.ts'
import { putDecision, removeDecision, decisionSubject } from '../../storage/repositories/decisions.ts'
import { addParcels, deleteParcel, editParcel, undoDeleteParcel, type ParcelPatch } from '../../storage/repositories/parcels.ts'
import type { BackgroundContext } from '../context.ts'
import { draftFields, newParcel } from '../parcel-drafts.ts'
import { runReconcileJob } from '../reconcile-job.ts'
import { keepForUndo, takeUndo } from '../undo-store.ts'

const EDITABLE = ['receivedOn', 'trackingNumbers', 'carrier', 'sender', 'contents', 'slipOrderId', 'samplesCard', 'amazonPackaging', 'notes', 'marketplace'] as const

async function changed(ctx: BackgroundContext, reason: 'parcels' | 'decisions'): Promise<void> {
  await runReconcileJob(ctx)
  await ctx.broadcast({ notice: 'ledger/changed', body: { reason } })
}

export function registerParcelHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('parcel/log', async ({ drafts }) => {
    const createdAt = ctx.now()
    const parcels: Parcel[] = []
    for (const draft of drafts) {
      const parcel = newParcel(draft, crypto.randomUUID(), createdAt)
      if (!parcel) return fail('bad-payload', 'unknown storefront')
      parcels.push(parcel)
    }
    await addParcels(await ctx.db(), parcels)
    await changed(ctx, 'parcels')
    return ok({ ids: parcels.map((p) => p.id) })
  })

  server.serve('parcel/edit', async ({ id, parcel: draft }) => {
    const fields = draftFields(draft)
    if (!fields) return fail('bad-payload', 'unknown storefront')
    // Every editable key is present, so a field the user emptied is cleared (undefined removes it).
    const patch: ParcelPatch = {}
    for (const k of EDITABLE) (patch as Record<string, unknown>)[k] = fields[k]
    const db = await ctx.db()
    const result = await editParcel(db, id, patch)
    if (result === 'missing') return fail('not-found')
    if (result === 'updated') await changed(ctx, 'parcels')
    const { labelPhoto: _photo, normalizedSender: _sender, ...stored } = (await db.parcels.get(id))!
    return ok({ parcel: stored })
  })

  server.serve('parcel/delete', async ({ id }) => {
    const db = await ctx.db()
    const deleted = await deleteParcel(db, id)
    if (!deleted) return fail('not-found')
    let undoToken: string
    try {
      undoToken = await keepForUndo(ctx, deleted, Date.parse(ctx.now()))
    } catch (e) {
      // Without a way back (session storage full), the deletion is not done either.
      await undoDeleteParcel(db, deleted)
      throw e
    }
    await changed(ctx, 'parcels')
    return ok({ undoToken })
  })

  server.serve('parcel/undo-delete', async ({ undoToken }) => {
    const deleted = await takeUndo(ctx, undoToken, Date.parse(ctx.now()))
    if (!deleted) return fail('not-found', 'nothing to undo')
    if (!(await undoDeleteParcel(await ctx.db(), deleted))) return fail('not-found', 'parcel id taken meanwhile')
    await changed(ctx, 'parcels')
    return ok({ id: deleted.parcel.id })
  })

  server.serve('parcel/explain', async ({ parcelId, explanation }) => {
    const db = await ctx.db()
    if (explanation === null) {
      if (!(await db.parcels.get(parcelId))) return fail('not-found')
      const subject = decisionSubject({ kind: 'explain', parcelId, explanation: 'gift', decidedAt: '' })
      const current = await db.decisions.get(subject)
      if (current?.kind !== 'explain') return ok({})
      await removeDecision(db, subject)
    } else {
      const result = await putDecision(db, { kind: 'explain', parcelId, explanation, decidedAt: ctx.now() })
      if (result === 'missing-parcel' || result === 'missing-shipment') return fail('not-found')
      if (result === 'unchanged') return ok({})
    }
    await changed(ctx, 'decisions')
    return ok({})
  })
}
