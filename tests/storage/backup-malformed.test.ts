// ≥20 malformed backups: each is rejected with its typed code and a clear message, and nothing is written.
import 'fake-indexeddb/auto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openDb, type UnorderedDb } from '../../src/storage/db.ts'
import { backupText, exportBackup, importBackup, snapshotDbName, type BackupEnvelope, type BackupErrorCode } from '../../src/storage/backup.ts'
import { contentHash, type ContentHash } from '../../src/storage/hash.ts'
import { countWrites, type WriteCounter } from './helpers/count-writes.ts'
import { uniqueDbName } from './helpers/factories.ts'
import { clone, resign } from './helpers/malformed.ts'
import { populate } from './helpers/populate.ts'

type Edit = (e: BackupEnvelope & Record<string, unknown>) => void
/** An edit of the parsed envelope, re-signed so the checksum passes and a deeper check must catch it. */
const signed = (edit: Edit) => async (valid: BackupEnvelope) => {
  const e = clone(valid) as BackupEnvelope & Record<string, unknown>
  edit(e)
  return JSON.stringify(await resign(e))
}
/** An edit of the parsed envelope without re-signing (and optionally of the resulting text). */
const raw = (edit: Edit, text: (t: string) => string = (t) => t) => async (valid: BackupEnvelope) => {
  const e = clone(valid) as BackupEnvelope & Record<string, unknown>
  edit(e)
  return text(JSON.stringify(e))
}
const rows = (e: BackupEnvelope, t: keyof BackupEnvelope['data']) => e.data[t] as Record<string, unknown>[]

const CASES: Array<[string, BackupErrorCode, (valid: BackupEnvelope, text: string) => Promise<string> | string]> = [
  ['empty file', 'not-json', () => ''],
  ['truncated in the middle', 'not-json', (_v, t) => t.slice(0, Math.floor(t.length / 2))],
  ['truncated by one character', 'not-json', (_v, t) => t.slice(0, -1)],
  ['50 MB file', 'too-large', () => `{"format":"unordered-backup","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`],
  ['a JSON list', 'not-an-object', () => '[]'],
  ['JSON null', 'not-an-object', () => 'null'],
  ['another app\'s format', 'wrong-format', raw((e) => { e.format = 'other-backup' as 'unordered-backup' })],
  ['no format', 'wrong-format', raw((e) => { delete (e as Partial<BackupEnvelope>).format })],
  ['newer schema version', 'newer-version', raw((e) => { e.schemaVersion = 99 })],
  ['schema version 0', 'unsupported-version', raw((e) => { e.schemaVersion = 0 })],
  ['schema version as text', 'unsupported-version', raw((e) => { e.schemaVersion = '2' as unknown as number })],
  ['fractional schema version', 'unsupported-version', raw((e) => { e.schemaVersion = 1.5 })],
  ['bad export time', 'bad-envelope', raw((e) => { e.exportedAt = 'yesterday' })],
  ['no checksum', 'bad-envelope', raw((e) => { delete (e as Partial<BackupEnvelope>).sha256 })],
  ['data is null', 'bad-envelope', raw((e) => { e.data = null as unknown as BackupEnvelope['data'] })],
  ['edited without a new checksum', 'checksum-mismatch', raw((e) => { rows(e, 'orders')[0]!.orderId = 'tampered' })],
  ['missing table', 'missing-table', signed((e) => { delete (e.data as Partial<BackupEnvelope['data']>).parcels })],
  ['table is not a list', 'missing-table', signed((e) => { (e.data as Record<string, unknown>).orders = {} })],
  ['unknown table', 'unknown-table', signed((e) => { (e.data as Record<string, unknown>).secrets = [] })],
  ['counts do not match', 'counts-mismatch', async (v) => { const e = await resign(clone(v)); e.counts.orders += 1; return JSON.stringify(e) }],
  ['a count missing', 'counts-mismatch', async (v) => { const e = await resign(clone(v)); delete (e.counts as Partial<BackupEnvelope['counts']>).parcels; return JSON.stringify(e) }],
  ['order.digital as text', 'invalid-record', signed((e) => { rows(e, 'orders')[0]!.digital = 'yes' })],
  ['null record', 'invalid-record', signed((e) => { rows(e, 'orders')[0] = null as unknown as Record<string, unknown> })],
  ['tracking ids as one string', 'invalid-record', signed((e) => { rows(e, 'shipments')[0]!.trackingIds = 'TRK0' })],
  ['unknown shipment status', 'invalid-record', signed((e) => { rows(e, 'shipments')[0]!.status = 'teleported' })],
  ['fractional money', 'invalid-record', signed((e) => { rows(e, 'orders')[0]!.total = { minor: 12.5, currency: 'EUR' } })],
  ['impossible date', 'invalid-record', signed((e) => { rows(e, 'parcels')[0]!.receivedOn = '2025-02-30' })],
  ['label photo not base64', 'invalid-record', signed((e) => { rows(e, 'parcels')[0]!.labelPhoto = { blobType: 'image/png', base64: '<script>' } })],
  ['unknown decision kind', 'invalid-record', signed((e) => { rows(e, 'decisions')[0]!.kind = 'maybe' })],
  ['decision subject does not match', 'invalid-record', signed((e) => { rows(e, 'decisions')[0]!.subject = 'parcel:someone-else' })],
  ['order key does not match its id', 'invalid-record', signed((e) => { rows(e, 'orders')[0]!.key = 'amazon.fr:000' })],
  ['coverage ends before it starts', 'invalid-record', signed((e) => { Object.assign(rows(e, 'coverage')[0]!, { from: '2025-01-01', to: '2024-01-01', id: 'amazon.de|export|2025-01-01|2024-01-01' }) })],
  ['parse health with negative runs', 'invalid-record', signed((e) => { rows(e, 'parseHealth')[0]!.runs = -1 })],
  ['problem id does not match', 'invalid-record', signed((e) => { rows(e, 'problems')[0]!.id = 'x' })],
  ['value nested 200,000 levels deep', 'invalid-record', raw((e) => { rows(e, 'syncState')[0]!.value = 'DEEP' }, (t) => t.replace('"DEEP"', `${'['.repeat(200_000)}${']'.repeat(200_000)}`))],
  ['duplicate parcel', 'duplicate-key', signed((e) => { rows(e, 'parcels').push(rows(e, 'parcels')[2]!) })],
  ['shipment of a missing order', 'dangling-reference', signed((e) => { e.data.orders = rows(e, 'orders').slice(1) })],
  ['decision on a missing parcel', 'dangling-reference', signed((e) => {
    Object.assign(rows(e, 'decisions').find((d) => d.kind === 'explain')!, { parcelId: 'ghost', subject: 'parcel:ghost' })
  })],
  ['decision on a missing shipment', 'dangling-reference', signed((e) => {
    Object.assign(rows(e, 'decisions').find((d) => d.kind === 'ignore')!, { shipmentKey: 'amazon.de:1:s-x-0', subject: 'shipment:amazon.de:1:s-x-0' })
  })],
  ['notice about a missing parcel', 'dangling-reference', signed((e) => { e.data.parcels = rows(e, 'parcels').filter((p) => p.id !== 'p-2'); e.data.decisions = rows(e, 'decisions').filter((d) => d.parcelId !== 'p-2') })],
]

describe('malformed backups', () => {
  let source: UnorderedDb
  let target: UnorderedDb
  let writes: WriteCounter
  let valid: BackupEnvelope
  let validText: string
  let targetHash: ContentHash

  beforeAll(async () => {
    source = openDb(uniqueDbName('malformed-src'))
    await populate(source)
    valid = await exportBackup(source)
    validText = backupText(valid)
    target = openDb(uniqueDbName('malformed-dst'))
    writes = countWrites(target)
    await populate(target, 3)
    targetHash = await contentHash(target)
  })
  afterAll(async () => { await source.delete(); await target.delete() })

  it('has at least 20 cases and the unedited file is valid', async () => {
    expect(CASES.length).toBeGreaterThanOrEqual(20)
    const db = openDb(uniqueDbName('malformed-ok'))
    expect((await importBackup(db, validText, 'merge')).ok).toBe(true)
    await db.delete()
  })

  it.each(CASES)('%s → %s, nothing written', async (_name, code, build) => {
    const text = await build(valid, validText)
    writes.reset()
    for (const mode of ['replace', 'merge'] as const) {
      const result = await importBackup(target, text, mode)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.code).toBe(code)
      expect(result.message.length).toBeGreaterThan(20)
      expect(result.message).not.toMatch(/undefined|\[object|NaN/)
    }
    expect(writes.total()).toBe(0)
    expect(await contentHash(target)).toEqual(targetHash)
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(snapshotDbName(target))
  })
})
