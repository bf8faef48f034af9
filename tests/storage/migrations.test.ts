// Every released schema version migrates to the current one without loss (D1), and primary keys never change (D2).
import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { describe, expect, it } from 'vitest'
import { SCHEMA_VERSION, STORES_V1, STORES_V2, TABLE_NAMES, openDb } from '../../src/storage/db.ts'
import { contentHash, hashRows, sortByKey } from '../../src/storage/hash.ts'
import { uniqueDbName } from './helpers/factories.ts'
import { FROZEN_STORES_V1, createV1Database, seedRowsV1 } from './migrations/seed-v1.ts'

/** Committed snapshot: the primary key of every table, identical in every version. */
const PRIMARY_KEY_SNAPSHOT = {
  orders: 'key', shipments: 'key', parcels: 'id', decisions: 'subject', notices: 'id',
  coverage: 'id', syncState: 'key', parseHealth: 'id', problems: 'id', meta: 'key',
}
const primaryKeys = (stores: Record<string, string>) =>
  Object.fromEntries(Object.entries(stores).map(([t, s]) => [t, s.split(',')[0]!.trim()]))

describe('schema versions', () => {
  it('db.ts still declares version 1 exactly as released', () => {
    expect(STORES_V1).toEqual(FROZEN_STORES_V1)
    expect(SCHEMA_VERSION).toBe(2)
  })

  it('never changes a primary key across versions (D2)', async () => {
    for (const stores of [FROZEN_STORES_V1, STORES_V1, STORES_V2]) expect(primaryKeys(stores)).toEqual(PRIMARY_KEY_SNAPSHOT)
    const db = openDb(uniqueDbName('pk'))
    await db.open()
    expect(Object.fromEntries(db.tables.map((t) => [t.name, t.schema.primKey.keyPath]))).toEqual(PRIMARY_KEY_SNAPSHOT)
    expect(db.tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort())
    await db.delete()
  })

  it('v1 → current: counts equal, unchanged tables hash-identical, parcels gain normalizedSender (D1)', async () => {
    const name = uniqueDbName('v1')
    await createV1Database(name)
    const seed = seedRowsV1()

    const db = openDb(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    const after = await contentHash(db)
    for (const table of TABLE_NAMES) {
      expect(after.counts[table], table).toBe(seed[table].length)
      if (table === 'parcels') continue
      expect(after.tables[table], table).toBe(await hashRows(sortByKey(seed[table], PRIMARY_KEY_SNAPSHOT[table])))
    }

    const expectedSenders: Record<string, string | undefined> = {
      'v1-parcel-0': 'acme shop gmbh', 'v1-parcel-1': 'acme shop gmbh', 'v1-parcel-2': 'fullwidth ltd',
      'v1-parcel-3': undefined, 'v1-parcel-4': undefined,
    }
    const expectedParcels = seed.parcels.map((p) => {
      const n = expectedSenders[p.id as string]
      return n === undefined ? p : { ...p, normalizedSender: n }
    })
    expect(after.tables.parcels).toBe(await hashRows(sortByKey(expectedParcels, 'id')))
    expect(after.tables.parcels).not.toBe(await hashRows(sortByKey(seed.parcels, 'id')))
    // The new index answers the series question v1 could not.
    expect(await db.parcels.where('normalizedSender').equals('acme shop gmbh').primaryKeys()).toEqual(['v1-parcel-0', 'v1-parcel-1'])
    await db.delete()
  })

  it('upgrades while an old-version connection is open (it is closed, not blocking)', async () => {
    const name = uniqueDbName('v1-open')
    await createV1Database(name)
    const old = new Dexie(name)
    old.version(1).stores(FROZEN_STORES_V1)
    await old.open()
    const db = openDb(name)
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect(old.isOpen()).toBe(false)
    expect(await db.parcels.count()).toBe(5)
    await db.delete()
  })

  it('a fresh install opens directly at the current version, empty', async () => {
    const db = openDb(uniqueDbName('fresh'))
    await db.open()
    expect(db.verno).toBe(SCHEMA_VERSION)
    expect((await contentHash(db)).counts).toEqual(Object.fromEntries(TABLE_NAMES.map((t) => [t, 0])))
    await db.delete()
  })
})
