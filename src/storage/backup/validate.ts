// Validates a backup file completely before anything is written: size, JSON, format, version, checksum, records, references.
import { canonicalJson, isPlainObject, sha256Hex } from '../canonical-json.ts'
import { SCHEMA_VERSION, STORES_V2, TABLE_NAMES, type TableName } from '../db.ts'
import { upgradeParcelToV2 } from '../migrations/v2-normalized-sender.ts'
import { BACKUP_FORMAT, MAX_BACKUP_BYTES, RESTORABLE_VERSIONS, type BackupData, type BackupErrorCode, type BackupValidation, type ValidBackup } from './format.ts'
import { ENCRYPTED_FORMAT } from './encryption.ts'
import { KEY_RULES, RECORD_CHECKS } from './record-checks.ts'

type Failure = { ok: false; code: BackupErrorCode; message: string }
const fail = (code: BackupErrorCode, message: string): Failure => ({ ok: false, code, message })

/** The primary key field of each table (first entry of the current stores string). */
export const PRIMARY_KEYS = Object.fromEntries(
  TABLE_NAMES.map((t) => [t, STORES_V2[t].split(',')[0]!.trim()]),
) as Record<TableName, string>

/**
 * Checks a backup file's text and returns either the validated backup (data upgraded to the
 * current schema) or a typed error with a message for the user. Never writes anything.
 */
export async function validateBackup(text: string, maxBytes = MAX_BACKUP_BYTES): Promise<BackupValidation> {
  const size = byteLength(text, maxBytes)
  if (size > maxBytes) return fail('too-large', `This file is ${mb(size)}; a backup can be at most ${mb(maxBytes)}.`)

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return fail('not-json', 'This file is not valid JSON: it may be truncated or not a backup at all.')
  }
  if (!isPlainObject(parsed)) return fail('not-an-object', 'This file is JSON but not an Unordered backup.')
  if (parsed.format === ENCRYPTED_FORMAT) return fail('encrypted', 'This backup is encrypted: enter its password to restore it.')
  if (parsed.format !== BACKUP_FORMAT) return fail('wrong-format', `This file is not an Unordered backup (format must be "${BACKUP_FORMAT}").`)

  const version = parsed.schemaVersion
  if (!Number.isSafeInteger(version)) return fail('unsupported-version', 'The backup has no valid schema version.')
  if ((version as number) > SCHEMA_VERSION) {
    return fail('newer-version', `This backup was made by a newer version of Unordered (schema ${version}); update the extension to restore it.`)
  }
  if (!RESTORABLE_VERSIONS.includes(version as number)) return fail('unsupported-version', `Backups of schema version ${version} cannot be restored.`)

  if (typeof parsed.exportedAt !== 'string' || Number.isNaN(Date.parse(parsed.exportedAt))) return fail('bad-envelope', 'The backup has no valid export time.')
  if (typeof parsed.extensionVersion !== 'string') return fail('bad-envelope', 'The backup does not say which extension version made it.')
  if (typeof parsed.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(parsed.sha256)) return fail('bad-envelope', 'The backup has no valid checksum.')
  if (!isPlainObject(parsed.counts)) return fail('bad-envelope', 'The backup has no record counts.')
  if (!isPlainObject(parsed.data)) return fail('bad-envelope', 'The backup has no data section.')

  const data = parsed.data
  for (const name of Object.keys(data)) {
    if (!(TABLE_NAMES as string[]).includes(name)) return fail('unknown-table', `The backup contains an unknown table "${name}".`)
  }
  for (const name of TABLE_NAMES) {
    if (!Array.isArray(data[name])) return fail('missing-table', `The backup's table "${name}" is missing or not a list.`)
    const rows = (data[name] as unknown[]).length
    const counted = parsed.counts[name]
    if (typeof counted !== 'number') return fail('counts-mismatch', `The backup does not say how many "${name}" records it holds.`)
    if (counted !== rows) return fail('counts-mismatch', `The backup says "${name}" has ${counted} records but contains ${rows}.`)
  }

  let canonical: string
  try {
    canonical = canonicalJson(data)
  } catch {
    // A value nested deeper than the call stack, or one JSON cannot carry: no backup we write looks like this.
    return fail('invalid-record', 'The backup contains a value nested too deeply or of an impossible type.')
  }
  if ((await sha256Hex(canonical)) !== parsed.sha256) {
    return fail('checksum-mismatch', 'The backup\'s checksum does not match its contents: the file was changed or damaged.')
  }

  const recordError = checkRecords(data as BackupData)
  if (recordError) return recordError

  const upgraded: BackupData = { ...(data as BackupData) }
  if ((version as number) < 2) upgraded.parcels = upgraded.parcels.map((p) => upgradeParcelToV2(p))

  const backup = {
    schemaVersion: version as number,
    exportedAt: parsed.exportedAt,
    extensionVersion: parsed.extensionVersion,
    counts: parsed.counts as Record<TableName, number>,
    data: upgraded,
  } as ValidBackup
  return { ok: true, backup }
}

/** Types, derived keys, duplicates, then references between tables. */
function checkRecords(data: BackupData): Failure | undefined {
  const keys = {} as Record<TableName, Set<string>>
  for (const name of TABLE_NAMES) {
    const check = RECORD_CHECKS[name]
    const rule = KEY_RULES[name]
    const seen = new Set<string>()
    for (let i = 0; i < data[name].length; i++) {
      const row = data[name][i]
      const path = `${name}[${i}]`
      const typeError = check(row, path)
      if (typeError) return fail('invalid-record', `Record ${typeError}.`)
      const ruleError = rule?.(row!)
      if (ruleError) return fail('invalid-record', `Record ${path}: ${ruleError}.`)
      const key = row![PRIMARY_KEYS[name]] as string
      if (seen.has(key)) return fail('duplicate-key', `Table "${name}" contains "${key}" twice.`)
      seen.add(key)
    }
    keys[name] = seen
  }
  const dangling = (table: TableName, i: number, field: string, target: TableName, value: unknown): Failure | undefined =>
    value === undefined || keys[target].has(value as string)
      ? undefined
      : fail('dangling-reference', `Record ${table}[${i}].${field} refers to "${String(value)}", which is not in the backup's ${target}.`)

  for (const [i, s] of data.shipments.entries()) {
    const e = dangling('shipments', i, 'orderKey', 'orders', s.orderKey)
    if (e) return e
  }
  for (const table of ['decisions', 'notices'] as const) {
    for (const [i, r] of data[table].entries()) {
      const e = dangling(table, i, 'parcelId', 'parcels', r.parcelId)
        ?? dangling(table, i, 'shipmentKey', 'shipments', r.shipmentKey)
        ?? dangling(table, i, 'orderKey', 'orders', r.orderKey)
      if (e) return e
    }
  }
  return undefined
}

/** UTF-8 size, computed exactly only when the cheap bound (UTF-16 units ≤ bytes ≤ 3 × units) cannot decide. */
function byteLength(text: string, limit: number): number {
  if (text.length > limit || text.length * 3 <= limit) return text.length
  return new TextEncoder().encode(text).length
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
