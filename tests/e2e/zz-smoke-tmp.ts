// TEMPORARY local smoke check (not committed): passive capture in real Chromium.
import { launchChromium } from './chromium.ts'
import { startFakeAmazon } from './fake-amazon.ts'
import { fixtureRoutes, listFixturePages } from './fixture-routes.ts'

const pages = listFixturePages().filter((p) => p.marketplace === 'amazon.de')
console.log(pages.map((p) => `${p.kind} ${p.url}`).join('\n'))
const fake = await startFakeAmazon({ hosts: ['www.amazon.de', 'www.amazon.com'], routes: fixtureRoutes(pages) })
const s = await launchChromium({ fake })
try {
  const sw = await s.serviceWorker()
  const page = await s.context.newPage()
  const list = pages.find((p) => p.kind === 'order-list')!
  await page.goto(list.url)
  await page.waitForTimeout(2000)
  let db = await s.readDatabase(['orders', 'shipments', 'parseHealth', 'problems'])
  console.log('after list: orders', db?.tables.orders?.length, 'shipments', db?.tables.shipments?.length, 'health', JSON.stringify(db?.tables.parseHealth?.map((r: any) => r.id)))
  console.log('badge', await sw.evaluate(() => (globalThis as any).chrome.action.getBadgeText({})))
  // terminate skipped
  const tracker = pages.find((p) => p.kind === 'tracker' && p.file.includes('dhl'))!
  await page.goto(tracker.url)
  await page.waitForTimeout(2000)
  const signin = pages.find((p) => p.kind === 'sign-in')!
  await page.goto(signin.url)
  await page.waitForTimeout(1500)
  db = await s.readDatabase(['orders', 'shipments', 'parseHealth', 'problems'])
  console.log('after tracker+signin: orders', db?.tables.orders?.length, 'shipments', db?.tables.shipments?.length, 'problems', JSON.stringify(db?.tables.problems))
  const popup = await s.openPopup()
  const status = await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'status/get', payload: {} }))
  console.log('status from popup', JSON.stringify(status))
  const wipeFromTab = await page.evaluate(() => 1)
  console.log(wipeFromTab)
} finally {
  const net = await s.close()
  await fake.close()
}
