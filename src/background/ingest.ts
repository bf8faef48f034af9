// Passive capture, background side: classify and parse a page, store OK pages, record problem pages.
import { OK_KINDS } from '../amazon/classify.ts'
import { marketplaceOfUrl } from '../amazon/pages.ts'
import { readPage, type PageReading } from '../amazon/read-page.ts'
import { orderKey, type MarketplaceId } from '../core/model/order.ts'
import type { PlainDate } from '../core/model/plain-date.ts'
import type { CapturedPage, PageVerdict } from '../messaging/protocol.ts'
import type { UnorderedDb } from '../storage/db.ts'
import { orderTables, upsertOrders, type UpsertOrdersCounts } from '../storage/repositories/orders.ts'
import { recordParseRun } from '../storage/repositories/parse-health.ts'
import { recordProblem } from '../storage/repositories/problems.ts'
import { badgeStates } from './badges.ts'
import type { BackgroundContext } from './context.ts'
import { runReconcileJob } from './reconcile-job.ts'

export interface IngestResult {
  verdict: PageVerdict
  /** Rows the page changed in orders and shipments (zero when the same page is sent again). */
  writes?: UpsertOrdersCounts
}

/**
 * Ingests one captured page from a tab of `marketplace`. A page from another storefront is refused
 * without a write; a page that is not an OK kind records only a problem (kind, storefront, time).
 */
export async function ingestPage(ctx: BackgroundContext, page: CapturedPage, marketplace: MarketplaceId): Promise<IngestResult> {
  // The tab's origin is browser-stamped; the payload URL is not, so it must agree with it.
  if (marketplaceOfUrl(page.url) !== marketplace) return { verdict: { kind: 'unknown', accepted: false, badges: [] } }
  const db = await ctx.db()
  const reading = await readWithKnownOrderDate(db, page, marketplace, ctx.today())
  const at = ctx.now()
  if (!OK_KINDS.has(reading.kind)) {
    await recordProblem(db, { kind: reading.kind, marketplace, at })
    return { verdict: { kind: reading.kind, marketplace, accepted: false, badges: [] } }
  }
  if (!reading.ok) {
    // A readable kind the reader could not parse (no parser yet, a crash): parser health only.
    await recordParseRun(db, { pageKind: reading.kind, marketplace, at, complete: false, orders: 0, issues: reading.issues })
    return { verdict: { kind: reading.kind, marketplace, accepted: false, badges: [] } }
  }
  // Orders of another storefront cannot come from this tab's page; drop rather than trust them.
  const orders = reading.orders.filter((o) => o.marketplace === marketplace)
  const writes = await db.transaction('rw', [...orderTables(db), db.parseHealth], async () => {
    const counts = await upsertOrders(db, orders)
    await recordParseRun(db, { pageKind: reading.kind, marketplace, at, complete: reading.complete, orders: orders.length, issues: reading.issues })
    return counts
  })
  const result = await runReconcileJob(ctx)
  if (writes.added + writes.updated > 0) await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'capture' } })
  return { verdict: { kind: reading.kind, marketplace, accepted: true, badges: badgeStates(orders, result.shipments) }, writes }
}

/**
 * Reads a page; a tracker page prints year-less dates and no order date, so when the ledger already
 * knows its order, the page is read again with that order date as the anchor (amazon-pages.md §4.2).
 */
export async function readWithKnownOrderDate(db: UnorderedDb, page: CapturedPage, marketplace: MarketplaceId, captured: PlainDate): Promise<PageReading> {
  const reading = readPage(page.url, page.html, { captured })
  const orderId = reading.kind === 'tracker' ? reading.orders[0]?.orderId : undefined
  if (!orderId) return reading
  const known = await db.orders.get(orderKey(marketplace, orderId))
  return known?.placedOn ? readPage(page.url, page.html, { captured, orderPlacedOn: known.placedOn }) : reading
}
