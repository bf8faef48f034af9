// A background context for tests: real Dexie on fake-indexeddb, fake storage.session, a write counter.
import 'fake-indexeddb/auto'
import { openDb, type UnorderedDb } from '../../../src/storage/db.ts'
import type { BackgroundContext } from '../../../src/background/context.ts'
import type { NoticeEnvelope } from '../../../src/messaging/protocol.ts'

let serial = 0

/** An in-memory `storage.session` (JSON round trip, as the real one stores plain data). */
export function memorySession(): BackgroundContext['session'] & { data: Map<string, string> } {
  const data = new Map<string, string>()
  return {
    data,
    async get(key: string) {
      const v = data.get(key)
      return v === undefined ? {} : { [key]: JSON.parse(v) }
    },
    async set(items: Record<string, unknown>) {
      for (const [k, v] of Object.entries(items)) data.set(k, JSON.stringify(v))
    },
    async remove(keys: string | string[]) {
      for (const k of typeof keys === 'string' ? [keys] : keys) data.delete(k)
    },
  }
}

export interface TestBackground {
  ctx: BackgroundContext
  db: UnorderedDb
  session: ReturnType<typeof memorySession>
  /** Mutations (put, add, delete…) that reached IndexedDB since the context was made. */
  writes(): number
  toolbar(): string
  notices: NoticeEnvelope[]
  clock: { now: string; today: string }
}

export const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' }

export async function testBackground(options: { today?: string; session?: ReturnType<typeof memorySession>; dbName?: string } = {}): Promise<TestBackground> {
  const db = openDb(options.dbName ?? `test-bg-${process.pid}-${++serial}`)
  let writes = 0
  // A DBCore middleware counts every mutate call: the "zero DB writes" of SEC2 and idempotent ingest.
  db.use({
    stack: 'dbcore',
    name: 'write-counter',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name)
        return {
          ...table,
          mutate: (req) => {
            writes++
            return table.mutate(req)
          },
        }
      },
    }),
  })
  await db.open()
  const session = options.session ?? memorySession()
  const clock = { today: options.today ?? '2026-11-20', now: `${options.today ?? '2026-11-20'}T10:00:00.000Z` }
  let toolbar = ''
  const notices: NoticeEnvelope[] = []
  const ctx: BackgroundContext = {
    db: async () => {
      if (!db.isOpen()) await db.open()
      return db
    },
    session,
    clearStorage: async () => session.data.clear(),
    setToolbarCount: async (n) => {
      toolbar = n > 0 ? String(n) : ''
    },
    broadcast: async (n) => {
      notices.push(n)
    },
    now: () => clock.now,
    today: () => clock.today,
  }
  return { ctx, db, session, writes: () => writes, toolbar: () => toolbar, notices, clock }
}

/** Browser-stamped sender fields of a top-frame content script on a storefront tab. */
export function amazonTabSender(host = 'www.amazon.de', tabId = 7) {
  return { id: SELF.id, origin: `https://${host}`, url: `https://${host}/your-orders/orders`, frameId: 0, tab: { id: tabId, incognito: false } }
}

/** Browser-stamped sender fields of the popup. */
export function popupSender() {
  return { id: SELF.id, origin: SELF.origin, url: `${SELF.origin}/src/popup/index.html` }
}
