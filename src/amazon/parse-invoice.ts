// Reads a print invoice / order summary (`/gp/css/summary/print.html`): order date, total, shipments with ship dates and items.
import { normalizeText } from '../core/locale/normalize.ts'
import { isSampleItem } from '../core/locale/samples.ts'
import { readStatus } from '../core/locale/status.ts'
import { orderKey, shipmentKey, type Item, type Money, type Order, type PlainDate, type Shipment, type ShipmentStatus } from '../core/model/index.ts'
import { IssueLog, allMatches, firstMatch } from './extract.ts'
import type { HtmlDoc, HtmlElement } from './html.ts'
import { ORDER_ID, isDigitalOrderId, isOrderId, orderIdInElementText, orderIdsOfLink } from './order-ids.ts'
import type { PageContext } from './page-context.ts'
import type { ParseResult } from './parse-result.ts'
import { labelHas, readDate, readMoney } from './read-fields.ts'
import { invoice as S } from './selectors.ts'

const MAX_TITLE = 500

/** The nearest ancestor (or self) matching the first alternative that matches any. */
export function closestOf(el: HtmlElement, variants: readonly string[]): HtmlElement | undefined {
  for (const v of variants) {
    const hit = el.closest(v)
    if (hit) return hit
  }
  return undefined
}

/** A `b`-labelled cell split into its label ("Order Placed:") and the text after it ("February 7, 2016"). */
export interface LabelledCell {
  label: string
  value: string
  /** Label and value together, for cells that put both inside the `b` ("Order Total: $11.94"). */
  text: string
}

function labelledCell(cell: HtmlElement): LabelledCell {
  const text = normalizeText(cell.text())
  const label = normalizeText(firstMatch(cell, S.cellLabel, 'invoice.cellLabel')?.element.text() ?? '')
  const value = label !== '' && text.startsWith(label) ? text.slice(label.length).trim() : text
  return { label, value, text }
}

/** Text after the last colon (half- or full-width), trimmed: "Gesamtbestellwert: EUR 15,99" → "EUR 15,99". */
export function afterLastColon(s: string): string {
  const i = Math.max(s.lastIndexOf(':'), s.lastIndexOf('：'))
  return i >= 0 ? s.slice(i + 1).trim() : s.trim()
}

/** The order id: the URL's `orderID`, else the heading's `bdi`/text ("Final Details for Order #…"). */
function readOrderId(doc: HtmlDoc, ctx: PageContext, log: IssueLog): string | undefined {
  const fromUrl = orderIdsOfLink(ctx.url)[0]
  const heading = firstMatch(doc.root, S.heading, 'invoice.heading', log)
  const fromHeading = heading ? orderIdInElementText(heading.element.text()) : undefined
  if (fromUrl && fromHeading && fromUrl !== fromHeading) log.problem('order.orderId', 'url-and-heading-differ')
  return fromUrl ?? fromHeading
}

function readSummary(doc: HtmlDoc, ctx: PageContext, log: IssueLog): { placedOn?: PlainDate; total?: Money } {
  const cells = allMatches(doc.root, S.summaryCell, 'invoice.summaryCell', log).elements.map(labelledCell)
  // The order-number cell holds an id, which must never be read as a date or an amount.
  const candidates = cells.filter((c) => !ORDER_ID.test(c.value))
  const labels = ctx.pack.labels
  const dateCell = candidates.find((c) => labelHas(c.label, labels.orderPlaced)) ?? candidates.find((c) => readDate(c.value, ctx) !== undefined)
  const out: { placedOn?: PlainDate; total?: Money } = {}
  if (!dateCell) log.problem('order.placedOn', 'missing')
  else {
    const d = readDate(dateCell.value, ctx)
    if (d) out.placedOn = d
    else log.problem('order.placedOn', 'date-unparsed')
  }
  // "Order Total: $11.94" sits wholly inside the `b`; "Gesamtbestellwert: EUR 15,99" too. Take the labelled
  // total cell, else the first cell whose text after its colon is an amount.
  const byLabel = candidates.find((c) => c !== dateCell && labelHas(afterColonLabel(c.text), labels.total))
  const totalCell = byLabel ?? candidates.find((c) => c !== dateCell && readMoney(afterLastColon(c.text), ctx) !== undefined)
  if (!totalCell) log.problem('order.total', 'missing')
  else {
    const m = readMoney(afterLastColon(totalCell.text), ctx)
    if (m) out.total = m
    else log.problem('order.total', 'money-unparsed')
  }
  return out
}

// The label part of "Order Total: $11.94".
function afterColonLabel(text: string): string {
  const i = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'))
  return i >= 0 ? text.slice(0, i) : text
}

function readItems(box: HtmlElement, ctx: PageContext, log: IssueLog): Item[] {
  const items: Item[] = []
  for (const cell of allMatches(box, S.item, 'invoice.item', log).elements) {
    const titleEl = firstMatch(cell, S.itemTitle, 'invoice.itemTitle', log)
    if (!titleEl) continue // the "Items Ordered / Price" header row
    const title = normalizeText(titleEl.element.text()).slice(0, MAX_TITLE)
    if (title === '') {
      log.problem('invoice.itemTitle', 'missing')
      continue
    }
    const item: Item = { title, quantity: 1 }
    // "2 of:", "1 Exemplar(e) von:": the count leads the cell.
    const qty = /^(\d{1,4})\b/.exec(normalizeText(cell.text()))
    if (qty) item.quantity = Math.max(1, Number(qty[1]))
    else log.problem('invoice.quantity', 'quantity-unparsed', false)
    const row = closestOf(cell, S.itemRow)
    const priceText = row ? firstMatch(row, S.itemPrice, 'invoice.itemPrice', log)?.element.text() : undefined
    if (priceText) {
      const price = readMoney(priceText, ctx)
      if (price) item.unitPrice = price
      else log.problem('invoice.itemPrice', 'money-unparsed', false)
    }
    if (isSampleItem(item, ctx.pack)) item.sample = true
    items.push(item)
  }
  return items
}

/** Status and ship date from a box heading: "Shipped on February 8, 2016" → shipped; no date → not yet shipped. */
function readHeading(text: string, ctx: PageContext, anchor: PlainDate | undefined, log: IssueLog): { status: ShipmentStatus; shippedOn?: PlainDate } {
  const r = readStatus(text, ctx.pack, { anchor, captured: ctx.captured })
  if (r?.date && r.dateKind === 'shipped') return { status: r.status, shippedOn: r.date }
  if (r) return { status: r.status }
  // "Versand in Kürze" and other wordings without a ship date: the invoice only dates shipped boxes.
  const date = readDate(text, ctx, anchor)
  if (date) {
    log.problem('shipment.status', 'dated-heading-without-phrase', false)
    return { status: 'shipped', shippedOn: date }
  }
  log.problem('shipment.status', 'inferred-pending', false)
  return { status: 'pending' }
}

/**
 * The order on a print invoice: id (URL or heading), order date and total from the top cells, and one
 * shipment per black-framed box that lists items, with its ship date from the box heading. The invoice
 * shows no Amazon shipment id, so shipments are keyed by ship date, else by position. Incomplete without
 * an order id, date, total, or any shipment with items.
 */
export function parseInvoice(doc: HtmlDoc, ctx: PageContext): ParseResult<Order[]> {
  const log = new IssueLog()
  const orderId = readOrderId(doc, ctx, log)
  if (!orderId || !isOrderId(orderId)) {
    log.problem('order.orderId', 'missing')
    return { value: [], issues: log.issues, complete: false }
  }
  const summary = readSummary(doc, ctx, log)
  const marketplace = ctx.marketplace.id
  const shipments: Shipment[] = []
  for (const box of allMatches(doc.root, S.shipmentBox, 'invoice.shipmentBox', log).elements) {
    if (!S.item.some((sel) => box.query(sel) !== undefined)) continue // the payment box
    const items = readItems(box, ctx, log)
    if (items.length === 0) continue
    const heading = firstMatch(box, S.shipmentHeading, 'invoice.shipmentHeading', log)?.element.text() ?? ''
    const state = readHeading(heading, ctx, summary.placedOn, log)
    const position = shipments.length
    const shipment: Shipment = {
      key: shipmentKey(marketplace, orderId, { shippedOn: state.shippedOn, position }),
      orderKey: orderKey(marketplace, orderId),
      status: state.status,
      trackingIds: [],
      items,
      source: 'page',
    }
    if (state.shippedOn) shipment.shippedOn = state.shippedOn
    shipments.push(shipment)
  }
  if (shipments.length === 0) log.problem('order.shipments', 'missing')
  // Two boxes shipped the same day would share a date key: fall back to positions for all of them.
  if (new Set(shipments.map((s) => s.key)).size !== shipments.length) {
    shipments.forEach((s, position) => (s.key = shipmentKey(marketplace, orderId, { position })))
  }
  const order: Order = {
    key: orderKey(marketplace, orderId),
    marketplace,
    orderId,
    digital: isDigitalOrderId(orderId),
    total: summary.total ?? null,
    shipments,
  }
  if (summary.placedOn) order.placedOn = summary.placedOn
  return { value: [order], issues: log.issues, complete: log.complete }
}
