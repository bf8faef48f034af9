// Real pages of the same order (list, then details): stored once, no duplicate shipments or items, re-sends write nothing.
import 'fake-indexeddb/auto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { readPage } from '../../src/amazon/read-page.ts'
import { openDb } from '../../src/storage/db.ts'
import { readLedger } from '../../src/storage/ledger.ts'
import { upsertOrders } from '../../src/storage/repositories/index.ts'
import { countWrites } from './helpers/count-writes.ts'
import { uniqueDbName } from './helpers/factories.ts'

const CORPUS = new URL('../../../shared/fixtures/amazon-pages/', import.meta.url)
const present = existsSync(CORPUS)
if (!present) console.warn(`[corpus] ${CORPUS.pathname} is absent: skipping the real-page merge tests`)

type Page = { url: string; html: () => string }
const file = (name: string) => () => readFileSync(new URL(name, CORPUS), 'utf8')
const dump = (name: string, field: string) => () => (JSON.parse(readFileSync(new URL(name, CORPUS), 'utf8')) as Record<string, string>)[field]!

/** Same order seen on a list page and on its details page. */
const CASES: Array<{ orderId: string; captured: string; list: Page; details: Page }> = [
  {
    orderId: '112-9685975-5907428', captured: '2024-11-20',
    list: { url: 'https://www.amazon.com/your-orders/orders?timeFilter=year-2023&startIndex=10', html: file('ao_order-history-2023-10.html') },
    details: { url: 'https://www.amazon.com/gp/your-account/order-details?orderID=112-9685975-5907428', html: file('ao_order-details-112-9685975-5907428.html') },
  },
  {
    orderId: '114-8722141-6545058', captured: '2024-11-20',
    list: { url: 'https://www.amazon.com/your-orders/orders?timeFilter=year-2024', html: file('ao_order-history-2024-0.html') },
    details: { url: 'https://www.amazon.com/gp/your-account/order-details?orderID=114-8722141-6545058', html: file('ao_order-details-114-8722141-6545058.html') },
  },
  {
    orderId: '026-5653597-4769168', captured: '2019-10-28',
    list: { url: 'https://www.amazon.co.uk/gp/css/order-history?orderFilter=year-2019&startIndex=110', html: dump('az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json', 'list_html') },
    details: { url: 'https://www.amazon.co.uk/gp/your-account/order-details?orderID=026-5653597-4769168', html: dump('az_amazon.co.uk_input_026-5653597-4769168_2019-10-28.json', 'detail_html') },
  },
  {
    orderId: '002-9651082-1715432', captured: '2019-11-02',
    list: { url: 'https://www.amazon.com/gp/your-account/order-history?orderFilter=year-2016', html: dump('az_amazon.com_input_002-9651082-1715432_2019-11-02.json', 'list_html') },
    details: { url: 'https://www.amazon.com/gp/your-account/order-details?orderID=002-9651082-1715432', html: dump('az_amazon.com_input_002-9651082-1715432_2019-11-02.json', 'detail_html') },
  },
]

describe.skipIf(!present)('real pages: list then details', () => {
  it.each(CASES)('$orderId', async ({ orderId, captured, list, details }) => {
    const listReading = readPage(list.url, list.html(), { captured })
    const detailsReading = readPage(details.url, details.html(), { captured })
    expect(listReading.ok && detailsReading.ok).toBe(true)
    const fromDetails = detailsReading.orders.find((o) => o.orderId === orderId)!
    expect(fromDetails).toBeDefined()

    const db = openDb(uniqueDbName('corpus'))
    const writes = countWrites(db)
    await upsertOrders(db, listReading.orders)
    await upsertOrders(db, detailsReading.orders)
    const stored = (await readLedger(db)).orders.find((o) => o.orderId === orderId)!
    expect(stored.shipments).toHaveLength(fromDetails.shipments.length)
    for (const s of fromDetails.shipments) {
      const mine = stored.shipments.find((x) => x.key === s.key || x.trackingIds.some((t) => s.trackingIds.includes(t)))
      expect(mine, s.key).toBeDefined()
      expect(mine!.items).toHaveLength(s.items.length)
    }
    expect((await db.orders.toArray()).filter((o) => o.orderId === orderId)).toHaveLength(1)

    writes.reset()
    for (const reading of [listReading, detailsReading, listReading]) await upsertOrders(db, reading.orders)
    expect(writes.total()).toBe(0)
    await db.delete()
  })
})
