// The backup file format (platform.md §7.4): a JSON envelope with counts, a SHA-256 checksum and every table's rows.
import type { TableName } from '../db.ts'

export const BACKUP_FORMAT = 'unordered-backup'

/** Schema versions whose backups this build can restore (older ones are upgraded on restore). */
export const RESTORABLE_VERSIONS: readonly number[] = [1, 2]

/** Backups above this size are refused before parsing. Label photos count towards it (base64). */
export const MAX_BACKUP_BYTES = 25 * 1024 * 1024

/** Rows of every table as plain JSON; a parcel's label photo is `{ blobType, base64 }`. */
export type BackupData = Record<TableName, Record<string, unknown>[]>

export interface BackupEnvelope {
  format: typeof BACKUP_FORMAT
  schemaVersion: number
  /** ISO timestamp. */
  exportedAt: string
  extensionVersion: string
  counts: Record<TableName, number>
  /** Lower-case hex SHA-256 of the canonical JSON of `data` (see canonical-json.ts). */
  sha256: string
  data: BackupData
}

export type BackupErrorCode =
  | 'too-large'
  | 'not-json'
  | 'not-an-object'
  | 'encrypted'
  | 'wrong-format'
  | 'unsupported-version'
  | 'newer-version'
  | 'bad-envelope'
  | 'missing-table'
  | 'unknown-table'
  | 'counts-mismatch'
  | 'checksum-mismatch'
  | 'invalid-record'
  | 'duplicate-key'
  | 'dangling-reference'

declare const validated: unique symbol

/** A backup that passed `validateBackup`, with its data upgraded to the current schema. Only this can be restored. */
export interface ValidBackup {
  readonly [validated]: true
  schemaVersion: number
  exportedAt: string
  extensionVersion: string
  counts: Record<TableName, number>
  data: BackupData
}

export type BackupValidation = { ok: true; backup: ValidBackup } | { ok: false; code: BackupErrorCode; message: string }
