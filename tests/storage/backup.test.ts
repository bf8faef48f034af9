// Backup: export → delete all → restore is hash-identical; restoring twice changes nothing; merge mode; label photos.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type UnorderedDb } from '../../src/storage/db.ts'
import {
  backupText, exportBackup, importBackup, previewRestore, readRestoreSnapshot, restoreBackup, snapshotDbName, undoRestore, validateBackup,
} from '../../src/storage/backup.ts'
import { contentHash } from '../../src/storage/hash.ts'
import { deleteAllData } from '../../src/storage/wipe.ts'
import { addParcels, upsertOrders } from '../../src/storage/repositories/index.ts'
import { countWrites } from './helpers/count-writes.ts'
import { makeOrder, makeParcel, uniqueDbName } from './helpers/factories.ts'
import { PHOTO_BYTES, populate } from './helpers/populate.ts'

const dbs: UnorderedDb[] = []
function freshDb(name = uniqueDbName('backup')) {
  const db = openDb(name)
  dbs.push(db)
  return db
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

describe('backup round trip', () => {
  it('export → delete all → restore gives a hash-identical database, label photo included', async () => {
    const name = uniqueDbName('roundtrip')
    const db = freshDb(name)
    await populate(db)
    const before = await contentHash(db)
    const text = backupText(await exportBackup(db, { extensionVersion: '0.1.0' }))

    await importBackup(db, text, 'merge') // leaves a restore snapshot behind, which delete-all must remove too
    expect((await indexedDB.databases()).map((d) => d.name)).toContain(snapshotDbName(db))
    await deleteAllData(db)
    const left = (await indexedDB.databases()).map((d) => d.name)
    expect(left).not.toContain(name)
    expect(left).not.toContain(snapshotDbName(db))

    const restored = freshDb(name)
    const result = await importBackup(restored, text, 'replace')
    expect(result.ok).toBe(true)
    expect(await contentHash(restored)).toEqual(before)
    const photo = (await restored.parcels.get('p-1'))!.labelPhoto!
    expect(photo).toBeInstanceOf(Blob)
    expect(photo.type).toBe('image/png')
    expect(new Uint8Array(await photo.arrayBuffer())).toEqual(PHOTO_BYTES)
  })

  it('restoring the same file twice changes nothing the second time (both modes)', async () => {
    const source = freshDb()
    await populate(source)
    const text = backupText(await exportBackup(source))
    for (const mode of ['replace', 'merge'] as const) {
      const db = freshDb()
      const writes = countWrites(db)
      const first = await importBackup(db, text, mode)
      expect(first.ok && first.counts.total.added).toBeGreaterThan(0)
      const hash = await contentHash(db)
      writes.reset()
      const second = await importBackup(db, text, mode)
      expect(second.ok && second.counts.total).toEqual({ added: 0, updated: 0, unchanged: first.ok ? first.counts.total.added : -1, removed: 0 })
      expect(writes.total()).toBe(0)
      expect(await contentHash(db)).toEqual(hash)
    }
  })

  it('restoring onto the unchanged source database writes nothing', async () => {
    const db = freshDb()
    await populate(db)
    const validation = await validateBackup(backupText(await exportBackup(db)))
    if (!validation.ok) throw new Error(validation.message)
    const writes = countWrites(db)
    const counts = await restoreBackup(db, validation.backup, 'replace')
    expect(counts.total.added + counts.total.updated + counts.total.removed).toBe(0)
    expect(writes.total()).toBe(0)
  })

  it('previewRestore reports exactly what restoreBackup then does, writing nothing itself', async () => {
    const source = freshDb()
    await populate(source)
    const validation = await validateBackup(backupText(await exportBackup(source)))
    if (!validation.ok) throw new Error(validation.message)
    const db = freshDb()
    await addParcels(db, [makeParcel('local-only'), makeParcel('p-3', { notes: 'different' })])
    const writes = countWrites(db)
    const hash = await contentHash(db)
    const preview = await previewRestore(db, validation.backup, 'replace')
    expect(writes.total()).toBe(0)
    expect(await contentHash(db)).toEqual(hash)
    expect(preview.tables.parcels).toEqual({ added: 2, updated: 1, unchanged: 0, removed: 1 })
    expect(await restoreBackup(db, validation.backup, 'replace')).toEqual(preview)
  })

  it('replace removes local rows the backup lacks; merge keeps them and adds the backup rows', async () => {
    const source = freshDb()
    await populate(source)
    const text = backupText(await exportBackup(source))

    const replaced = freshDb()
    await addParcels(replaced, [makeParcel('local-only')])
    const r = await importBackup(replaced, text, 'replace')
    expect(r.ok && r.counts.tables.parcels).toMatchObject({ added: 3, removed: 1 })
    expect(await replaced.parcels.get('local-only')).toBeUndefined()
    expect((await contentHash(replaced)).all).toBe((await contentHash(source)).all)

    const merged = freshDb()
    await addParcels(merged, [makeParcel('local-only'), makeParcel('p-3', { notes: 'edited locally' })])
    await upsertOrders(merged, [makeOrder('amazon.de', '111-0000000-0000000', { aliases: ['LOCAL-ALIAS'] })])
    const m = await importBackup(merged, text, 'merge')
    expect(m.ok && m.counts.tables.parcels).toMatchObject({ added: 2, removed: 0 })
    expect(await merged.parcels.get('local-only')).toBeDefined()
    expect((await merged.parcels.get('p-3'))!.notes).toBe('edited locally')
    expect((await merged.orders.get('amazon.de:111-0000000-0000000'))!.aliases).toEqual(['LOCAL-ALIAS'])
    expect(await merged.orders.count()).toBe(await source.orders.count())
  })

  it('importBackup keeps a snapshot of the data it replaced; undoRestore brings it back and drops the snapshot', async () => {
    const source = freshDb()
    await populate(source)
    const text = backupText(await exportBackup(source))
    const db = freshDb()
    await addParcels(db, [makeParcel('mine', { notes: 'before the restore' })])
    const before = await contentHash(db)
    expect(await undoRestore(db)).toBe(false)

    expect((await importBackup(db, text, 'replace')).ok).toBe(true)
    expect(await readRestoreSnapshot(db)).toMatchObject({ text: expect.stringContaining('before the restore') })
    expect(await undoRestore(db)).toMatchObject({ ok: true })
    expect(await contentHash(db)).toEqual(before)
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(snapshotDbName(db))
  })

  it('is all or nothing: a write failing in the last table leaves every table as it was', async () => {
    const source = freshDb()
    await populate(source)
    const validation = await validateBackup(backupText(await exportBackup(source)))
    if (!validation.ok) throw new Error(validation.message)
    const db = freshDb()
    db.use({
      stack: 'dbcore',
      name: 'fail-meta-writes',
      create: (down) => ({
        ...down,
        table: (name) => {
          const t = down.table(name)
          return name === 'meta' ? { ...t, mutate: () => Promise.reject(new Error('disk full')) } : t
        },
      }),
    })
    await addParcels(db, [makeParcel('local-only')])
    const before = await contentHash(db)
    await expect(restoreBackup(db, validation.backup, 'replace')).rejects.toThrow('disk full')
    expect(await contentHash(db)).toEqual(before)
  })

  it('accepts a schema-1 backup and upgrades its parcels on restore', async () => {
    const source = freshDb()
    await addParcels(source, [makeParcel('p-old', { sender: 'Él Vendedor,  S.L.' })])
    const envelope = await exportBackup(source)
    envelope.schemaVersion = 1
    envelope.data.parcels = envelope.data.parcels.map(({ normalizedSender: _n, ...p }) => p)
    const { resign } = await import('./helpers/malformed.ts')
    const db = freshDb()
    const result = await importBackup(db, backupText(await resign(envelope)), 'replace')
    expect(result.ok).toBe(true)
    expect((await db.parcels.get('p-old'))!.normalizedSender).toBe('él vendedor s l')
  })
})
