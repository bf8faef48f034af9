// Read models for the popup and options page: plain async functions of Dexie reads only, so they run inside liveQuery.
import type { Coverage, Decision, Ledger, MarketplaceId, Notice, Parcel } from '../core/model/index.ts'
import type { UnorderedDb } from './db.ts'
import { readLedger } from './ledger.ts'
import type { ParseHealthRow, ProblemRow, StoredParcel } from './records.ts'

/** Everything reconciliation needs, for the needs-attention list (the popup runs `reconcile` on it). */
export interface ReconcileInputs {
  ledger: Ledger
  parcels: Parcel[]
  decisions: Decision[]
}

export async function readReconcileInputs(db: UnorderedDb): Promise<ReconcileInputs> {
  return db.transaction('r', [db.orders, db.shipments, db.coverage, db.parcels, db.decisions], async () => {
    const ledger = await readLedger(db)
    const parcels = await listParcels(db)
    const decisions = (await db.decisions.toArray()).map(({ subject: _subject, ...d }) => d as Decision)
    return { ledger, parcels, decisions }
  })
}

/** Parcels, most recently received (then created) first, without storage-only fields (the label photo stays in the table). */
export async function listParcels(db: UnorderedDb): Promise<Parcel[]> {
  const rows = await db.parcels.toArray()
  return rows
    .map(({ labelPhoto: _photo, normalizedSender: _sender, ...p }: StoredParcel) => p)
    .sort((a, b) => b.receivedOn.localeCompare(a.receivedOn) || (b.createdAt ?? '').localeCompare(a.createdAt ?? '') || a.id.localeCompare(b.id))
}

/** Ids of parcels that have a label photo. */
export async function parcelsWithPhoto(db: UnorderedDb): Promise<string[]> {
  return db.parcels.filter((p) => p.labelPhoto instanceof Blob).primaryKeys()
}

/** Sample items and samples cards, newest first (undated last). */
export async function listSampleNotices(db: UnorderedDb): Promise<Notice[]> {
  const rows = await db.notices.where('kind').anyOf('sample', 'samples-card').toArray()
  return rows
    .map(({ id: _id, ...n }) => n)
    .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''))
}

export interface MarketplaceCoverage {
  marketplace: MarketplaceId
  orders: number
  ranges: Coverage[]
}

/** Per marketplace: how many orders are known and which periods are complete. */
export async function coverageByMarketplace(db: UnorderedDb): Promise<MarketplaceCoverage[]> {
  return db.transaction('r', [db.orders, db.coverage], async () => {
    const byMarketplace = new Map<MarketplaceId, MarketplaceCoverage>()
    const entry = (m: MarketplaceId) => {
      let e = byMarketplace.get(m)
      if (!e) byMarketplace.set(m, (e = { marketplace: m, orders: 0, ranges: [] }))
      return e
    }
    for (const m of (await db.orders.orderBy('marketplace').keys()) as string[]) entry(m).orders++
    for (const { id: _id, ...c } of await db.coverage.toArray()) entry(c.marketplace).ranges.push(c)
    for (const e of byMarketplace.values()) e.ranges.sort((a, b) => a.from.localeCompare(b.from))
    return [...byMarketplace.values()].sort((a, b) => a.marketplace.localeCompare(b.marketplace))
  })
}

/** The most recent page that could not be read, if any. */
export async function latestProblem(db: UnorderedDb): Promise<ProblemRow | undefined> {
  return db.problems.orderBy('at').last()
}

export interface ParseHealthLine extends ParseHealthRow {
  /** A fallback selector matched, a site missed or the page was incomplete: the layout may have drifted. */
  degraded: boolean
}

/** Parser health per (page kind, marketplace), degraded ones first. */
export async function parseHealth(db: UnorderedDb): Promise<ParseHealthLine[]> {
  const rows = await db.parseHealth.toArray()
  return rows
    .map((r) => ({ ...r, degraded: !r.last.complete || r.last.misses.length > 0 || r.last.variants.some((v) => v.variant > 0) }))
    .sort((a, b) => Number(b.degraded) - Number(a.degraded) || a.id.localeCompare(b.id))
}

export interface LedgerCounts {
  orders: number
  shipments: number
  parcels: number
  decisions: number
  notices: number
}

export async function ledgerCounts(db: UnorderedDb): Promise<LedgerCounts> {
  return db.transaction('r', [db.orders, db.shipments, db.parcels, db.decisions, db.notices], async () => ({
    orders: await db.orders.count(),
    shipments: await db.shipments.count(),
    parcels: await db.parcels.count(),
    decisions: await db.decisions.count(),
    notices: await db.notices.count(),
  }))
}
