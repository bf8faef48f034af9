// Coverage union, notice sets, sync state, parse health and problems: idempotent writes and bounded, URL-free rows.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type UnorderedDb } from '../../../src/storage/db.ts'
import {
  MAX_PROBLEMS, getSyncState, mergeCoverage, putSyncState, recordParseRun, recordProblem, replaceNotices, unionCoverage,
} from '../../../src/storage/repositories/index.ts'
import { countWrites } from '../helpers/count-writes.ts'
import { uniqueDbName } from '../helpers/factories.ts'

const dbs: UnorderedDb[] = []
function freshDb() {
  const db = openDb(uniqueDbName('small'))
  dbs.push(db)
  return { db, writes: countWrites(db) }
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

describe('coverage', () => {
  it('unites overlapping and adjacent ranges per marketplace and source', () => {
    expect(unionCoverage([
      { marketplace: 'amazon.de', source: 'sync', from: '2024-03-01', to: '2024-03-31' },
      { marketplace: 'amazon.de', source: 'sync', from: '2024-01-01', to: '2024-02-29' },
      { marketplace: 'amazon.de', source: 'sync', from: '2024-05-01', to: '2024-05-31' },
      { marketplace: 'amazon.de', source: 'export', from: '2024-01-15', to: '2024-01-20' },
      { marketplace: 'amazon.fr', source: 'sync', from: '2024-01-10', to: '2024-01-11' },
    ])).toEqual([
      { marketplace: 'amazon.de', source: 'sync', from: '2024-01-01', to: '2024-03-31' },
      { marketplace: 'amazon.de', source: 'sync', from: '2024-05-01', to: '2024-05-31' },
      { marketplace: 'amazon.de', source: 'export', from: '2024-01-15', to: '2024-01-20' },
      { marketplace: 'amazon.fr', source: 'sync', from: '2024-01-10', to: '2024-01-11' },
    ])
  })

  it('merges into stored ranges, replacing absorbed rows; the same merge again writes nothing', async () => {
    const { db, writes } = freshDb()
    await mergeCoverage(db, [{ marketplace: 'amazon.de', source: 'sync', from: '2024-01-01', to: '2024-01-31' }])
    const c = await mergeCoverage(db, [{ marketplace: 'amazon.de', source: 'sync', from: '2024-02-01', to: '2024-02-29' }])
    expect(c).toMatchObject({ added: 1, removed: 1 })
    expect((await db.coverage.toArray()).map((r) => [r.from, r.to])).toEqual([['2024-01-01', '2024-02-29']])
    writes.reset()
    expect(await mergeCoverage(db, [{ marketplace: 'amazon.de', source: 'sync', from: '2024-01-10', to: '2024-02-10' }])).toMatchObject({ added: 0, removed: 0, unchanged: 1 })
    expect(writes.total()).toBe(0)
    await expect(mergeCoverage(db, [{ marketplace: 'amazon.de', source: 'sync', from: '2024-03-01', to: '2024-02-01' }])).rejects.toThrow(RangeError)
  })
})

describe('notices', () => {
  it('replaces the set and rewrites only what changed', async () => {
    const { db, writes } = freshDb()
    const a = { kind: 'sample' as const, orderKey: 'amazon.de:1', text: 'Free sample' }
    const b = { kind: 'samples-card' as const, parcelId: 'p', text: '' }
    expect(await replaceNotices(db, [a, b])).toMatchObject({ added: 2 })
    writes.reset()
    expect(await replaceNotices(db, [a, b, a])).toMatchObject({ added: 0, updated: 0, unchanged: 2, removed: 0 })
    expect(writes.total()).toBe(0)
    expect(await replaceNotices(db, [{ ...a, date: '2025-01-01' }])).toMatchObject({ updated: 1, removed: 1 })
  })
})

describe('sync state', () => {
  it('writes only changed values', async () => {
    const { db, writes } = freshDb()
    expect(await putSyncState(db, 'cursor', { page: 1 })).toBe(true)
    expect(await putSyncState(db, 'cursor', { page: 1 })).toBe(false)
    expect(await getSyncState(db, 'cursor')).toEqual({ page: 1 })
    expect(writes.total()).toBe(1)
  })
})

describe('parse health and problems', () => {
  it('keeps the last run per page kind and marketplace with running totals', async () => {
    const { db } = freshDb()
    const run = { pageKind: 'order-list', marketplace: 'amazon.de', complete: true, orders: 3, issues: [] }
    await recordParseRun(db, { ...run, at: '2025-01-01T00:00:00.000Z' })
    const row = await recordParseRun(db, {
      ...run, at: '2025-01-02T00:00:00.000Z', complete: false,
      issues: [{ site: 'total', miss: true }, { site: 'orderCard', variant: 1 }, { site: 'orderCard', variant: 1 }, { field: 'placedOn', problem: 'date-unparsed' }],
    })
    expect(row).toMatchObject({ runs: 2, incompleteRuns: 1, at: '2025-01-02T00:00:00.000Z' })
    expect(row.last).toEqual({ complete: false, orders: 3, variants: [{ site: 'orderCard', variant: 1 }], misses: ['total'], fieldProblems: [{ field: 'placedOn', problem: 'date-unparsed' }] })
    expect(await db.parseHealth.count()).toBe(1)
  })

  it(`keeps only the latest ${MAX_PROBLEMS} problems, with no URL field`, async () => {
    const { db } = freshDb()
    for (let i = 0; i < MAX_PROBLEMS + 5; i++) {
      await recordProblem(db, { kind: 'captcha', marketplace: 'amazon.de', at: `2025-01-01T00:00:${String(i).padStart(2, '0')}.000Z` })
    }
    const rows = await db.problems.orderBy('at').toArray()
    expect(rows).toHaveLength(MAX_PROBLEMS)
    expect(rows[0]!.at).toBe('2025-01-01T00:00:05.000Z')
    expect(Object.keys(rows[0]!).sort()).toEqual(['at', 'id', 'kind', 'marketplace'])
  })
})
