// What background code needs from the outside world, passed in so tests use a real Dexie and a fake browser.
import type { PlainDate } from '../core/model/plain-date.ts'
import type { NoticeEnvelope } from '../messaging/protocol.ts'
import type { SessionArea } from '../messaging/rate-limit.ts'
import type { UnorderedDb } from '../storage/db.ts'

export interface BackgroundContext {
  /** The open database; gate work on it, never the listener registration (platform.md §4.1). */
  db(): Promise<UnorderedDb>
  /** `storage.session`: undo tokens and rate counters survive a worker restart there. */
  session: SessionArea
  /** Empties `storage.local` and `storage.session` (part of "delete all data"). */
  clearStorage(): Promise<void>
  /** Sets the toolbar count (0 clears it). */
  setToolbarCount(count: number): Promise<void>
  /** Tells open extension pages something changed; nobody listening is fine. */
  broadcast(notice: NoticeEnvelope): Promise<void>
  /** ISO timestamp now. */
  now(): string
  /** The user's calendar day now. */
  today(): PlainDate
}

/** The local calendar day of a Date, as `YYYY-MM-DD`. */
export function localDay(d: Date): PlainDate {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
