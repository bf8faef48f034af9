// Restores a validated backup in ONE transaction, replacing or merging; unchanged rows are not rewritten.
import { base64ToBytes, decodeBlob, isEncodedBlob } from '../blob-encoding.ts'
import { sameData, sha256Hex } from '../canonical-json.ts'
import { TABLE_NAMES, type TableName, type UnorderedDb } from '../db.ts'
import type { StoredCoverage, StoredOrder, StoredParcel, StoredShipment } from '../records.ts'
import { coverageId, unionCoverage } from '../repositories/coverage.ts'
import { mergeOrderRow, mergeShipment } from '../repositories/merge-order.ts'
import { addCounts, emptyCounts, type TableWriteCounts } from '../repositories/write-counts.ts'
import { decryptBackupText, isEncryptedBackupText, type DecryptErrorCode } from './encryption.ts'
import type { BackupErrorCode, ValidBackup } from './format.ts'
import { deleteRestoreSnapshot, readRestoreSnapshot, saveRestoreSnapshot } from '../snapshot.ts'
import { PRIMARY_KEYS, validateBackup } from './validate.ts'

/**
 * `replace`: the database becomes exactly the backup. `merge`: rows only in the backup are added,
 * orders and shipments merge their facts, coverage ranges unite, and other rows already here are kept
 * (they are newer than the backup).
 */
export type RestoreMode = 'replace' | 'merge'

export interface RestoreCounts {
  tables: Record<TableName, TableWriteCounts>
  total: TableWriteCounts
}

type Row = Record<string, unknown>

/** Label photo identity for comparisons: type, size and SHA-256 of the bytes, read before the transaction. */
type PhotoDigests = Map<string, { type: string; size: number; sha: string }>

/** Restores a validated backup in one rw transaction and returns what changed per table. */
export async function restoreBackup(db: UnorderedDb, backup: ValidBackup, mode: RestoreMode): Promise<RestoreCounts> {
  return applyBackup(db, backup, mode, false)
}

/** The dry run shown before a restore: the same counts `restoreBackup` would return, with nothing written. */
export async function previewRestore(db: UnorderedDb, backup: ValidBackup, mode: RestoreMode): Promise<RestoreCounts> {
  return applyBackup(db, backup, mode, true)
}

async function applyBackup(db: UnorderedDb, backup: ValidBackup, mode: RestoreMode, dryRun: boolean): Promise<RestoreCounts> {
  const backupPhotos: PhotoDigests = new Map()
  const incoming = { ...backup.data }
  incoming.parcels = await Promise.all(backup.data.parcels.map(async (p) => {
    if (!isEncodedBlob(p.labelPhoto)) return p
    const bytes = base64ToBytes(p.labelPhoto.base64)!
    backupPhotos.set(p.id as string, { type: p.labelPhoto.blobType, size: bytes.length, sha: await sha256Hex(bytes) })
    return { ...p, labelPhoto: decodeBlob(p.labelPhoto) }
  }))
  const localPhotos = await digestLocalPhotos(db)

  return db.transaction(dryRun ? 'r' : 'rw', db.tables, async () => {
    const tables = {} as Record<TableName, TableWriteCounts>
    let total = emptyCounts()
    for (const name of TABLE_NAMES) {
      const keyPath = PRIMARY_KEYS[name]
      const existing = new Map((await db.table(name).toArray() as Row[]).map((r) => [r[keyPath] as string, r]))
      const target = targetRows(name, mode, existing, incoming[name], keyPath)
      const same = (a: Row, b: Row) => name === 'parcels'
        ? sameParcelRow(a as unknown as StoredParcel, b as unknown as StoredParcel, localPhotos, backupPhotos)
        : sameData(a, b)
      const counts = emptyCounts()
      const puts: Row[] = []
      for (const [key, row] of target) {
        const before = existing.get(key)
        if (before && same(before, row)) { counts.unchanged++; continue }
        if (before) counts.updated++
        else counts.added++
        puts.push(row)
      }
      const deletes = [...existing.keys()].filter((k) => !target.has(k))
      counts.removed = deletes.length
      if (!dryRun && deletes.length > 0) await db.table(name).bulkDelete(deletes)
      if (!dryRun && puts.length > 0) await db.table(name).bulkPut(puts)
      tables[name] = counts
      total = addCounts(total, counts)
    }
    return { tables, total }
  })
}

/** The rows a table must hold after the restore, by primary key. */
function targetRows(name: TableName, mode: RestoreMode, existing: Map<string, Row>, backupRows: Row[], keyPath: string): Map<string, Row> {
  const fromBackup = new Map(backupRows.map((r) => [r[keyPath] as string, r]))
  if (mode === 'replace') return fromBackup
  if (name === 'coverage') {
    const united = unionCoverage([...existing.values(), ...backupRows] as unknown as StoredCoverage[])
    return new Map(united.map((c) => [coverageId(c), { ...c, id: coverageId(c) }]))
  }
  const target = new Map(existing)
  for (const [key, row] of fromBackup) {
    const here = existing.get(key)
    if (!here) target.set(key, row)
    else if (name === 'orders') target.set(key, mergeOrderRow(here as unknown as StoredOrder, row as unknown as StoredOrder) as unknown as Row)
    else if (name === 'shipments') target.set(key, mergeShipment(here as unknown as StoredShipment, row as unknown as StoredShipment, key) as unknown as Row)
  }
  return target
}

async function digestLocalPhotos(db: UnorderedDb): Promise<PhotoDigests> {
  const withPhotos = await db.parcels.filter((p) => p.labelPhoto instanceof Blob).toArray()
  const out: PhotoDigests = new Map()
  for (const p of withPhotos) {
    const bytes = new Uint8Array(await p.labelPhoto!.arrayBuffer())
    out.set(p.id, { type: p.labelPhoto!.type, size: bytes.length, sha: await sha256Hex(bytes) })
  }
  return out
}

function sameParcelRow(a: StoredParcel, b: StoredParcel, local: PhotoDigests, backup: PhotoDigests): boolean {
  const { labelPhoto: pa, ...ra } = a
  const { labelPhoto: pb, ...rb } = b
  if (!sameData(ra, rb)) return false
  if (!pa || !pb) return !pa && !pb
  const da = local.get(a.id)
  const db = backup.get(b.id)
  // A photo changed since it was digested counts as different, so it is rewritten rather than kept wrongly.
  return !!da && !!db && da.size === pa.size && da.type === pa.type && da.sha === db.sha && da.type === db.type
}

export type ImportResult = { ok: true; counts: RestoreCounts } | { ok: false; code: BackupErrorCode | DecryptErrorCode; message: string }

/**
 * Validates a backup file's text (decrypting it first when it is encrypted and a password is given),
 * then restores it; an invalid file or a wrong password writes nothing. A valid one first saves the
 * current data as the restore snapshot (snapshot.ts), so `undoRestore` can bring it back.
 */
export async function importBackup(db: UnorderedDb, text: string, mode: RestoreMode, password?: string): Promise<ImportResult> {
  if (password !== undefined && isEncryptedBackupText(text)) {
    const decrypted = await decryptBackupText(text, password)
    if (!decrypted.ok) return decrypted
    text = decrypted.text
  }
  const validation = await validateBackup(text)
  if (!validation.ok) return validation
  await saveRestoreSnapshot(db)
  return { ok: true, counts: await restoreBackup(db, validation.backup, mode) }
}

/** Puts back the data as it was before the last `importBackup` (replace mode); false when there is no snapshot. */
export async function undoRestore(db: UnorderedDb): Promise<ImportResult | false> {
  const snapshot = await readRestoreSnapshot(db)
  if (!snapshot) return false
  const validation = await validateBackup(snapshot.text)
  if (!validation.ok) return validation
  const counts = await restoreBackup(db, validation.backup, 'replace')
  await deleteRestoreSnapshot(db)
  return { ok: true, counts }
}
