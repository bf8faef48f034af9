// Imports, backup, restore and wipe through the real server: validate first, write nothing on bad input, honest counts.
import 'fake-indexeddb/auto'
import { zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createBackgroundServer } from '../../src/background/server.ts'
import type { Kind, Reply, Req } from '../../src/messaging/protocol.ts'
import { contentHash } from '../../src/storage/hash.ts'
import { popupSender, SELF, testBackground } from './helpers/context.ts'

async function harness() {
  const bg = await testBackground({ today: '2025-03-20' })
  const { server } = createBackgroundServer(bg.ctx, SELF)
  const request = async <K extends Kind>(type: K, payload: Req<K>) => (await server.dispatch({ type, payload }, popupSender())) as Reply<K>
  return { bg, request }
}

const value = <T,>(r: { ok: true; value: T } | { ok: false }): T => {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r)}`)
  return r.value
}

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64')

// Synthetic export rows in Amazon's older header set: no real order, no personal data.
const EXPORT_HEADER = 'Website,Order ID,Order Date,Currency,Unit Price,Total Owed,ASIN,Quantity,Order Status,Shipment Status,Ship Date,Carrier Name & Tracking Number,Product Name'
const EXPORT_ROWS = [
  'Amazon.de,303-1111111-1111111,2025-03-01T10:00:00Z,EUR,12.99,12.99,B000000001,1,Closed,Shipped,2025-03-02T08:00:00Z,DHL(00340434161234567890),Synthetic widget',
  'Amazon.de,303-2222222-2222222,2025-03-05T10:00:00Z,EUR,5.00,5.00,B000000002,2,Closed,Shipped,2025-03-06T08:00:00Z,AMZN_DE(DE5000000001),Synthetic gadget',
]
const exportCsv = (rows = EXPORT_ROWS) => new TextEncoder().encode([EXPORT_HEADER, ...rows, ''].join('\n'))

const PARCEL_CSV = [
  'received_on,tracking_numbers,carrier,sender,contents,slip_order_id,samples_card,notes,explanation',
  '2025-03-10,00340434161234567890,DHL,Synthetic Shop,widget,,,,',
  '2025-03-11,,,Unknown Sender,seeds,,,,gift',
  '2025-03-11,,,Unknown Sender,seeds,,,,',
  '',
].join('\n')

describe('import/export-file', () => {
  it('imports a data export CSV, records coverage, and a second import changes nothing', async () => {
    const { bg, request } = await harness()
    const first = value(await request('import/export-file', { name: 'Retail.OrderHistory.1.csv', base64: base64(exportCsv()) }))
    expect(first).toMatchObject({ rows: 2, added: 4, updated: 0, coverage: 1 })
    expect(await bg.db.coverage.toArray()).toEqual([expect.objectContaining({ marketplace: 'amazon.de', source: 'export', to: '2025-03-05' })])
    const hash = await contentHash(bg.db)
    const second = value(await request('import/export-file', { name: 'Retail.OrderHistory.1.csv', base64: base64(exportCsv()) }))
    expect(second).toMatchObject({ rows: 2, added: 0, updated: 0, unchanged: 4, coverage: 0 })
    expect(await contentHash(bg.db)).toEqual(hash)
  })

  it('reads the zip Amazon sends', async () => {
    const { bg, request } = await harness()
    const zip = zipSync({ 'Retail.OrderHistory.1/Retail.OrderHistory.1.csv': exportCsv() })
    expect(value(await request('import/export-file', { name: 'Your Orders.zip', base64: base64(zip) }))).toMatchObject({ rows: 2, added: 4 })
    expect(await bg.db.orders.count()).toBe(2)
  })

  it('a parcel logged before the import matches the export’s tracking number and the toolbar count drops', async () => {
    const { bg, request } = await harness()
    value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-04', trackingNumbers: ['0034 0434 1612 3456 7890'] }] }))
    expect(bg.toolbar()).toBe('1')
    value(await request('import/export-file', { name: 'Retail.OrderHistory.1.csv', base64: base64(exportCsv()) }))
    expect(bg.toolbar()).toBe('')
  })

  it('an export missing required columns is refused with the column names and writes nothing', async () => {
    const { bg, request } = await harness()
    const bad = new TextEncoder().encode('Website,Order ID\nAmazon.de,303-1111111-1111111\n')
    const reply = await request('import/export-file', { name: 'Retail.OrderHistory.1.csv', base64: base64(bad) })
    expect(reply).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(!reply.ok && reply.problems?.join(' ')).toMatch(/Order Date/)
    expect(bg.writes()).toBe(0)
  })

  it('garbage bytes and non-base64 are refused without writing', async () => {
    const { bg, request } = await harness()
    expect(await request('import/export-file', { name: 'x.zip', base64: base64(new Uint8Array([0x50, 0x4b, 1, 2, 3, 4, 5])) })).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(await request('import/export-file', { name: 'x.csv', base64: 'QUJD=' })).toMatchObject({ ok: false, code: 'bad-payload' })
    expect(bg.writes()).toBe(0)
  })
})

describe('import/parcels-csv', () => {
  it('imports parcels with explanations; a second import reports them unchanged', async () => {
    const { bg, request } = await harness()
    expect(value(await request('import/parcels-csv', { name: 'parcels.csv', text: PARCEL_CSV }))).toEqual({ rows: 3, added: 3, updated: 0, unchanged: 0, coverage: 0, issues: [] })
    expect(await bg.db.parcels.count()).toBe(3)
    expect(await bg.db.decisions.toArray()).toEqual([expect.objectContaining({ kind: 'explain', explanation: 'gift' })])
    const hash = await contentHash(bg.db)
    bg.clock.now = '2025-03-21T09:00:00.000Z'
    expect(value(await request('import/parcels-csv', { name: 'parcels.csv', text: PARCEL_CSV }))).toEqual({ rows: 3, added: 0, updated: 0, unchanged: 3, coverage: 0, issues: [] })
    expect(await contentHash(bg.db)).toEqual(hash)
  })

  it('a row naming a parcel already logged (same day, same tracking number) updates it instead of adding a twin', async () => {
    const { bg, request } = await harness()
    const [id] = value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-10', trackingNumbers: ['00340434161234567890'] }] })).ids
    expect(value(await request('import/parcels-csv', { name: 'parcels.csv', text: PARCEL_CSV }))).toMatchObject({ added: 2, updated: 1 })
    expect(await bg.db.parcels.get(id!)).toMatchObject({ sender: 'Synthetic Shop', createdAt: '2025-03-20T10:00:00.000Z' })
  })

  it('one bad row rejects the whole file, names the row, and writes nothing', async () => {
    const { bg, request } = await harness()
    const text = PARCEL_CSV.replace('2025-03-11,,,Unknown Sender,seeds,,,,gift', '2025-13-11,,,Unknown Sender,seeds,,,,gift')
    const reply = await request('import/parcels-csv', { name: 'parcels.csv', text })
    expect(reply).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(!reply.ok && reply.problems).toEqual([expect.stringMatching(/^row 2: received_on/)])
    expect(bg.writes()).toBe(0)
  })

  it('a file without the documented columns is refused', async () => {
    const { bg, request } = await harness()
    expect(await request('import/parcels-csv', { name: 'parcels.csv', text: 'date,number\n2025-03-10,X\n' })).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(await request('import/parcels-csv', { name: 'parcels.csv', text: '' })).toMatchObject({ ok: false, code: 'invalid-file' })
    expect(bg.writes()).toBe(0)
  })
})

describe('backup, restore and wipe', () => {
  it('backup → delete all → restore gives a hash-identical database; restoring again changes nothing', async () => {
    const { bg, request } = await harness()
    value(await request('import/export-file', { name: 'Retail.OrderHistory.1.csv', base64: base64(exportCsv()) }))
    value(await request('import/parcels-csv', { name: 'parcels.csv', text: PARCEL_CSV }))
    value(await request('settings/set', { graceDays: 4 }))
    const before = await contentHash(bg.db)
    const { json, fileName } = value(await request('backup/export', {}))
    expect(fileName).toBe('unordered-backup-2025-03-20.json')

    await bg.session.set({ 'rate:7:page/captured': { minute: 1, count: 1 } })
    value(await request('data/wipe', { confirm: 'delete-all' }))
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(bg.db.name)
    expect(bg.session.data.size).toBe(0)
    expect(bg.toolbar()).toBe('')

    expect(value(await request('backup/restore', { json, mode: 'replace' }))).toMatchObject({ updated: 0 })
    expect(await contentHash(bg.db)).toEqual(before)
    expect(value(await request('backup/restore', { json, mode: 'merge' }))).toMatchObject({ added: 0, updated: 0 })
    expect(await contentHash(bg.db)).toEqual(before)
  })

  it('a malformed backup is refused with a clear message and writes nothing', async () => {
    const { bg, request } = await harness()
    value(await request('parcel/log', { drafts: [{ receivedOn: '2025-03-10', trackingNumbers: [] }] }))
    const hash = await contentHash(bg.db)
    const writes = bg.writes()
    for (const json of ['{', '{}', JSON.stringify({ format: 'unordered-backup', schemaVersion: 99 }), '[]']) {
      const reply = await request('backup/restore', { json, mode: 'replace' })
      expect(reply, json).toMatchObject({ ok: false, code: 'invalid-file' })
      expect(!reply.ok && reply.message).toBeTruthy()
    }
    expect(bg.writes()).toBe(writes)
    expect(await contentHash(bg.db)).toEqual(hash)
  })
})
