// First end-to-end test, in Chromium and Firefox ESR: an order list captured on the fake Amazon reaches
// the background (popup + database), the worker resumes after termination, and nothing leaves loopback.
import { afterAll, beforeAll, expect, test } from 'vitest'
import { describeWithBrowser } from './browsers.ts'
import { CHROMIUM_PATH, launchChromium, type ChromiumSession } from './chromium.ts'
import { defaultRoutes, startFakeAmazon, type FakeAmazon } from './fake-amazon.ts'
import { FIREFOX_PATH, launchFirefox, type FirefoxSession } from './firefox.ts'
import { fixtureRoutes } from './fixture-routes.ts'
import { describeTraffic, foreignServerRequests, foreignTunnels } from './leaks.ts'
import { nonLoopbackSockets, type NetLogSummary } from './netlog.ts'

const ORDER_LIST_US = 'https://www.amazon.com/your-orders/orders'
const ORDER_LIST_DE = 'https://www.amazon.de/your-orders/orders'
// Served with `default-src 'self'; … require-trusted-types-for 'script'; trusted-types 'none'`.
const HOSTILE_ORDER_LIST_FR = 'https://www.amazon.fr/your-orders/orders?unordered-csp=hostile'
const PAGE_TITLE = `document.querySelector('h1')?.textContent ?? ''`
const CAPTURED_LIST = '[data-testid="last-capture"][data-kind="order-list"]'

type Row = { marketplace?: string }
const marketplacesOf = (rows: unknown[] | undefined) => new Set((rows as Row[] | undefined)?.map((r) => r.marketplace))

function startFake(): Promise<FakeAmazon> {
  // Synthetic fixtures where they exist; tests/e2e/pages/ fills the rest.
  return startFakeAmazon({ routes: { ...defaultRoutes(), ...fixtureRoutes() } })
}

describeWithBrowser('Chromium', CHROMIUM_PATH, () => {
  let fake: FakeAmazon
  let chromium: ChromiumSession
  let netLog: NetLogSummary | undefined

  beforeAll(async () => {
    fake = await startFake()
    chromium = await launchChromium({ fake })
  })
  afterAll(async () => {
    if (!netLog) await chromium?.close().catch(() => {})
    await fake?.close()
  })

  test('an order list page is captured and reaches the background', async () => {
    const page = await chromium.context.newPage()
    await page.goto(ORDER_LIST_US)
    const popup = await chromium.openPopup()
    await popup.locator(CAPTURED_LIST).waitFor({ timeout: 10_000 })
    const db = await chromium.readDatabase(['orders'])
    expect(db?.missing).toEqual([])
    expect(marketplacesOf(db?.tables.orders)).toContain('amazon.com')
    await popup.close()
    await page.close()
  })

  test('the service worker is terminated and the next page capture restarts it', async () => {
    await chromium.terminateServiceWorker()
    expect(await chromium.workerRunning()).toBe(false)
    const page = await chromium.context.newPage()
    await page.goto(ORDER_LIST_DE)
    await expect.poll(async () => marketplacesOf((await chromium.readDatabase(['orders']))?.tables.orders), { timeout: 10_000 }).toContain('amazon.de')
    expect(await chromium.workerRunning()).toBe(true)
    await page.close()
  })

  test('a page under a hostile CSP with enforced Trusted Types is captured too', async () => {
    const page = await chromium.context.newPage()
    await page.goto(HOSTILE_ORDER_LIST_FR)
    await expect.poll(async () => marketplacesOf((await chromium.readDatabase(['orders']))?.tables.orders), { timeout: 10_000 }).toContain('amazon.fr')
    await page.close()
  })

  test('the popup and the options page open as extension pages', async () => {
    for (const page of [await chromium.openPopup(), await chromium.openOptions()]) {
      expect(page.url()).toMatch(new RegExp(`^chrome-extension://${chromium.extensionId}/src/(popup|options)/index\\.html$`))
      expect(await page.evaluate(PAGE_TITLE)).not.toBe('')
      await page.close()
    }
  })

  test('no socket left loopback (net-log) and only storefront hosts reached the server', async () => {
    netLog = await chromium.close()
    const offHost = netLog.urls.filter((u) => /^https?:/.test(u) && !fake.hosts.includes(new URL(u).hostname))
    console.log(
      `Chromium net-log: ${netLog.events} events, TCP targets ${JSON.stringify(netLog.tcpTargets)}, UDP senders ${JSON.stringify(netLog.udpSendTargets)}; ` +
        `non-storefront URLs attempted (unresolvable by MAP * ~NOTFOUND): ${[...new Set(offHost.map((u) => new URL(u).host))].join(', ') || 'none'}; ${describeTraffic(fake)}`,
    )
    expect(netLog.tcpTargets.length).toBeGreaterThan(0)
    expect(nonLoopbackSockets(netLog)).toEqual([])
    expect(foreignServerRequests(fake)).toEqual([])
    expect(fake.requests.map((r) => `${r.host}${r.url}`)).toEqual(expect.arrayContaining(['www.amazon.com/your-orders/orders', 'www.amazon.de/your-orders/orders']))
  })
})

describeWithBrowser('Firefox ESR', FIREFOX_PATH, () => {
  let fake: FakeAmazon
  let firefox: FirefoxSession
  let closed = false

  beforeAll(async () => {
    fake = await startFake()
    firefox = await launchFirefox({ fake })
  })
  afterAll(async () => {
    if (!closed) await firefox?.close().catch(() => {})
    await fake?.close()
  })

  test('an order list page is captured and reaches the background', async () => {
    await firefox.navigate(firefox.context, ORDER_LIST_US)
    const popup = await firefox.openPopup()
    await firefox.waitFor(popup, `document.querySelector('${CAPTURED_LIST}') !== null`).catch(async (e: Error) => {
      const popupText = await firefox.evaluate<string>(popup, 'document.body.innerText').catch(() => '?')
      throw new Error(`${e.message}\npopup says: ${popupText}\nextension console:\n${firefox.extensionLog()}`)
    })
    const db = await firefox.readDatabase(['orders'])
    expect(db?.missing).toEqual([])
    expect(marketplacesOf(db?.tables.orders)).toContain('amazon.com')
  })

  test('a page under a hostile CSP with enforced Trusted Types is captured too', async () => {
    await firefox.navigate(firefox.context, HOSTILE_ORDER_LIST_FR)
    await expect.poll(async () => marketplacesOf((await firefox.readDatabase(['orders']))?.tables.orders), { timeout: 10_000 }).toContain('amazon.fr')
  })

  test('the popup and the options page open as extension pages', async () => {
    for (const page of [await firefox.openPopup(), await firefox.openOptions()]) {
      expect(await firefox.evaluate(page, 'location.origin')).toBe(firefox.extensionOrigin)
      expect(await firefox.waitFor(page, PAGE_TITLE)).not.toBe('')
    }
  })

  test('only storefront hosts were tunnelled by the proxy and reached the server', async () => {
    await firefox.close()
    closed = true
    console.log(`Firefox: ${describeTraffic(fake)}`)
    expect(fake.proxyLog.allowed.length).toBeGreaterThan(0)
    expect(foreignTunnels(fake)).toEqual([])
    expect(foreignServerRequests(fake)).toEqual([])
    expect(fake.requests.map((r) => `${r.host}${r.url}`)).toContain('www.amazon.com/your-orders/orders')
  })
})
