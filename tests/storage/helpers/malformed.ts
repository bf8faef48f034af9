// Builds hostile backups from a valid one: `resign` recomputes counts and checksum after an edit, so deeper checks are reached.
import { canonicalJson, sha256Hex } from '../../../src/storage/canonical-json.ts'
import type { BackupEnvelope } from '../../../src/storage/backup.ts'

/** Recomputes counts and sha256 of an edited envelope (as a forger with a text editor and sha256sum could). */
export async function resign(envelope: BackupEnvelope): Promise<BackupEnvelope> {
  const counts = Object.fromEntries(Object.entries(envelope.data).map(([t, rows]) => [t, Array.isArray(rows) ? rows.length : 0]))
  return { ...envelope, counts: counts as BackupEnvelope['counts'], sha256: await sha256Hex(canonicalJson(envelope.data)) }
}

export function clone<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T
}
