// Notices (samples, samples cards) as reconciliation last computed them: replaced as a set, written only when changed.
import type { Notice } from '../../core/model/index.ts'
import { sameData } from '../canonical-json.ts'
import { compact } from '../compact.ts'
import type { UnorderedDb } from '../db.ts'
import type { StoredNotice } from '../records.ts'
import { emptyCounts, type TableWriteCounts } from './write-counts.ts'

/** A notice's identity: its kind, what it is about and its text. */
export function noticeId(n: Notice): string {
  return [n.kind, n.orderKey ?? '', n.shipmentKey ?? '', n.parcelId ?? '', n.text ?? ''].join('|')
}

/** Makes the stored notices equal `notices`; unchanged ones are not rewritten. */
export async function replaceNotices(db: UnorderedDb, notices: readonly Notice[]): Promise<TableWriteCounts> {
  return db.transaction('rw', db.notices, async () => {
    const next = new Map<string, StoredNotice>()
    for (const n of notices) {
      const { id: _ignored, ...plain } = n as StoredNotice
      next.set(noticeId(plain), compact({ ...plain, id: noticeId(plain) }))
    }
    const stored = await db.notices.toArray()
    const counts = emptyCounts()
    const storedById = new Map(stored.map((n) => [n.id, n]))
    const puts: StoredNotice[] = []
    for (const [id, row] of next) {
      const before = storedById.get(id)
      if (!before) counts.added++
      else if (!sameData(before, row)) counts.updated++
      else { counts.unchanged++; continue }
      puts.push(row)
    }
    const deletes = stored.filter((n) => !next.has(n.id)).map((n) => n.id)
    counts.removed = deletes.length
    if (deletes.length > 0) await db.notices.bulkDelete(deletes)
    if (puts.length > 0) await db.notices.bulkPut(puts)
    return counts
  })
}
