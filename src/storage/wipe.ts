// "Delete all data": removes the whole IndexedDB database (browser.storage is cleared by the background).
import type { UnorderedDb } from './db.ts'
import { deleteRestoreSnapshot } from './snapshot.ts'

/**
 * Deletes the database and its restore snapshot entirely (`indexedDB.databases()` lists neither). Other open
 * connections (an open popup) are closed by Dexie's versionchange handling first.
 * The handle is closed afterwards (queries fail with DatabaseClosedError) until `db.open()`,
 * which creates an empty database at the current version.
 */
export async function deleteAllData(db: UnorderedDb): Promise<void> {
  await deleteRestoreSnapshot(db)
  await db.delete()
}
