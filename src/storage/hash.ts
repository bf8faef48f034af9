// Per-table content hashes (canonical JSON, rows sorted by primary key): the "hash-identical" check of tests and e2e.
import { encodeBlobFields } from './blob-encoding.ts'
import { canonicalJson, sha256Hex } from './canonical-json.ts'
import { TABLE_NAMES, type TableName, type UnorderedDb } from './db.ts'

export type TableRows = Record<TableName, Record<string, unknown>[]>

/** Every row of every table in one read transaction, Blobs encoded afterwards, each table sorted by primary key. */
export async function readAllRows(db: UnorderedDb): Promise<TableRows> {
  const raw = await db.transaction('r', db.tables, async () => {
    const out = {} as TableRows
    for (const name of TABLE_NAMES) out[name] = (await db.table(name).toArray()) as Record<string, unknown>[]
    return out
  })
  const out = {} as TableRows
  for (const name of TABLE_NAMES) {
    const keyPath = db.table(name).schema.primKey.keyPath as string
    const rows = await Promise.all(raw[name].map((r) => encodeBlobFields(r)))
    out[name] = sortByKey(rows, keyPath)
  }
  return out
}

export function sortByKey<T extends Record<string, unknown>>(rows: T[], keyPath: string): T[] {
  return [...rows].sort((a, b) => {
    const ka = String(a[keyPath])
    const kb = String(b[keyPath])
    return ka < kb ? -1 : ka > kb ? 1 : 0
  })
}

/** SHA-256 of the canonical JSON of rows (already sorted). */
export async function hashRows(rows: readonly object[]): Promise<string> {
  return sha256Hex(canonicalJson(rows))
}

export interface ContentHash {
  tables: Record<TableName, string>
  counts: Record<TableName, number>
  /** Hash over all table hashes. */
  all: string
}

/** Content hash of the whole database, per table and overall. */
export async function contentHash(db: UnorderedDb): Promise<ContentHash> {
  const rows = await readAllRows(db)
  const tables = {} as Record<TableName, string>
  const counts = {} as Record<TableName, number>
  for (const name of TABLE_NAMES) {
    tables[name] = await hashRows(rows[name])
    counts[name] = rows[name].length
  }
  return { tables, counts, all: await sha256Hex(canonicalJson(tables)) }
}
