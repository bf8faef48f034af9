// Content hashes and canonical JSON: insensitive to key order and write order, sensitive to any stored change.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { canonicalJson, sameData } from '../../src/storage/canonical-json.ts'
import { openDb, type UnorderedDb } from '../../src/storage/db.ts'
import { contentHash } from '../../src/storage/hash.ts'
import { addParcels, editParcel, setLabelPhoto } from '../../src/storage/repositories/index.ts'
import { makeParcel, uniqueDbName } from './helpers/factories.ts'

const dbs: UnorderedDb[] = []
function freshDb() {
  const db = openDb(uniqueDbName('hash'))
  dbs.push(db)
  return db
}
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

describe('canonicalJson', () => {
  it('sorts keys, drops undefined properties, keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [3, { d: undefined, c: 'x' }], e: undefined })).toBe('{"a":[3,{"c":"x"}],"b":1}')
    expect(sameData({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
    expect(sameData([1, 2], [2, 1])).toBe(false)
  })

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError)
    expect(() => canonicalJson({ a: new Blob([]) })).toThrow(TypeError)
    expect(() => canonicalJson({ a: new Date(0) })).toThrow(TypeError)
  })

  it('property: equals JSON.stringify of the key-sorted value and parses back to it', () => {
    fc.assert(fc.property(fc.jsonValue(), (v) => {
      const text = canonicalJson(v)
      expect(sameData(JSON.parse(text), v)).toBe(true)
      expect(canonicalJson(JSON.parse(JSON.stringify(v)))).toBe(text)
    }))
  })
})

describe('contentHash', () => {
  it('is the same whatever order rows were written in', async () => {
    const a = freshDb()
    const b = freshDb()
    const parcels = [makeParcel('x', { notes: 'one' }), makeParcel('y'), makeParcel('z', { sender: 'S' })]
    await addParcels(a, parcels)
    await addParcels(b, [...parcels].reverse())
    expect(await contentHash(a)).toEqual(await contentHash(b))
  })

  it('changes with a field edit and with label photo bytes, only in that table', async () => {
    const db = freshDb()
    await addParcels(db, [makeParcel('x')])
    const h0 = await contentHash(db)
    await editParcel(db, 'x', { notes: 'n' })
    const h1 = await contentHash(db)
    expect(h1.tables.parcels).not.toBe(h0.tables.parcels)
    expect(h1.tables.orders).toBe(h0.tables.orders)
    await setLabelPhoto(db, 'x', new Blob([new Uint8Array([1])], { type: 'image/png' }))
    const h2 = await contentHash(db)
    await setLabelPhoto(db, 'x', new Blob([new Uint8Array([2])], { type: 'image/png' }))
    const h3 = await contentHash(db)
    expect(new Set([h1.all, h2.all, h3.all]).size).toBe(3)
  })
})
