// Popup read models: shapes, ordering, and that they work inside liveQuery and follow writes.
import 'fake-indexeddb/auto'
import { liveQuery } from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type UnorderedDb } from '../../src/storage/db.ts'
import {
  coverageByMarketplace, latestProblem, ledgerCounts, listParcels, listSampleNotices, parcelsWithPhoto, parseHealth, readReconcileInputs,
} from '../../src/storage/queries.ts'
import { addParcels, recordParseRun, recordProblem } from '../../src/storage/repositories/index.ts'
import { makeParcel, uniqueDbName } from './helpers/factories.ts'
import { populate } from './helpers/populate.ts'

const dbs: UnorderedDb[] = []
async function populated() {
  const db = openDb(uniqueDbName('queries'))
  dbs.push(db)
  await populate(db)
  return db
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

describe('queries', () => {
  it('reconcile inputs carry model records only (no storage fields)', async () => {
    const db = await populated()
    const { ledger, parcels, decisions } = await readReconcileInputs(db)
    expect(ledger.orders).toHaveLength(6)
    expect(ledger.orders.every((o) => o.shipments.length === 1 && o.shipments.every((s) => s.orderKey === o.key))).toBe(true)
    expect(ledger.coverage).toEqual([{ marketplace: 'amazon.de', from: '2024-01-01', to: '2024-12-31', source: 'export' }])
    expect(parcels.map((p) => p.id)).toEqual(['p-3', 'p-1', 'p-2'])
    expect(parcels.some((p) => 'labelPhoto' in p || 'normalizedSender' in p)).toBe(false)
    expect(decisions).toHaveLength(3)
    expect(decisions.some((d) => 'subject' in d)).toBe(false)
    expect(await parcelsWithPhoto(db)).toEqual(['p-1'])
  })

  it('samples, coverage per marketplace, counts', async () => {
    const db = await populated()
    expect((await listSampleNotices(db)).map((n) => [n.kind, n.date])).toEqual([['samples-card', '2025-01-14'], ['sample', '2025-01-12']])
    expect(await coverageByMarketplace(db)).toEqual([
      { marketplace: 'amazon.com', orders: 3, ranges: [] },
      { marketplace: 'amazon.de', orders: 3, ranges: [{ marketplace: 'amazon.de', from: '2024-01-01', to: '2024-12-31', source: 'export' }] },
    ])
    expect(await ledgerCounts(db)).toEqual({ orders: 6, shipments: 6, parcels: 3, decisions: 3, notices: 2 })
  })

  it('latest problem and degraded parse health first', async () => {
    const db = await populated()
    await recordProblem(db, { kind: 'sign-in', at: '2025-02-01T00:00:00.000Z' })
    expect(await latestProblem(db)).toMatchObject({ kind: 'sign-in' })
    await recordParseRun(db, { pageKind: 'tracker', marketplace: 'amazon.de', at: '2025-02-01T00:00:00.000Z', complete: true, orders: 1, issues: [{ site: 'trackingId', miss: true }] })
    expect((await parseHealth(db)).map((h) => [h.id, h.degraded])).toEqual([['tracker|amazon.de', true], ['order-list|amazon.de', false]])
  })

  it('runs inside liveQuery and emits again after a write', async () => {
    const db = await populated()
    const seen: string[] = []
    await new Promise<void>((resolve, reject) => {
      const sub = liveQuery(() => latestProblem(db)).subscribe({
        next: (p) => {
          seen.push(p?.kind ?? 'none')
          if (seen.length === 1) void recordProblem(db, { kind: 'bot-challenge', at: '2025-03-01T00:00:00.000Z' })
          else { sub.unsubscribe(); resolve() }
        },
        error: reject,
      })
    })
    expect(seen).toEqual(['captcha', 'bot-challenge'])
  })

  it('reconcile inputs (nested read transactions) work inside liveQuery and follow a parcel write', async () => {
    const db = await populated()
    const counts: number[] = []
    await new Promise<void>((resolve, reject) => {
      const sub = liveQuery(() => readReconcileInputs(db)).subscribe({
        next: (inputs) => {
          counts.push(inputs.parcels.length)
          if (counts.length === 1) void addParcels(db, [makeParcel('p-new')])
          else { sub.unsubscribe(); resolve() }
        },
        error: reject,
      })
    })
    expect(counts).toEqual([3, 4])
  })
})
