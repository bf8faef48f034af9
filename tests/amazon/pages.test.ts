import { describe, expect, it } from 'vitest'
import { CONTENT_SCRIPT_MATCHES, HOST_PATTERNS, marketplaceOfUrl, pagePathKind } from '../../src/amazon/pages.ts'

const examples = {
  'order-list': ['/your-orders/orders?timeFilter=year-2024&startIndex=10', '/gp/your-account/order-history?orderFilter=year-2019', '/-/fr/your-orders/orders', '/gp/css/order-history?ref_=x'],
  'order-details': ['/gp/your-account/order-details?orderID=112-0399923-3070642', '/gp/css/order-details?orderID=1&ref=x', '/your-orders/order-details?orderID=1', '/gp/your-account/order-details/ref=ppx_yo_dt_b_order_details_o00?ie=UTF8&orderID=1'],
  tracker: ['/gp/your-account/ship-track?itemId=a&orderId=b&shipmentId=c', '/progress-tracker/package/ref=ppx_yo_dt_b_track_package?_encoding=UTF8&orderId=1', '/-/fr/gp/your-account/ship-track?orderId=1'],
} as const

describe('pagePathKind', () => {
  for (const [kind, paths] of Object.entries(examples)) {
    for (const p of paths) it(`${p} → ${kind}`, () => expect(pagePathKind(p)).toBe(kind))
  }
  it.each(['/', '/dp/B000', '/gp/css/order-history/archive/archiveModal.html?orderId=1', '/ap/signin', '/gp/your-account/order-historyx', '/your-orders'])('%s is no order page', (p) => {
    expect(pagePathKind(p)).toBeUndefined()
  })
})

describe('storefronts', () => {
  it('has exactly 23 host patterns of the form https://www.amazon.<tld>/*', () => {
    expect(HOST_PATTERNS).toHaveLength(23)
    for (const p of HOST_PATTERNS) expect(p).toMatch(/^https:\/\/www\.amazon\.[a-z.]+\/\*$/)
  })
  it('content-script matches stay on the 23 hosts and never cover a whole host', () => {
    for (const m of CONTENT_SCRIPT_MATCHES) {
      expect(HOST_PATTERNS.some((h) => m.startsWith(h.slice(0, -1)))).toBe(true)
      expect(m.endsWith('.com/*')).toBe(false)
    }
  })
  it.each([
    ['https://www.amazon.de/your-orders/orders', 'amazon.de'],
    ['https://www.amazon.co.uk/x', 'amazon.co.uk'],
    ['https://WWW.AMAZON.CO.JP/x', 'amazon.co.jp'],
    ['http://www.amazon.de/x', undefined],
    ['https://www.amazon.de:8443/x', undefined],
    ['https://amazon.de/x', undefined],
    ['https://www.amazon.cn/x', undefined],
    ['https://www.amazon.de.evil.com/x', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, id) => expect(marketplaceOfUrl(url)).toBe(id))
})
