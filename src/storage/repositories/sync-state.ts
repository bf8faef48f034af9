// Small keyed JSON values for the resumable sync (cursor, runs, lease): written only when they change.
import { sameData } from '../canonical-json.ts'
import type { UnorderedDb } from '../db.ts'
import type { JsonValue } from '../records.ts'

export async function getSyncState(db: UnorderedDb, key: string): Promise<JsonValue | undefined> {
  return (await db.syncState.get(key))?.value
}

/** Sets a value; returns false when it was already equal (nothing written). Joins a caller's transaction. */
export async function putSyncState(db: UnorderedDb, key: string, value: JsonValue): Promise<boolean> {
  return db.transaction('rw', db.syncState, async () => {
    const before = await db.syncState.get(key)
    if (before && sameData(before.value, value)) return false
    await db.syncState.put({ key, value })
    return true
  })
}

export async function deleteSyncState(db: UnorderedDb, key: string): Promise<void> {
  await db.syncState.delete(key)
}
