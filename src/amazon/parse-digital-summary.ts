// Reads a digital order summary (`/gp/digital/your-account/order-summary.html`): id, order date, total and items; no parcel.
import { normalizeText } from '../core/locale/normalize.ts'
import { isSampleItem } from '../core/locale/samples.ts'
import { orderKey, shipmentKey, type Item, type Money, type Order, type PlainDate, type Shipment } from '../core/model/index.ts'
import { IssueLog, allMatches, firstMatch } from './extract.ts'
import type { HtmlDoc, HtmlElement } from './html.ts'
import { ORDER_ID, isDigitalOrderId, isOrderId, orderIdInElementText, orderIdsOfLink, asinOfLink, resolveHref } from './order-ids.ts'
import type { PageContext } from './page-context.ts'
import type { ParseResult } from './parse-result.ts'
import { afterLastColon, closestOf } from './parse-invoice.ts'
import { labelHas, readDate, readMoney } from './read-fields.ts'
import { digitalSummary as S } from './selectors.ts'

const MAX_TITLE = 500

function readOrderId(doc: HtmlDoc, ctx: PageContext, log: IssueLog): string | undefined {
  const fromUrl = orderIdsOfLink(ctx.url)[0]
  const heading = firstMatch(doc.root, S.heading, 'digitalSummary.heading', log)
  const fromHeading = heading ? orderIdInElementText(heading.element.text()) : undefined
  if (fromUrl && fromHeading && fromUrl !== fromHeading) log.problem('order.orderId', 'url-and-heading-differ')
  return fromUrl ?? fromHeading
}

/** Summary lines as text: a `li`, or the cell around a bold label in the table form. */
function summaryLines(doc: HtmlDoc, log: IssueLog): string[] {
  const m = allMatches(doc.root, S.summaryLine, 'digitalSummary.summaryLine', log)
  return m.elements.map((el) => normalizeText((m.variant === 1 ? el.parent() ?? el : el).text()))
}

// "Order Total: $0.00" / "Summe der Bestellung: EUR 9,95": labelled total first, else the first amount after a colon.
function readTotal(lines: string[], ctx: PageContext, log: IssueLog): Money | undefined {
  const candidates = lines.filter((l) => l.includes(':') || l.includes('：')).filter((l) => !ORDER_ID.test(afterLastColon(l)))
  const labelled = candidates.find((l) => labelHas(l.slice(0, l.length - afterLastColon(l).length), ctx.pack.labels.total))
  const line = labelled ?? candidates.find((l) => readMoney(afterLastColon(l), ctx) !== undefined)
  if (!line) {
    log.problem('order.total', 'missing')
    return undefined
  }
  const money = readMoney(afterLastColon(line), ctx)
  if (!money) log.problem('order.total', 'money-unparsed')
  return money
}

function readOrderDate(doc: HtmlDoc, ctx: PageContext, log: IssueLog): PlainDate | undefined {
  const el = firstMatch(doc.root, S.orderDate, 'digitalSummary.orderDate', log)
  if (!el) {
    log.problem('order.placedOn', 'missing')
    return undefined
  }
  const date = readDate(afterLastColon(el.element.text()), ctx)
  if (!date) log.problem('order.placedOn', 'date-unparsed')
  return date
}

function readItem(link: HtmlElement, ctx: PageContext, log: IssueLog): Item | undefined {
  const title = normalizeText(link.text()).slice(0, MAX_TITLE)
  if (title === '') {
    log.problem('digitalSummary.itemTitle', 'missing')
    return undefined
  }
  const item: Item = { title, quantity: 1 }
  const url = resolveHref(link.attr('href'), ctx.url)
  const asin = url ? asinOfLink(url) : undefined
  if (asin) item.asin = asin
  const row = closestOf(link, S.itemRow)
  const priceText = row ? firstMatch(row, S.itemPrice, 'digitalSummary.itemPrice', log)?.element.text() : undefined
  if (priceText) {
    const price = readMoney(priceText, ctx)
    if (price) item.unitPrice = price
    else log.problem('digitalSummary.itemPrice', 'money-unparsed', false)
  } else log.problem('digitalSummary.itemPrice', 'missing', false)
  if (isSampleItem(item, ctx.pack)) item.sample = true
  return item
}

/**
 * The digital order on its summary page: `D01-…` id (URL or heading), order date from the "Digital Order:"
 * bar, total from the summary lines, and the items with ASIN and price. Digital goods travel no parcel: the
 * items sit in one shipment keyed by position 0 (as the list page keys a digital card) with status `unknown`.
 * Incomplete without an id, date, total or any item.
 */
export function parseDigitalSummary(doc: HtmlDoc, ctx: PageContext): ParseResult<Order[]> {
  const log = new IssueLog()
  const orderId = readOrderId(doc, ctx, log)
  if (!orderId || !isOrderId(orderId)) {
    log.problem('order.orderId', 'missing')
    return { value: [], issues: log.issues, complete: false }
  }
  const placedOn = readOrderDate(doc, ctx, log)
  const total = readTotal(summaryLines(doc, log), ctx, log)
  const items = allMatches(doc.root, S.itemLink, 'digitalSummary.itemLink', log).elements
    .map((a) => readItem(a, ctx, log))
    .filter((x) => x !== undefined)
  if (items.length === 0) log.problem('order.items', 'missing')
  const marketplace = ctx.marketplace.id
  const shipment: Shipment = {
    key: shipmentKey(marketplace, orderId, { position: 0 }),
    orderKey: orderKey(marketplace, orderId),
    status: 'unknown',
    trackingIds: [],
    items,
    source: 'page',
  }
  if (!isDigitalOrderId(orderId)) log.problem('order.orderId', 'not-a-digital-id', false)
  const order: Order = {
    key: orderKey(marketplace, orderId),
    marketplace,
    orderId,
    digital: true,
    total: total ?? null,
    shipments: [shipment],
  }
  if (placedOn) order.placedOn = placedOn
  return { value: [order], issues: log.issues, complete: log.complete }
}
