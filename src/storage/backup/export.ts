// Exports the whole database as a backup envelope (label photos inline as base64).
import { canonicalJson, sha256Hex } from '../canonical-json.ts'
import { SCHEMA_VERSION, TABLE_NAMES, type TableName, type UnorderedDb } from '../db.ts'
import { readAllRows } from '../hash.ts'
import { BACKUP_FORMAT, type BackupEnvelope } from './format.ts'

export interface ExportOptions {
  /** The extension's manifest version (the background passes `runtime.getManifest().version`). */
  extensionVersion?: string
  /** ISO timestamp; defaults to now. */
  exportedAt?: string
}

/** Reads every table in one transaction and wraps it in a checksummed envelope. */
export async function exportBackup(db: UnorderedDb, options: ExportOptions = {}): Promise<BackupEnvelope> {
  const data = await readAllRows(db)
  const counts = Object.fromEntries(TABLE_NAMES.map((t) => [t, data[t].length])) as Record<TableName, number>
  return {
    format: BACKUP_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: options.exportedAt ?? new Date().toISOString(),
    extensionVersion: options.extensionVersion ?? 'unknown',
    counts,
    sha256: await sha256Hex(canonicalJson(data)),
    data,
  }
}

/** The file text of a backup. */
export function backupText(backup: BackupEnvelope): string {
  return JSON.stringify(backup)
}
