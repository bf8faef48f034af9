// Passive capture through the real server: idempotent ingest, problem pages write nothing, tracker pages match parcels.
import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import { readPage } from '../../src/amazon/read-page.ts'
import { createBackgroundServer } from '../../src/background/server.ts'
import type { Kind, Reply, Req } from '../../src/messaging/protocol.ts'
import { contentHash } from '../../src/storage/hash.ts'
import { amazonTabSender, popupSender, SELF, testBackground, type TestBackground } from './helpers/context.ts'
import { fixturePage, type FixturePage } from './helpers/fixtures.ts'

async function harness(today = '2025-03-20') {
  const bg = await testBackground({ today })
  const { server } = createBackgroundServer(bg.ctx, SELF)
  const request = async <K extends Kind>(type: K, payload: Req<K>, sender: object = popupSender()) =>
    (await server.dispatch({ type, payload }, sender)) as Reply<K>
  const capture = (page: FixturePage, host = 'www.amazon.de') => request('page/captured', { url: page.url, html: page.html }, amazonTabSender(host))
  return { bg, request, capture }
}

const ledgerTables = async (bg: TestBackground) => {
  const { tables } = await contentHash(bg.db)
  const { problems: _p, parseHealth: _h, ...rest } = tables
  return rest
}

function must<T>(v: T | undefined, what: string): T {
  if (v === undefined) throw new Error(`fixture missing: ${what}`)
  return v
}

describe('ingest', () => {
  it('stores an order list page and answers with a badge per order on it', async () => {
    const { bg, capture } = await harness()
    const page = must(fixturePage('amazon.de', 'order-list', 'multi-shipment'), 'amazon.de order list')
    const reply = await capture(page)
    expect(reply.ok).toBe(true)
    if (!reply.ok) return
    expect(reply.value).toMatchObject({ kind: 'order-list', marketplace: 'amazon.de', accepted: true })
    const ids = readPage(page.url, page.html).orders.map((o) => o.orderId)
    expect(ids.length).toBeGreaterThan(0)
    expect(reply.value.badges.map((b) => b.orderId).sort()).toEqual([...new Set(ids)].sort())
    expect(await bg.db.orders.count()).toBe(new Set(ids).size)
  })

  it('re-sending the same page changes zero rows', async () => {
    const { bg, capture } = await harness()
    const page = must(fixturePage('amazon.de', 'order-list', 'multi-shipment'), 'amazon.de order list')
    await capture(page)
    const before = await ledgerTables(bg)
    const writesBefore = bg.writes()
    const { ingestPage } = await import('../../src/background/ingest.ts')
    const again = await ingestPage(bg.ctx, { url: page.url, html: page.html }, 'amazon.de')
    expect(again.writes).toMatchObject({ added: 0, updated: 0 })
    expect(again.writes!.shipments.removed).toBe(0)
    expect(await ledgerTables(bg)).toEqual(before)
    // The only write is the parser-health run counter (one row).
    expect(bg.writes() - writesBefore).toBe(1)
  })

  it.each([
    ['sign-in', 'sign-in'],
    ['captcha', 'captcha'],
    ['bot-challenge', 'bot-challenge'],
  ])('a %s page writes nothing but the problem, which becomes the latest problem', async (folder, kind) => {
    const { bg, capture, request } = await harness()
    const list = must(fixturePage('amazon.de', 'order-list', 'multi-shipment'), 'amazon.de order list')
    await capture(list)
    const before = await ledgerTables(bg)
    const problemPage = must(fixturePage('amazon.de', folder), `amazon.de ${folder}`)
    bg.clock.now = '2025-03-20T11:00:00.000Z'
    const reply = await capture(problemPage)
    expect(reply).toEqual({ ok: true, value: { kind, marketplace: 'amazon.de', accepted: false, badges: [] } })
    expect(await ledgerTables(bg)).toEqual(before)
    expect(await bg.db.problems.count()).toBe(1)
    const status = await request('status/get', {})
    expect(status.ok && status.value.latestProblem).toEqual({ kind, marketplace: 'amazon.de', at: '2025-03-20T11:00:00.000Z' })
    // Reading a page on that storefront again means the problem is over.
    bg.clock.now = '2025-03-20T11:05:00.000Z'
    await capture(list)
    const later = await request('status/get', {})
    expect(later.ok && later.value.latestProblem).toBeNull()
    // The problem row holds no URL and nothing from the page.
    expect(JSON.stringify(await bg.db.problems.toArray())).not.toMatch(/amazon\.de\/|openid|validateCaptcha/)
  })

  it('refuses a page whose URL is not on the tab’s own storefront, writing nothing', async () => {
    const { bg, capture } = await harness()
    const page = must(fixturePage('amazon.de', 'order-list', 'multi-shipment'), 'amazon.de order list')
    const reply = await capture(page, 'www.amazon.com')
    expect(reply).toEqual({ ok: true, value: { kind: 'unknown', accepted: false, badges: [] } })
    expect(bg.writes()).toBe(0)
  })

  it('a logged parcel whose tracking number matches a tracker page becomes matched and the toolbar count drops', async (t) => {
    const { bg, capture, request } = await harness()
    const tracker = must(fixturePage('amazon.de', 'tracker', 'dhl-delivered'), 'amazon.de DHL tracker')
    const reading = readPage(tracker.url, tracker.html, { captured: '2025-03-20' })
    const shipment = reading.orders.flatMap((o) => o.shipments).find((s) => s.trackingIds.length > 0)
    if (!shipment) {
      console.warn('\n*** NOTICE: the tracker reader yields no tracking id yet (issue #5); tracker matching is skipped ***\n')
      t.skip()
      return
    }
    const tracking = shipment.trackingIds[0]!
    const received = shipment.deliveredOn ?? '2025-03-14'
    const logged = await request('parcel/log', { drafts: [{ receivedOn: received, trackingNumbers: [tracking.toLowerCase().replace(/(.{4})/g, '$1 ')] }] })
    expect(logged.ok).toBe(true)
    expect(bg.toolbar()).toBe('1')

    const reply = await capture(tracker)
    expect(reply.ok && reply.value.accepted).toBe(true)
    expect(bg.toolbar()).toBe('')
    const { computeOutcomes } = await import('../../src/background/reconcile-job.ts')
    const outcomes = await computeOutcomes(bg.ctx)
    expect(outcomes.parcels).toEqual([expect.objectContaining({ parcelId: logged.ok ? logged.value.ids[0] : '', outcome: 'matched', shipmentKey: shipment.key })])
    expect(reply.ok && reply.value.badges).toEqual([{ orderId: reading.orders[0]!.orderId, state: 'matched' }])
  })
})
