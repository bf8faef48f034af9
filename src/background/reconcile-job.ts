// Re-runs reconciliation over the whole ledger after every change; stores notices, updates the toolbar count.
import type { Decision } from '../core/model/parcel.ts'
import { reconcile, type ReconcileResult } from '../core/reconcile/reconcile.ts'
import { readLedger } from '../storage/ledger.ts'
import { replaceNotices } from '../storage/repositories/notices.ts'
import type { BackgroundContext } from './context.ts'
import { readSettings } from './settings-store.ts'

/** What needs the user's attention: unmatched parcels plus deliveries awaiting confirmation. */
export function attentionCount(result: ReconcileResult): number {
  const parcels = result.parcels.filter((p) => p.outcome === 'unmatched').length
  const shipments = result.shipments.filter((s) => s.outcome === 'awaiting-confirmation').length
  return parcels + shipments
}

/** Reconciliation as of now, computed on demand (outcomes are derived data and are not stored). */
export async function computeOutcomes(ctx: BackgroundContext): Promise<ReconcileResult> {
  const db = await ctx.db()
  const today = ctx.today()
  const [ledger, parcels, decisionRows, settings] = await db.transaction('r', [db.orders, db.shipments, db.coverage, db.parcels, db.decisions, db.meta], () =>
    Promise.all([readLedger(db), db.parcels.toArray(), db.decisions.toArray(), readSettings(db, today)]),
  )
  const decisions = decisionRows.map(({ subject: _subject, ...d }) => d as Decision)
  const plainParcels = parcels.map(({ labelPhoto: _photo, normalizedSender: _sender, ...p }) => p)
  return reconcile(ledger, plainParcels, decisions, settings, today)
}

/** Re-runs reconciliation after a write: notices replaced when they changed, toolbar count refreshed. */
export async function runReconcileJob(ctx: BackgroundContext): Promise<ReconcileResult> {
  const result = await computeOutcomes(ctx)
  await replaceNotices(await ctx.db(), result.notices)
  await ctx.setToolbarCount(attentionCount(result))
  return result
}
