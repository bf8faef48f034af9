// Reads the one order on an order details page (legacy D1, data-component D2–D4, hybrid D3).
import { orderKey, type Money, type Order, type Shipment } from '../core/model/index.ts'
import type { HtmlDoc, HtmlElement } from './html.ts'
import { IssueLog, allMatches, firstMatch } from './extract.ts'
import { isDigitalOrderId, orderIdInElementText, orderIdsOfLink, resolveHref, trackLinkKey } from './order-ids.ts'
import type { PageContext } from './page-context.ts'
import type { ParseResult } from './parse-result.ts'
import { labelIs, readDate, readItem, pageShipment, readMoney, readShipmentStatus } from './read-fields.ts'
import { orderDetails as S, page } from './selectors.ts'

/** The order id: the id element first, then the page's own links, then the URL's `orderID` parameter. */
function readOrderId(scope: HtmlElement, ctx: PageContext, log: IssueLog): { orderId?: string; aliases: string[] } {
  // D1 pages put the date and the id in two elements of the same class: take the first that holds an id.
  let shown: string | undefined
  for (let i = 0; i < S.orderId.length && shown === undefined; i++) {
    for (const el of scope.queryAll(S.orderId[i]!)) {
      shown = orderIdInElementText(el.text())
      if (shown !== undefined) {
        log.hit('orderDetails.orderId', i)
        break
      }
    }
  }
  if (shown === undefined) log.miss('orderDetails.orderId')
  const linked = allMatches(scope, S.idLink, 'orderDetails.idLink').elements.flatMap((a) => {
    const url = resolveHref(a.attr('href'), ctx.url)
    return url ? orderIdsOfLink(url) : []
  })
  const fromUrl = orderIdsOfLink(ctx.url)
  const orderId = shown ?? linked[0] ?? fromUrl[0]
  if (!shown && orderId) log.problem('order.orderId', linked[0] ? 'from-link' : 'from-url', false)
  if (orderId && fromUrl.length > 0 && !fromUrl.includes(orderId)) log.problem('order.orderId', 'differs-from-url', false)
  // A digital order's page links it by both ids (aliases); other ids are related orders (services, gift cards).
  const others = [...new Set(linked.filter((id) => id !== orderId))]
  const aliases = others.filter((id) => isDigitalOrderId(id) !== isDigitalOrderId(orderId ?? ''))
  if (aliases.length < others.length) log.problem('order.orderId', 'other-order-linked', false)
  return { orderId, aliases }
}

/** Grand total from the subtotal rows: the row whose label is exactly a pack `total` spelling, last one wins. */
function readTotal(scope: HtmlElement, ctx: PageContext, log: IssueLog): Money | undefined {
  const rows = allMatches(scope, S.subtotalRow, 'orderDetails.subtotalRow', log).elements
  let totalText: string | undefined
  for (const row of rows) {
    const label = firstMatch(row, S.subtotalLabel, 'orderDetails.subtotalLabel')?.element.text() ?? ''
    const value = firstMatch(row, S.subtotalValue, 'orderDetails.subtotalValue')?.element.text() ?? ''
    if (value !== '' && labelIs(label, ctx.pack.labels.total)) totalText = value
  }
  if (totalText === undefined) {
    log.problem('order.total', 'missing')
    return undefined
  }
  const money = readMoney(totalText, ctx)
  if (!money) log.problem('order.total', 'money-unparsed')
  return money
}

function readShipments(scope: HtmlElement, order: { marketplace: string; orderId: string; placedOn?: string }, ctx: PageContext, log: IssueLog): Shipment[] {
  const found = allMatches(scope, S.shipmentAnchor, 'orderDetails.shipmentAnchor', log)
  const anchors = found.elements
  if (anchors.length === 0) log.problem('order.shipments', 'missing')
  return anchors.map((anchor, position) => {
    const box = S.shipmentBox.map((s) => anchor.closest(s)).find((x) => x !== undefined) ?? anchor
    const statusText = firstMatch(box, S.status, 'orderDetails.status', log)?.element.text()
    const status = readShipmentStatus(statusText, ctx, order.placedOn, log, found.variant === 0)
    const track = firstMatch(box, S.trackLink, 'orderDetails.trackLink', log)
    const trackUrl = resolveHref(track?.element.attr('href'), ctx.url)
    const key = trackUrl ? trackLinkKey(trackUrl) : {}
    const items = allMatches(box, S.item, 'orderDetails.item', log).elements
      .map((el) => readItem(el, S, 'orderDetails', ctx, log))
      .filter((x) => x !== undefined)
    if (items.length === 0) log.problem('shipment.items', 'missing')
    return pageShipment(order, key, status, items, position)
  })
}

/**
 * The order on a details page with its shipments (track-link keys), items, date and grand total.
 * `complete` is false when the id, date, total, any shipment or any item title is missing.
 */
export function parseOrderDetails(doc: HtmlDoc, ctx: PageContext): ParseResult<Order[]> {
  const log = new IssueLog()
  const scope = firstMatch(doc.root, page.detailsRoot, 'page.detailsRoot', log)?.element ?? doc.root
  const { orderId, aliases } = readOrderId(scope, ctx, log)
  if (!orderId) {
    log.problem('order.orderId', 'missing')
    return { value: [], issues: log.issues, complete: false }
  }
  const marketplace = ctx.marketplace.id
  const dateText = firstMatch(scope, S.orderDate, 'orderDetails.orderDate', log)?.element.text()
  const placedOn = dateText ? readDate(dateText, ctx) : undefined
  if (dateText === undefined) log.problem('order.placedOn', 'missing')
  else if (!placedOn) log.problem('order.placedOn', 'date-unparsed')
  const total = readTotal(scope, ctx, log)
  const shipments = readShipments(scope, { marketplace, orderId, placedOn }, ctx, log)
  const digital = isDigitalOrderId(orderId) || firstMatch(scope, S.digitalLink, 'orderDetails.digitalLink') !== undefined
  const order: Order = { key: orderKey(marketplace, orderId), marketplace, orderId, digital, total: total ?? null, shipments }
  if (aliases.length > 0) order.aliases = aliases
  if (placedOn) order.placedOn = placedOn
  return { value: [order], issues: log.issues, complete: log.complete }
}
