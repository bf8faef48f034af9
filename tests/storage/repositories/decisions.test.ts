// Decisions: one per subject (replace), referential checks, confirm and reject of the same pair exclude each other.
import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { openDb, type UnorderedDb } from '../../../src/storage/db.ts'
import { addParcels, decisionSubject, putDecision, removeDecision, upsertOrders } from '../../../src/storage/repositories/index.ts'
import { makeOrder, makeParcel, makeShipment, uniqueDbName } from '../helpers/factories.ts'

const dbs: UnorderedDb[] = []
afterEach(async () => { for (const db of dbs.splice(0)) await db.delete() })

async function seeded() {
  const db = openDb(uniqueDbName('decisions'))
  dbs.push(db)
  const a = makeShipment('amazon.de', '1', { key: 'amazon.de:1:s-AAAAAAAAA-0' })
  const b = makeShipment('amazon.de', '1', { key: 'amazon.de:1:s-BBBBBBBBB-0' })
  await upsertOrders(db, [makeOrder('amazon.de', '1', { shipments: [a, b] })])
  await addParcels(db, [makeParcel('p')])
  return { db, a: a.key, b: b.key }
}
const at = '2025-02-01T00:00:00Z'

describe('decisions', () => {
  it('replaces the decision on the same subject and reports unchanged re-sends', async () => {
    const { db, a } = await seeded()
    expect(await putDecision(db, { kind: 'confirm', parcelId: 'p', shipmentKey: a, decidedAt: at })).toBe('added')
    expect(await putDecision(db, { kind: 'confirm', parcelId: 'p', shipmentKey: a, decidedAt: at })).toBe('unchanged')
    expect(await putDecision(db, { kind: 'explain', parcelId: 'p', explanation: 'gift', decidedAt: at })).toBe('updated')
    expect(await db.decisions.toArray()).toEqual([{ kind: 'explain', parcelId: 'p', explanation: 'gift', decidedAt: at, subject: 'parcel:p' }])
  })

  it('keeps several rejections of one parcel, and confirming a pair drops its rejection', async () => {
    const { db, a, b } = await seeded()
    await putDecision(db, { kind: 'reject', parcelId: 'p', shipmentKey: a, decidedAt: at })
    await putDecision(db, { kind: 'reject', parcelId: 'p', shipmentKey: b, decidedAt: at })
    expect(await db.decisions.count()).toBe(2)
    await putDecision(db, { kind: 'confirm', parcelId: 'p', shipmentKey: a, decidedAt: at })
    expect((await db.decisions.toArray()).map((d) => d.subject).sort()).toEqual(['parcel:p', `reject:p>${b}`])
    await putDecision(db, { kind: 'reject', parcelId: 'p', shipmentKey: a, decidedAt: at })
    expect((await db.decisions.toArray()).map((d) => d.subject).sort()).toEqual([`reject:p>${a}`, `reject:p>${b}`])
  })

  it('refuses decisions about missing parcels or shipments and writes nothing', async () => {
    const { db, a } = await seeded()
    expect(await putDecision(db, { kind: 'confirm', parcelId: 'ghost', shipmentKey: a, decidedAt: at })).toBe('missing-parcel')
    expect(await putDecision(db, { kind: 'ignore', shipmentKey: 'amazon.de:1:n-9', decidedAt: at })).toBe('missing-shipment')
    expect(await db.decisions.count()).toBe(0)
  })

  it('removes a decision and returns it for undo', async () => {
    const { db, a } = await seeded()
    const d = { kind: 'received', shipmentKey: a, decidedAt: at } as const
    await putDecision(db, d)
    expect(await removeDecision(db, decisionSubject(d))).toEqual({ ...d, subject: `shipment:${a}` })
    expect(await removeDecision(db, decisionSubject(d))).toBeUndefined()
  })
})
