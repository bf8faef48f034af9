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
  fake.inject('captcha', 1)
  await page.goto(list.url)
  await page.waitForTimeout(1500)
  db = await s.readDatabase(['orders', 'shipments', 'parseHealth', 'problems'])
  console.log('after tracker+signin: orders', db?.tables.orders?.length, 'shipments', db?.tables.shipments?.length, 'problems', JSON.stringify(db?.tables.problems))
  const popup = await s.openPopup()
  const status = await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'status/get', payload: {} }))
  console.log('status from popup', JSON.stringify(status))
  const bot = pages.find((p) => p.kind === 'bot-challenge')!
  await page.goto(bot.url)
  await page.waitForTimeout(1500)
  db = await s.readDatabase(['problems'])
  console.log('problems', JSON.stringify(db?.tables.problems))
  const status2 = await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'status/get', payload: {} }))
  console.log('status2', JSON.stringify(status2))
  const r = await popup.evaluate(() => (globalThis as any).chrome.runtime.sendMessage({ type: 'parcel/log', payload: { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: ['nothing-matches-1'] }] } }))
  console.log('log', JSON.stringify(r), 'badge', await sw.evaluate(() => (globalThis as any).chrome.action.getBadgeText({})))
} finally {
  const net = await s.close()
  await fake.close()
}
