// "Delete all data": removes the whole IndexedDB database (browser.storage is cleared by the background).
import type { UnorderedDb } from './db.ts'

/**
 * Deletes the database entirely (`indexedDB.databases()` no longer lists it). Other open
 * connections (an open popup) are closed by Dexie's versionchange handling first.
 * The handle is closed afterwards (queries fail with DatabaseClosedError) until `db.open()`,
 * which creates an empty database at the current version.
 */
export async function deleteAllData(db: UnorderedDb): Promise<void> {
  await db.delete()
}
