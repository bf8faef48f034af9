// Order details reader: legacy D1 and data-component D2–D4 pages, grand total by exact label, per-shipment keys.
import { describe, expect, it } from 'vitest'
import { parseHtml } from '../../src/amazon/html.ts'
import type { PageContext } from '../../src/amazon/page-context.ts'
import { parseOrderDetails } from '../../src/amazon/parse-order-details.ts'
import { languagePack } from '../../src/core/locale/languages/index.ts'
import { marketplaceById } from '../../src/core/locale/marketplaces.ts'

function ctx(marketplace = 'amazon.com', language = 'en', query = ''): PageContext {
  return { url: new URL(`https://www.${marketplace}/gp/your-account/order-details${query}`), marketplace: marketplaceById(marketplace)!, language, pack: languagePack(language)!, captured: '2025-04-10' }
}
const read = (body: string, c = ctx()) => parseOrderDetails(parseHtml(`<html><body><div id="orderDetails">${body}</div></body></html>`), c)

// D4 data-component page (ao_order-gift-card-snippet.html / rm_recap_orderrecap.html structure).
function d4Shipment(status: [string, string], items: Array<{ title: string; asin: string; price: string; qty?: string }>, track?: string) {
  return `<div class="a-box"><div class="a-box-inner"><div class="a-fixed-right-grid"><div class="a-fixed-right-grid-inner">
    <div data-component="shipmentsLeftGrid"><div data-component="shipmentStatus"><h4 class="od-status-message"><span class="a-text-bold">${status[0]}</span><span class="a-text-bold a-nowrap">${status[1]}</span></h4></div>
    <div data-component="purchasedItems">${items.map((i) => `<div class="a-fixed-left-grid"><div data-component="itemImage">${i.qty ? `<span class="od-item-view-qty">${i.qty}</span>` : ''}</div>
      <div data-component="itemTitle"><a href="/dp/${i.asin}?ref=x">${i.title}</a></div><div data-component="unitPrice"><span class="a-price"><span class="a-offscreen">${i.price}</span><span aria-hidden="true">${i.price}</span></span></div></div>`).join('')}</div></div>
    <div data-component="shipmentsRightGrid">${track ? `<div data-component="shipmentConnections"><a href="${track}">Track package</a></div>` : ''}</div></div></div></div></div>`
}
const subtotals = (rows: Array<[string, string]>) => `<div data-component="chargeSummary">${rows.map(([l, v]) => `<div class="a-row od-line-item-row"><div class="od-line-item-row-label">${l}</div><div class="od-line-item-row-content">${v}</div></div>`).join('')}</div>`

describe('parseOrderDetails', () => {
  it('reads a D4 page: id, date, grand total (not "Total before tax"), shipments with keys, quantities and prices', () => {
    const body = `<div data-component="orderDate"><span>March 23, 2025</span></div><div data-component="orderId"><span>114-4717286-0499444</span></div>
      <div data-component="shipments">${d4Shipment(['Delivered ', 'March 28'], [{ title: 'Prestige Paper Towels', asin: 'B074CRK54X', price: '$31.87', qty: '2' }], '/gp/your-account/ship-track?itemId=abc&orderId=114-4717286-0499444&shipmentId=Qxqvrj7mY&packageIndex=1')}</div>
      ${subtotals([['Item(s) Subtotal:', '$63.74'], ['Total before tax:', '$60.55'], ['Gift Card Amount:', '-$2.37'], ['Grand Total:', '$61.82']])}`
    const r = read(body)
    expect(r.complete).toBe(true)
    expect(r.value).toEqual([{
      key: 'amazon.com:114-4717286-0499444', marketplace: 'amazon.com', orderId: '114-4717286-0499444', placedOn: '2025-03-23', total: { minor: 6182, currency: 'USD' }, digital: false,
      shipments: [{ key: 'amazon.com:114-4717286-0499444:s-Qxqvrj7mY-1', orderKey: 'amazon.com:114-4717286-0499444', shipmentId: 'Qxqvrj7mY', packageIndex: 1, itemId: 'abc', status: 'delivered', deliveredOn: '2025-03-28', trackingIds: [], source: 'page',
        items: [{ title: 'Prestige Paper Towels', asin: 'B074CRK54X', quantity: 2, unitPrice: { minor: 3187, currency: 'USD' } }] }],
    }])
  })

  it('keeps two shipments apart, each with its own items (positions key them when there is no track link)', () => {
    const body = `<div data-component="orderDate"><span>7 décembre 2025</span></div><div data-component="orderId"><span>701-5875342-9445832</span></div>
      <div data-component="shipments">${d4Shipment(['Livré le ', '9 décembre'], [{ title: 'Chemise', asin: 'B09CM429WQ', price: '29,99$' }, { title: 'Collants', asin: 'B0BQBP454N', price: '32,99$' }])}${d4Shipment(['Livré le ', '11 décembre'], [{ title: 'Chandail', asin: 'B08LCW2TX5', price: '29,99$' }])}</div>
      ${subtotals([['Sous-total\u00A0:', '92,97\u00A0$'], ['Montant total\u00A0:', '106,89\u00A0$']])}`
    const r = read(body, ctx('amazon.ca', 'fr'))
    expect(r.issues.filter((i) => 'problem' in i)).toEqual([])
    expect(r.complete).toBe(true)
    const o = r.value[0]!
    expect(o.total).toEqual({ minor: 10689, currency: 'CAD' })
    expect(o.shipments.map((s) => [s.key, s.deliveredOn, s.items.map((i) => [i.asin, i.unitPrice?.minor])])).toEqual([
      ['amazon.ca:701-5875342-9445832:n-0', '2025-12-09', [['B09CM429WQ', 2999], ['B0BQBP454N', 3299]]],
      ['amazon.ca:701-5875342-9445832:n-1', '2025-12-11', [['B08LCW2TX5', 2999]]],
    ])
  })

  it('reads a legacy D1 page: id from the second date/invoice item, status, progress-tracker key, price', () => {
    const body = `<span class="order-date-invoice-item">Ordered on December 7, 2023</span><span class="order-date-invoice-item">Order# <bdi dir="ltr">112-9685975-5907428</bdi></span>
      <div class="a-box-group od-shipments"><div class="a-box shipment shipment-is-delivered"><div class="a-box-inner">
        <div class="a-row shipment-top-row js-shipment-info-container"><span class="a-size-medium a-color-base a-text-bold">Delivered Dec 9, 2023</span></div>
        <div class="a-fixed-left-grid"><div class="a-fixed-left-grid-inner"><span class="item-view-qty">3</span><div class="yohtmlc-item"><a href="/gp/product/B0CLJ9KGRV/ref=x">Egg Brush</a><span class="a-color-price">$14.99</span></div></div></div>
        <a href="/progress-tracker/package/ref=ppx_od_dt_b_track_package?_encoding=UTF8&itemId=abc&orderId=112-9685975-5907428&packageIndex=0&shipmentId=X42HwBr10&vt=ORDER_DETAILS">Track package</a></div></div></div>
      <div id="od-subtotals"><div class="a-row"><div class="a-span7">Item(s) Subtotal:</div><div class="a-span5 a-span-last">$14.99</div></div><div class="a-row"><div class="a-span7">Grand Total:</div><div class="a-span5 a-span-last">$16.10</div></div></div>`
    const r = read(body)
    expect(r.complete).toBe(true)
    expect(r.value[0]).toMatchObject({ orderId: '112-9685975-5907428', placedOn: '2023-12-07', total: { minor: 1610, currency: 'USD' } })
    expect(r.value[0]!.shipments[0]).toMatchObject({ shipmentId: 'X42HwBr10', packageIndex: 0, status: 'delivered', deliveredOn: '2023-12-09' })
    expect(r.value[0]!.shipments[0]!.items).toEqual([{ title: 'Egg Brush', asin: 'B0CLJ9KGRV', quantity: 3, unitPrice: { minor: 1499, currency: 'USD' } }])
    expect(r.issues).toContainEqual({ site: 'orderDetails.shipmentAnchor', variant: 1 })
  })

  it('falls back to the URL id, says so, and flags an id that differs from the URL', () => {
    const body = `<div data-component="orderDate"><span>March 23, 2025</span></div><div data-component="shipments">${d4Shipment(['Delivered ', 'March 28'], [{ title: 'X', asin: 'B000000001', price: '$1.00' }])}</div>${subtotals([['Grand Total:', '$1.00']])}`
    const r = read(body, ctx('amazon.com', 'en', '?orderID=114-0000000-0000001'))
    expect(r.value[0]!.orderId).toBe('114-0000000-0000001')
    expect(r.issues).toContainEqual({ field: 'order.orderId', problem: 'from-url' })
    const other = read(`<div data-component="orderId"><span>114-0000000-0000009</span></div>${body}`, ctx('amazon.com', 'en', '?orderID=114-0000000-0000001'))
    expect(other.value[0]!.orderId).toBe('114-0000000-0000009')
    expect(other.issues).toContainEqual({ field: 'order.orderId', problem: 'differs-from-url' })
  })

  it('is incomplete without an id, a grand total, a shipment, an item title or the status element', () => {
    const good = `<div data-component="orderDate"><span>March 23, 2025</span></div><div data-component="orderId"><span>114-4717286-0499444</span></div>`
    const ship = d4Shipment(['Delivered ', 'March 28'], [{ title: 'X', asin: 'B000000001', price: '$1.00' }])
    expect(read(`${good}${ship}${subtotals([['Grand Total:', '$1.00']])}`).complete).toBe(true)
    expect(read(`<div data-component="orderDate"><span>March 23, 2025</span></div>${ship}`).complete).toBe(false)
    expect(read(`${good}${ship}${subtotals([['Total before tax:', '$1.00']])}`).complete).toBe(false)
    expect(read(`${good}${subtotals([['Grand Total:', '$1.00']])}`).complete).toBe(false)
    expect(read(`${good}${ship.replace('data-component="itemTitle"', 'data-component="x"')}${subtotals([['Grand Total:', '$1.00']])}`).complete).toBe(false)
    expect(read(`${good}${ship.replace('data-component="shipmentStatus"', 'data-component="x"')}${subtotals([['Grand Total:', '$1.00']])}`).complete).toBe(false)
  })
})
