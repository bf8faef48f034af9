// Ledger e2e helpers: one driver over Chromium and Firefox (visit a page, message the background from an
// extension page, read the toolbar text and the database), bounded polling, and the expected ledger in Node.
import { readFileSync } from 'node:fs'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { Page } from 'playwright-core'
import { marketplaceOfUrl } from '../../src/amazon/pages.ts'
import { readWithKnownOrderDate } from '../../src/background/ingest.ts'
import type { Settings } from '../../src/core/model/ledger.ts'
import type { Decision, Parcel } from '../../src/core/model/parcel.ts'
import { reconcile, type ReconcileResult } from '../../src/core/reconcile/reconcile.ts'
import type { Kind, Reply, Req } from '../../src/messaging/protocol.ts'
import { canonicalJson, sha256Hex } from '../../src/storage/canonical-json.ts'
import { openDb } from '../../src/storage/db.ts'
import { readLedger } from '../../src/storage/ledger.ts'
import { upsertOrders } from '../../src/storage/repositories/orders.ts'
import type { ChromiumSession } from './chromium.ts'
import { dumpDatabaseExpression, type DatabaseDump } from './database-dump.ts'
import type { FirefoxSession } from './firefox.ts'

/** What the ledger tests do in a browser, the same way in Chromium and Firefox. */
export interface LedgerDriver {
  name: string
  /** Loads `url` in the one Amazon tab (the content script captures it on load). */
  visit(url: string): Promise<void>
  /** Sends one request to the background from an extension page (the options page), as the popup would. */
  send<K extends Kind>(type: K, payload: Req<K>): Promise<Reply<K>>
  /** The global toolbar badge text, read with `action.getBadgeText` from the extension page. */
  badgeText(): Promise<string>
  /** Dumps the extension's `unordered` database from the extension page (null: no database). */
  dump(tables?: readonly string[]): Promise<DatabaseDump | null>
  /** What "delete all data" must leave empty: IndexedDB databases of the extension origin, storage.local and .session. */
  leftovers(): Promise<{ databases: string[]; local: object; session: object }>
  /** Extension console output, for failure messages (Firefox only; '' in Chromium). */
  log(): string
}

const LEFTOVERS = (ns: 'chrome' | 'browser') =>
  `Promise.all([indexedDB.databases(), ${ns}.storage.local.get(null), ${ns}.storage.session.get(null)])` +
  `.then(([dbs, local, session]) => ({ databases: dbs.map((d) => d.name), local, session }))`

/** A driver over an open Chromium session: one Amazon tab and one options page kept open. */
export async function chromiumDriver(session: ChromiumSession): Promise<LedgerDriver> {
  const tab = await session.context.newPage()
  // The options page holds no database connection of its own (it reads nothing at load).
  const control: Page = await session.openOptions()
  // Strings, not functions: the test transpiler's helpers do not exist in the page.
  const run = <T>(expression: string) => control.evaluate(expression) as Promise<T>
  return {
    name: 'Chromium',
    async visit(url) {
      await tab.goto(url, { waitUntil: 'load' })
    },
    send: <K extends Kind>(type: K, payload: Req<K>) => run<Reply<K>>(`chrome.runtime.sendMessage(${JSON.stringify({ type, payload })})`),
    badgeText: () => run<string>('chrome.action.getBadgeText({})'),
    dump: (tables) => run<DatabaseDump | null>(dumpDatabaseExpression('unordered', tables)),
    leftovers: () => run(LEFTOVERS('chrome')),
    log: () => '',
  }
}

/** A driver over an open Firefox session: the first tab is the Amazon tab, plus one options tab. */
export async function firefoxDriver(session: FirefoxSession): Promise<LedgerDriver> {
  const control = await session.openOptions()
  const run = <T>(expression: string) => session.evaluate<T>(control, expression)
  return {
    name: 'Firefox ESR',
    visit: (url) => session.navigate(session.context, url),
    send: <K extends Kind>(type: K, payload: Req<K>) => run<Reply<K>>(`browser.runtime.sendMessage(${JSON.stringify({ type, payload })})`),
    badgeText: () => run<string>('browser.action.getBadgeText({})'),
    dump: (tables) => run<DatabaseDump | null>(dumpDatabaseExpression('unordered', tables)),
    leftovers: () => run(LEFTOVERS('browser')),
    log: () => session.extensionLog(),
  }
}

/** Polls `read` until `done` holds (every 100 ms, at most `timeoutMs`); returns the last value read. */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T | undefined
  let error: unknown
  for (;;) {
    try {
      last = await read()
      if (done(last)) return last
    } catch (e) {
      error = e
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; last value ${JSON.stringify(last)?.slice(0, 2000)}${error ? `; last error ${String(error)}` : ''}`)
    }
    await new Promise((r) => setTimeout(r, 100))
  }
}

type Row = Record<string, unknown>
export const rowsOf = (dump: DatabaseDump | null, table: string): Row[] => (dump?.tables[table] as Row[] | undefined) ?? []

/** Parse runs recorded for `pageKind` on `marketplace` (the background's sign that it handled such a page). */
export function parseRuns(dump: DatabaseDump | null, pageKind: string, marketplace: string): number {
  const row = rowsOf(dump, 'parseHealth').find((r) => r.id === `${pageKind}|${marketplace}`)
  return typeof row?.runs === 'number' ? row.runs : 0
}

/** A synthetic fixture page and the URL its header comment says it was served at. */
export interface FixtureVisit {
  file: string
  url: string
}

export function fixtureVisit(file: string): FixtureVisit {
  const url = /^\s*url:\s*(\S+)\s*$/m.exec(readFileSync(file, 'utf8').slice(0, 4096))?.[1]
  if (!url) throw new Error(`${file}: no url: line in the header comment`)
  return { file, url }
}

/**
 * The orders and shipments tables the background should hold after these visits, computed with the
 * project's own reader and storage code (fake-indexeddb) from the same fixture files, in visit order.
 */
export async function expectedLedger(visits: readonly FixtureVisit[], captured: string): Promise<{ orders: Row[]; shipments: Row[] }> {
  const db = openDb(`expected-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  try {
    for (const v of visits) {
      const page = { url: v.url, html: readFileSync(v.file, 'utf8') }
      // The background's own read: trackers anchored on the order date the ledger already holds.
      const reading = await readWithKnownOrderDate(db, page, marketplaceOfUrl(v.url)!, captured)
      if (!reading.ok) throw new Error(`${v.file}: the reader does not read it (${reading.kind})`)
      await upsertOrders(db, reading.orders.filter((o) => o.marketplace === reading.marketplace))
    }
    const plain = (rows: unknown[]) => JSON.parse(JSON.stringify(rows)) as Row[]
    return { orders: plain(await db.orders.toArray()), shipments: plain(await db.shipments.toArray()) }
  } finally {
    db.close()
  }
}

/** The local calendar day (the background stamps captures with it). */
export function localToday(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}

/** SHA-256 per table and overall of a dump (canonical JSON; getAll already returns primary-key order). */
export async function dumpHashes(dump: DatabaseDump): Promise<{ tables: Record<string, string>; all: string }> {
  const tables: Record<string, string> = {}
  for (const name of Object.keys(dump.tables).sort()) tables[name] = await sha256Hex(canonicalJson(dump.tables[name]))
  return { tables, all: await sha256Hex(canonicalJson(tables)) }
}

/**
 * Reconciliation (the project's pure core function) over the ledger read back from a browser: the
 * background keeps outcomes in memory only, so this is how a test names the parcel's outcome.
 */
export async function outcomesOfDump(dump: DatabaseDump, settings: Settings, today: string): Promise<ReconcileResult> {
  const db = openDb(`outcomes-${Math.random()}`, { indexedDB: new IDBFactory(), IDBKeyRange })
  try {
    await db.open()
    await db.transaction('rw', [db.orders, db.shipments, db.coverage], async () => {
      await db.orders.bulkPut(rowsOf(dump, 'orders') as never[])
      await db.shipments.bulkPut(rowsOf(dump, 'shipments') as never[])
      await db.coverage.bulkPut(rowsOf(dump, 'coverage') as never[])
    })
    const ledger = await readLedger(db)
    const parcels = rowsOf(dump, 'parcels').map(({ labelPhoto: _p, normalizedSender: _s, ...p }) => p) as unknown as Parcel[]
    const decisions = rowsOf(dump, 'decisions').map(({ subject: _s, ...d }) => d) as unknown as Decision[]
    return reconcile(ledger, parcels, decisions, settings, today)
  } finally {
    db.close()
  }
}
