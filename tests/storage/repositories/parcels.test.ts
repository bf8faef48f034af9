// Parcels: add many (idempotent), edit (clearing fields), label photos, delete with undo including decisions and notices.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type UnorderedDb } from '../../../src/storage/db.ts'
import { contentHash } from '../../../src/storage/hash.ts'
import {
  addParcels, deleteParcel, editParcel, putDecision, replaceNotices, setLabelPhoto, undoDeleteParcel,
} from '../../../src/storage/repositories/index.ts'
import { countWrites } from '../helpers/count-writes.ts'
import { makeParcel, uniqueDbName } from '../helpers/factories.ts'

const dbs: UnorderedDb[] = []
function freshDb() {
  const db = openDb(uniqueDbName('parcels'))
  dbs.push(db)
  return { db, writes: countWrites(db) }
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

describe('parcels', () => {
  it('adds many in one go; adding the same again writes nothing; normalizedSender is derived', async () => {
    const { db, writes } = freshDb()
    const parcels = [makeParcel('a', { sender: 'Shop-X  Ltd' }), makeParcel('b', { notes: undefined })]
    expect(await addParcels(db, parcels)).toMatchObject({ added: 2, updated: 0, unchanged: 0 })
    writes.reset()
    expect(await addParcels(db, parcels)).toMatchObject({ added: 0, updated: 0, unchanged: 2 })
    expect(writes.total()).toBe(0)
    expect(await db.parcels.get('a')).toMatchObject({ normalizedSender: 'shop x ltd' })
    expect('notes' in (await db.parcels.get('b'))!).toBe(false)
  })

  it('edits fields, clears a field given as undefined, and reports missing / unchanged', async () => {
    const { db } = freshDb()
    await addParcels(db, [makeParcel('a', { sender: 'Old Sender', notes: 'n' })])
    expect(await editParcel(db, 'a', { sender: 'New Sender', notes: undefined })).toBe('updated')
    const row = (await db.parcels.get('a'))!
    expect(row).toMatchObject({ sender: 'New Sender', normalizedSender: 'new sender' })
    expect('notes' in row).toBe(false)
    expect(await editParcel(db, 'a', { sender: 'New Sender' })).toBe('unchanged')
    expect(await editParcel(db, 'nope', { notes: 'x' })).toBe('missing')
    await editParcel(db, 'a', { sender: undefined })
    expect('normalizedSender' in (await db.parcels.get('a'))!).toBe(false)
  })

  it('keeps a label photo when the parcel is re-added without one', async () => {
    const { db } = freshDb()
    await addParcels(db, [makeParcel('a')])
    expect(await setLabelPhoto(db, 'a', new Blob([new Uint8Array([1, 2])], { type: 'image/jpeg' }))).toBe('updated')
    expect(await addParcels(db, [makeParcel('a')])).toMatchObject({ unchanged: 1 })
    expect((await db.parcels.get('a'))!.labelPhoto!.size).toBe(2)
    expect(await setLabelPhoto(db, 'a', undefined)).toBe('updated')
    expect((await db.parcels.get('a'))!.labelPhoto).toBeUndefined()
    expect(await setLabelPhoto(db, 'missing', undefined)).toBe('missing')
  })

  it('delete removes the parcel with its decisions and notices; undo restores the exact database', async () => {
    const { db } = freshDb()
    await addParcels(db, [makeParcel('a', { samplesCard: 'Enjoy!' }), makeParcel('b')])
    await putDecision(db, { kind: 'explain', parcelId: 'a', explanation: 'vine', decidedAt: '2025-01-01T00:00:00Z' })
    await replaceNotices(db, [{ kind: 'samples-card', parcelId: 'a', text: 'Enjoy!' }])
    const before = await contentHash(db)

    const deleted = await deleteParcel(db, 'a')
    expect(deleted).toMatchObject({ parcel: { id: 'a' }, decisions: [{ kind: 'explain' }], notices: [{ parcelId: 'a' }] })
    expect([await db.parcels.count(), await db.decisions.count(), await db.notices.count()]).toEqual([1, 0, 0])
    expect(await deleteParcel(db, 'a')).toBeUndefined()

    expect(await undoDeleteParcel(db, deleted!)).toBe(true)
    expect(await contentHash(db)).toEqual(before)
    expect(await undoDeleteParcel(db, deleted!)).toBe(false)
  })
})
