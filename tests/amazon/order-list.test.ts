// Order list reader: every layout generation, ids from structure only, track-link keys, per-card generations.
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/amazon/html.ts'
import type { PageContext } from '../../src/amazon/page-context.ts'
import { parseOrderList } from '../../src/amazon/parse-order-list.ts'
import { languagePack } from '../../src/core/locale/languages/index.ts'
import { marketplaceById } from '../../src/core/locale/marketplaces.ts'

function ctx(marketplace = 'amazon.com', language = 'en', url = `https://www.${marketplace}/your-orders/orders`): PageContext {
  return { url: new URL(url), marketplace: marketplaceById(marketplace)!, language, pack: languagePack(language)!, captured: '2024-11-20' }
}
const read = (body: string, c = ctx()) => parseOrderList(parseHtml(`<html lang="en-us"><body><div class="your-orders-content-container">${body}</div></body></html>`), c)

// L2 delivery-box card (ao_order-history-2024-0.html structure).
function l2Card(o: { id: string; date?: string; total?: string; status?: string; track?: string; items?: Array<[string, string, string?]> }) {
  const cell = (label: string, value: string) => `<div class="a-column"><div class="a-row a-size-mini"><span class="a-color-secondary a-text-caps">${label}</span></div><div class="a-row"><span class="a-size-base a-color-secondary">${value}</span></div></div>`
  const items = (o.items ?? [['Widget', 'B000000001']]).map(([title, asin, qty]) => `<div class="a-fixed-left-grid item-box"><div class="product-image"><a href="/dp/${asin}?ref=x"><img alt="${title}"></a>${qty ? `<span class="product-image__qty">${qty}</span>` : ''}</div><a href="/dp/${asin}?ref=x"><div class="yohtmlc-product-title">${title}</div></a></div>`).join('')
  return `<div class="order-card js-order-card"><div class="a-box-group">
    <div class="a-box order-header"><div class="a-box-inner">${o.date ? cell('Order placed', o.date) : ''}${o.total ? cell('Total', o.total) : ''}
      <div class="yohtmlc-order-id"><span class="a-color-secondary a-text-caps">Order #</span><span class="a-color-secondary" dir="ltr">${o.id}</span></div>
      <a href="/gp/css/order-details?orderID=${o.id}&ref=ppx_yo2ov_dt_b_fed_order_details">View order details</a></div></div>
    <div class="a-box delivery-box"><div class="yohtmlc-shipment-status-primaryText"><h3><span class="a-size-medium delivery-box__primary-text a-text-bold">${o.status ?? ''}</span></h3></div>
      ${items}${o.track ? `<a class="a-button-text" href="${o.track}">Track package</a>` : ''}</div>
    <div class="a-box order-footer"><a href="/gp/css/order-history/archive/ref=x?ie=UTF8&archiveRequest=1&orderIds=${o.id}&token=142-5313387-7283637">Archive order</a></div>
  </div></div>`
}

describe('parseOrderList', () => {
  it('reads an L2 card: id, date, total, status with inferred year, shipment key, items with ASIN and quantity', () => {
    const r = read(l2Card({ id: '112-5939971-8962610', date: 'November 1, 2024', total: '$28.50', status: 'Delivered November 2', track: '/gp/your-account/ship-track?itemId=jhmjovklllrovop&ref=ppx&packageIndex=0&orderId=112-5939971-8962610&shipmentId=QHsqp5CyV', items: [['Roller Brushes', 'B0BPH5G7MY', '2']] }))
    expect(r.complete).toBe(true)
    expect(r.value).toEqual([{
      key: 'amazon.com:112-5939971-8962610', marketplace: 'amazon.com', orderId: '112-5939971-8962610', placedOn: '2024-11-01', total: { minor: 2850, currency: 'USD' }, digital: false,
      shipments: [{ key: 'amazon.com:112-5939971-8962610:s-QHsqp5CyV-0', orderKey: 'amazon.com:112-5939971-8962610', shipmentId: 'QHsqp5CyV', packageIndex: 0, itemId: 'jhmjovklllrovop', status: 'delivered', deliveredOn: '2024-11-02', trackingIds: [], source: 'page',
        items: [{ title: 'Roller Brushes', asin: 'B0BPH5G7MY', quantity: 2 }] }],
    }])
    expect(r.issues).toContainEqual({ site: 'orderList.card', variant: 0 })
    expect(r.issues).toContainEqual({ site: 'orderList.shipment', variant: 0 })
  })

  it('reads track-link parameters in any order and defaults a missing packageIndex to 0', () => {
    for (const href of ['/gp/your-account/ship-track?shipmentId=BxL8CNxWM&orderId=111-1470863-4415403&itemId=abc', '/progress-tracker/package/ref=x?_encoding=UTF8&itemId=abc&orderId=111-1470863-4415403&packageIndex=0&shipmentId=BxL8CNxWM&vt=YOUR_ORDERS']) {
      const s = read(l2Card({ id: '111-1470863-4415403', date: 'April 6, 2025', total: '$11.02', status: 'Arriving tomorrow', track: href })).value[0]!.shipments[0]!
      expect(s.key).toBe('amazon.com:111-1470863-4415403:s-BxL8CNxWM-0')
      expect(s.status).toBe('shipped')
      expect(s.expectedOn).toBe('2024-11-21')
    }
  })

  it('rolls a year-less delivery date into the next year after a December order', () => {
    const o = read(l2Card({ id: '112-0000000-0000001', date: 'December 30, 2023', total: '$5.00', status: 'Delivered January 2' })).value[0]!
    expect(o.shipments[0]!.deliveredOn).toBe('2024-01-02')
  })

  it('takes ids from the id element and links, never from label text, archive tokens or session ids', () => {
    const html = `<div class="order-card js-order-card"><div class="a-box-group"><div class="a-box order-header">
      <div class="a-column"><span class="a-text-caps">Order placed</span><span class="a-size-base">May 1, 2024</span></div>
      <div class="a-column"><span class="a-text-caps">Total</span><span class="a-size-base">$1.00</span></div>
      <span>Order # 999-9999999-9999999</span><a href="/gp/buyagain?session-id=998-3333333-4444444">Buy</a>
      <a href="/gp/css/order-history/archive/ref=x?archiveRequest=1&orderIds=112-1111111-2222222&token=142-5313387-7283637">Archive</a></div></div></div>`
    const r = read(html)
    expect(r.value.map((o) => o.orderId)).toEqual(['112-1111111-2222222'])
    expect(r.value[0]!.aliases).toBeUndefined()
  })

  it('keys a digital card by its D-id and keeps the shown id as an alias', () => {
    const html = `<div class="order-card js-order-card"><div class="a-box-group a-spacing-base order js-order-card"><div class="a-box order-info">
      <div class="a-column"><span class="label">Order placed</span><span class="value">October 30, 2024</span></div>
      <div class="a-column"><span class="label">Total</span><span class="value">$10.00</span></div>
      <div class="yohtmlc-order-id"><span class="label">Order #</span><span class="value"><bdi dir="ltr">112-9087159-1657009</bdi></span></div>
      <a href="/gp/your-account/order-history/ref=x?ie=UTF8&search=D01-8711688-7680252">View order details</a></div>
      <div class="a-fixed-left-grid-inner"><div class="yohtmlc-item"><a href="/gp/product/B00GAC1D2G/ref=x">$10 PlayStation Store Gift Card</a></div></div></div></div>`
    const o = read(html).value[0]!
    expect(o.orderId).toBe('D01-8711688-7680252')
    expect(o.aliases).toEqual(['112-9087159-1657009'])
    expect(o.digital).toBe(true)
    expect(o.shipments[0]!.items[0]).toEqual({ title: '$10 PlayStation Store Gift Card', asin: 'B00GAC1D2G', quantity: 1 })
  })

  it('reports a physical card whose links name a second order instead of aliasing it', () => {
    const card = l2Card({ id: '112-0000000-0000007', date: 'May 1, 2024', total: '$1.00', status: 'Delivered May 3' })
      .replace('Archive order</a>', 'Archive order</a><a href="/spr/returns/cart?orderId=112-0000000-0000008">Return</a>')
    const r = read(card)
    expect(r.value[0]!.orderId).toBe('112-0000000-0000007')
    expect(r.value[0]!.aliases).toBeUndefined()
    expect(r.issues).toContainEqual({ field: 'order.orderId', problem: 'conflicting-ids' })
    expect(r.complete).toBe(false)
  })

  it('gives a cancelled card a null total without calling it incomplete', () => {
    const r = read(l2Card({ id: '111-9642662-1037012', date: 'July 15, 2025', status: 'Cancelled' }))
    expect(r.value[0]!.total).toBeNull()
    expect(r.value[0]!.shipments[0]!.status).toBe('cancelled')
    expect(r.complete).toBe(true)
  })

  it('is incomplete when a delivered card has no total, no date, or an unreadable date', () => {
    expect(read(l2Card({ id: '112-0000000-0000002', date: 'May 1, 2024', status: 'Delivered May 3' })).complete).toBe(false)
    expect(read(l2Card({ id: '112-0000000-0000003', total: '$1.00', status: 'Delivered May 3' })).complete).toBe(false)
    const r = read(l2Card({ id: '112-0000000-0000004', date: 'Smarch 40', total: '$1.00', status: 'Delivered May 3' }))
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'order.placedOn', problem: 'date-unparsed' })
  })

  it('reads an L3 header list and an L1 card on the same page, detecting the generation per card', () => {
    const l3 = `<div class="order-card js-order-card"><div class="a-box-group"><div class="a-box order-header"><ul class="order-header__header-list">
      <li class="order-header__header-list-item"><span class="a-text-caps">Order placed</span><span class="aok-break-word">January 4, 2024</span></li>
      <li class="order-header__header-list-item"><span class="a-text-caps">Total</span><span class="aok-break-word">$4.76</span></li>
      <li class="order-header__header-list-item"><div class="yohtmlc-order-id"><span dir="ltr">702-7466597-1832237</span></div></li></ul></div>
      <div class="a-box delivery-box"><span class="delivery-box__primary-text"></span><div class="item-box"><div class="yohtmlc-product-title"><a href="/dp/B094GFJMWW">Tea</a></div></div></div></div></div>`
    const l1 = `<div class="order-card js-order-card"><div class="a-box-group a-spacing-base order js-order-card"><div class="a-box order-info">
      <div class="a-column"><span class="label">Order placed</span><span class="value">December 12, 2023</span></div>
      <div class="a-column"><span class="label">Total</span><span class="value">$32.00</span></div>
      <div class="yohtmlc-order-id"><span class="value"><bdi dir="ltr">113-1909885-6198667</bdi></span></div></div>
      <div class="a-box shipment"><div class="shipment-top-row js-shipment-info-container"><span class="a-size-medium a-text-bold">Delivered Dec 13, 2023</span></div>
      <div class="a-fixed-left-grid-inner"><span class="item-view-qty">2</span><div class="yohtmlc-item"><a href="/gp/product/B071QXYHSR/ref=x">Fire Lighters</a></div></div></div></div></div>`
    const r = read(l3 + l1, ctx('amazon.ca', 'en'))
    expect(r.value.map((o) => [o.orderId, o.placedOn, o.total?.minor, o.total?.currency, o.shipments[0]!.status, o.shipments[0]!.items[0]!.quantity])).toEqual([
      ['702-7466597-1832237', '2024-01-04', 476, 'CAD', 'unknown', 1],
      ['113-1909885-6198667', '2023-12-12', 3200, 'CAD', 'delivered', 2],
    ])
    expect(r.issues).toContainEqual({ site: 'orderList.headerCell', variant: 0 })
    expect(r.issues).toContainEqual({ site: 'orderList.headerCell', variant: 1 })
    expect(r.issues).toContainEqual({ field: 'shipment.status', problem: 'empty' })
  })

  it('reads a legacy L0 card (#ordersContainer) with its item price', () => {
    const html = `<html><body><div id="ordersContainer"><div class="a-box-group a-spacing-base order"><div class="a-box order-info">
      <div class="a-column"><span class="label">Order placed</span><span class="value">20 January 2019</span></div>
      <div class="a-column"><span class="label">Total</span><span class="value">£87.40</span></div>
      <div class="actions"><div class="a-row a-size-mini"><span class="label">Order #</span><span class="value">026-5653597-4769168</span></div></div></div>
      <div class="a-box shipment"><div class="a-fixed-left-grid-inner"><div class="a-col-right"><a href="/gp/product/B004124YEQ/ref=x">Socket Set</a><span class="a-color-price">£87.40</span></div></div></div></div></div></body></html>`
    const r = parseOrderList(parseHtml(html), ctx('amazon.co.uk', 'en'))
    expect(r.value[0]).toMatchObject({ orderId: '026-5653597-4769168', placedOn: '2019-01-20', total: { minor: 8740, currency: 'GBP' } })
    expect(r.value[0]!.shipments[0]!.items).toEqual([{ title: 'Socket Set', asin: 'B004124YEQ', quantity: 1, unitPrice: { minor: 8740, currency: 'GBP' } }])
    expect(r.issues).toContainEqual({ site: 'orderList.card', variant: 1 })
    expect(r.issues).toContainEqual({ site: 'orderList.orderId', variant: 1 })
  })

  it('reads German labels, dates and money with the German pack only', () => {
    const card = l2Card({ id: '303-4827163-2049183', date: '3. März 2025', total: '29,99 €', status: 'Zugestellt am 5. März' }).replace('Order placed', 'Bestellung aufgegeben').replace('>Total<', '>Summe<')
    const r = read(card, ctx('amazon.de', 'de'))
    expect(r.value[0]).toMatchObject({ placedOn: '2025-03-03', total: { minor: 2999, currency: 'EUR' } })
    expect(r.value[0]!.shipments[0]).toMatchObject({ status: 'delivered', deliveredOn: '2025-03-05' })
    // The same card read with the English pack cannot read the German date: an issue, not a guess.
    expect(read(card, ctx('amazon.de', 'en')).complete).toBe(false)
  })

  it('reports a duplicated card and an order id outside every recognised card', () => {
    const card = l2Card({ id: '112-0000000-0000005', date: 'May 1, 2024', total: '$1.00', status: 'Delivered May 3' })
    expect(read(card + card).issues).toContainEqual({ field: 'order.orderId', problem: 'duplicate-card' })
    const stray = '<div class="other-card"><div class="yohtmlc-order-id"><span dir="ltr">112-0000000-0000006</span></div></div>'
    const r = read(card + stray)
    expect(r.complete).toBe(false)
    expect(r.issues).toContainEqual({ field: 'orderList.card', problem: 'order-outside-card' })
  })
})
