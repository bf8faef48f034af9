// The background entry over a fake browser: top-level listeners answer the first message after a (re)start (R7).
import 'fake-indexeddb/auto'
import { fakeBrowser } from '@webext-core/fake-browser'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { fixturePage } from './helpers/fixtures.ts'

vi.mock('../../src/platform/browser.ts', () => ({ browser: fakeBrowser }))

const ORIGIN = `chrome-extension://${fakeBrowser.runtime.id}`
const popup = { id: fakeBrowser.runtime.id, origin: ORIGIN, url: `${ORIGIN}/src/popup/index.html` }
const tab = { id: fakeBrowser.runtime.id, origin: 'https://www.amazon.de', url: 'https://www.amazon.de/your-orders/orders', frameId: 0, tab: { id: 4, incognito: false } }

/** What the browser does with a message: every listener's return value (a promise means "reply with it"). */
async function deliver(message: unknown, sender: object): Promise<unknown[]> {
  return fakeBrowser.runtime.onMessage.trigger(message, sender as never, () => undefined)
}

/** Loads the entry the way a (re)started worker does: fresh module state, the same storage. */
async function startWorker(): Promise<void> {
  fakeBrowser.runtime.onMessage.removeAllListeners()
  vi.resetModules()
  await import('../../src/background/index.ts')
}

beforeAll(async () => {
  await startWorker()
})

describe('background entry', () => {
  it('answers the very first message of a fresh worker', async () => {
    const [reply] = await deliver({ type: 'status/get', payload: {} }, popup)
    expect(reply).toEqual({ ok: true, value: { lastCapture: null, latestProblem: null, attention: 0, orders: 0, parcels: 0 } })
  })

  it('gives no response (not even a promise) to messages that are not requests', async () => {
    for (const m of [{ notice: 'ledger/changed', body: { reason: 'wipe' } }, { type: 'unknown/kind' }, 'hello', null]) {
      const results = await deliver(m, popup)
      expect(results).toEqual([undefined])
    }
  })

  it('stores a captured page, sets the toolbar count, and a restarted worker still knows it all', async () => {
    const page = fixturePage('amazon.de', 'order-list', 'multi-shipment')
    expect(page).toBeDefined()
    const [verdict] = await deliver({ type: 'page/captured', payload: { url: page!.url, html: page!.html } }, tab)
    expect(verdict).toMatchObject({ ok: true, value: { kind: 'order-list', accepted: true } })
    const [logged] = await deliver({ type: 'parcel/log', payload: { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: [] }] } }, popup)
    expect(logged).toMatchObject({ ok: true })
    const badge = await fakeBrowser.action.getBadgeText({})
    expect(Number(badge)).toBeGreaterThanOrEqual(1)
    const rateKeys = Object.keys(await fakeBrowser.storage.session.get(null))
    expect(rateKeys).toEqual(['rate:4:page/captured'])
    await fakeBrowser.tabs.onRemoved.trigger(4, { windowId: 1, isWindowClosing: false })
    expect(await fakeBrowser.storage.session.get(null)).toEqual({})

    await startWorker()
    const [status] = (await deliver({ type: 'status/get', payload: {} }, popup)) as Array<{ ok: true; value: { orders: number; parcels: number; attention: number } }>
    expect(status!.value.orders).toBeGreaterThan(0)
    expect(status!.value.parcels).toBe(1)
    expect(String(status!.value.attention)).toBe(badge)
  })

  it('delete all data leaves no database and no stored key; the next request starts from empty', async () => {
    await fakeBrowser.storage.local.set({ leftover: 1 })
    const [wiped] = await deliver({ type: 'data/wipe', payload: { confirm: 'delete-all' } }, popup)
    expect(wiped).toEqual({ ok: true, value: {} })
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('unordered')
    expect(await fakeBrowser.storage.local.get(null)).toEqual({})
    expect(await fakeBrowser.storage.session.get(null)).toEqual({})
    expect(await fakeBrowser.action.getBadgeText({})).toBe('')
    const [status] = await deliver({ type: 'status/get', payload: {} }, popup)
    expect(status).toMatchObject({ ok: true, value: { orders: 0, parcels: 0 } })
  })
})
