// The automatic snapshot taken before a restore (platform.md §7.4), kept in a small side database so a restore can be undone.
import Dexie, { type EntityTable } from 'dexie'
import { backupText, exportBackup } from './backup/export.ts'
import type { UnorderedDb } from './db.ts'

interface SnapshotRow {
  id: 'before-restore'
  /** ISO timestamp. */
  at: string
  text: string
}

class SnapshotDb extends Dexie {
  snapshots!: EntityTable<SnapshotRow, 'id'>
  constructor(db: UnorderedDb) {
    super(snapshotDbName(db), db._options)
    this.version(1).stores({ snapshots: 'id' })
  }
}

/** The side database's name; `deleteAllData` removes it with the main one. */
export function snapshotDbName(db: UnorderedDb): string {
  return `${db.name}-restore-snapshot`
}

async function withSnapshotDb<T>(db: UnorderedDb, work: (s: SnapshotDb) => Promise<T>): Promise<T> {
  const side = new SnapshotDb(db)
  try {
    return await work(side)
  } finally {
    side.close()
  }
}

/** Saves the current data as a backup text, replacing the previous snapshot. */
export async function saveRestoreSnapshot(db: UnorderedDb, at: string = new Date().toISOString()): Promise<void> {
  const text = backupText(await exportBackup(db, { exportedAt: at }))
  await withSnapshotDb(db, (s) => s.snapshots.put({ id: 'before-restore', at, text }))
}

/** The snapshot taken before the last restore, if any. */
export async function readRestoreSnapshot(db: UnorderedDb): Promise<{ at: string; text: string } | undefined> {
  const row = await withSnapshotDb(db, (s) => s.snapshots.get('before-restore'))
  return row && { at: row.at, text: row.text }
}

/** Deletes the side database (no-op when it does not exist). */
export async function deleteRestoreSnapshot(db: UnorderedDb): Promise<void> {
  await new SnapshotDb(db).delete()
}
