// Reads the orders on an order list page (legacy L0, L1 shipment boxes, L2 delivery boxes, L3 header list).
import { orderKey, type Order, type PlainDate, type Shipment } from '../core/model/index.ts'
import type { HtmlDoc, HtmlElement } from './html.ts'
import { IssueLog, allMatches, firstMatch } from './extract.ts'
import { isDigitalOrderId, isOrderId, orderIdInElementText, orderIdsOfLink, resolveHref, trackLinkKey } from './order-ids.ts'
import type { PageContext } from './page-context.ts'
import type { ParseResult } from './parse-result.ts'
import { labelHas, readDate, readItem, pageShipment, readMoney, readShipmentStatus } from './read-fields.ts'
import { orderList as S, page } from './selectors.ts'

/**
 * The ids one card names: the id element, the 2026 card slot id, and its links' order parameters. A digital card
 * names two ids (aliases of one order); a physical card naming two is reported, not merged.
 */
function cardIds(card: HtmlElement, ctx: PageContext, log: IssueLog): { orderId?: string; aliases: string[]; digital: boolean } {
  const shown = orderIdInElementText(firstMatch(card, S.orderId, 'orderList.orderId', log)?.element.text() ?? '')
  // The 2026 card slot id is the fallback when the id element is gone (encrypted or restyled cards).
  const slotEl = shown !== undefined ? undefined : S.slotId.some((s) => card.matches(s)) ? card : firstMatch(card, S.slotId, 'orderList.slotId')?.element
  const slot = slotEl?.attr('data-csa-c-slot-id')?.split('.').pop()
  const linked = allMatches(card, S.idLink, 'orderList.idLink', log).elements.flatMap((a) => {
    const url = resolveHref(a.attr('href'), ctx.url)
    return url ? orderIdsOfLink(url) : []
  })
  const ids = [...new Set([shown, slot && isOrderId(slot) ? slot : undefined, ...linked].filter((x): x is string => x !== undefined))]
  const digitalId = ids.find(isDigitalOrderId)
  const digital = digitalId !== undefined || firstMatch(card, S.digitalLink, 'orderList.digitalLink') !== undefined
  // A digital card shows a 1xx- id while its links and its summary page use D01-…: key it by the D-id so the
  // list, search and summary pages name the same order (reference §3.2 first trap); keep the other as an alias.
  const orderId = digitalId ?? ids[0]
  const others = ids.filter((x) => x !== orderId)
  // Only the digital pairing is a known alias; any other second id in a card's links is a page we misread.
  if (!digital && others.length > 0) log.problem('order.orderId', 'conflicting-ids')
  return { orderId, aliases: digital ? others : [], digital }
}

/** Header cells as (label, value) text pairs. */
function headerCells(card: HtmlElement, log: IssueLog): Array<{ label: string; value: string }> {
  const header = firstMatch(card, S.header, 'orderList.header', log)
  if (!header) return []
  return allMatches(header.element, S.headerCell, 'orderList.headerCell', log).elements.map((cell) => ({
    label: firstMatch(cell, S.cellLabel, 'orderList.cellLabel', log)?.element.text() ?? '',
    value: firstMatch(cell, S.cellValue, 'orderList.cellValue', log)?.element.text() ?? '',
  }))
}

function readHeader(card: HtmlElement, ctx: PageContext, log: IssueLog): { placedOn?: PlainDate; total?: ReturnType<typeof readMoney>; totalText?: string; dateText?: string } {
  const cells = headerCells(card, log).filter((c) => c.value !== '')
  const labels = ctx.pack.labels
  let dateCell = cells.find((c) => labelHas(c.label, labels.orderPlaced))
  const totalCell = cells.find((c) => c !== dateCell && labelHas(c.label, labels.total))
  if (!dateCell) {
    // Whole Foods says "Purchased", Subscribe & Save "Subscription charged on": take the cell whose value is a date.
    dateCell = cells.find((c) => c !== totalCell && readDate(c.value, ctx) !== undefined)
    if (dateCell) log.problem('order.placedOn', 'found-by-value', false)
  }
  const out: { placedOn?: PlainDate; total?: ReturnType<typeof readMoney>; totalText?: string; dateText?: string } = {}
  if (dateCell) {
    out.dateText = dateCell.value
    out.placedOn = readDate(dateCell.value, ctx)
  }
  if (totalCell) {
    out.totalText = totalCell.value
    out.total = readMoney(totalCell.value, ctx)
  }
  return out
}

function readShipments(card: HtmlElement, order: { marketplace: string; orderId: string; placedOn?: PlainDate }, ctx: PageContext, log: IssueLog): Shipment[] {
  // Looked up only when an item grid has neither title nor product link.
  let receiptCard: boolean | undefined
  const receipt = () => (receiptCard ??= firstMatch(card, S.storeReceiptLink, 'orderList.storeReceiptLink') !== undefined)
  const found = allMatches(card, S.shipment, 'orderList.shipment', log)
  const boxes = found.elements
  // Digital, Whole Foods and eGift cards have no shipment box: their items sit in the card itself.
  const scopes = boxes.length > 0 ? boxes : [card]
  if (boxes.length === 0) log.problem('orderList.shipment', 'no-shipment-box', false)
  return scopes.map((box, position) => {
    const statusText = boxes.length > 0 ? firstMatch(box, S.status, 'orderList.status', log)?.element.text() : undefined
    const status = boxes.length > 0 ? readShipmentStatus(statusText, ctx, order.placedOn, log, found.variant === 0) : { status: 'unknown' as const }
    const track = firstMatch(box, S.trackLink, 'orderList.trackLink', log)
    const trackUrl = resolveHref(track?.element.attr('href'), ctx.url)
    const key = trackUrl ? trackLinkKey(trackUrl) : {}
    if (key.orderId && key.orderId !== order.orderId) log.problem('shipment.trackLink', 'other-order-id', false)
    const tiles = allMatches(box, S.item, 'orderList.item', log).elements
    // Grids of many items end in an "and 5 more" tile: the rest are only on the details page.
    const more = tiles.filter((el) => firstMatch(el, S.moreItems, 'orderList.moreItems') !== undefined)
    if (more.length > 0) log.problem('shipment.items', 'not-all-listed')
    const items = tiles
      .filter((el) => !more.includes(el))
      .map((el) => readItem(el, S, 'orderList', ctx, log, receipt))
      .filter((x) => x !== undefined)
    return pageShipment(order, key, status, items, position)
  })
}

function readCard(card: HtmlElement, ctx: PageContext, log: IssueLog): Order | undefined {
  const ids = cardIds(card, ctx, log)
  if (!ids.orderId) {
    log.problem('order.orderId', 'missing')
    return undefined
  }
  const marketplace = ctx.marketplace.id
  const header = readHeader(card, ctx, log)
  if (header.dateText === undefined) log.problem('order.placedOn', 'missing')
  else if (!header.placedOn) log.problem('order.placedOn', 'date-unparsed')
  const shipments = readShipments(card, { marketplace, orderId: ids.orderId, placedOn: header.placedOn }, ctx, log)
  const cancelled = shipments.length > 0 && shipments.every((s) => s.status === 'cancelled')
  if (header.totalText !== undefined && !header.total) log.problem('order.total', 'money-unparsed')
  // Cancelled cards show no Total (ao_order-history-canceled-order.html): null, not missing.
  if (header.totalText === undefined && !cancelled) log.problem('order.total', 'missing')
  const order: Order = {
    key: orderKey(marketplace, ids.orderId),
    marketplace,
    orderId: ids.orderId,
    digital: ids.digital,
    total: header.total ?? null,
    shipments,
  }
  if (ids.aliases.length > 0) order.aliases = ids.aliases
  if (header.placedOn) order.placedOn = header.placedOn
  return order
}

/**
 * Every order on a list page, one per card, detecting the layout generation per card (generations coexist
 * on one page). Issues record which selector alternative matched at each site and every field not read;
 * `complete` is false when any card lacks an id, an order date, a total (except cancelled orders) or an item title.
 */
export function parseOrderList(doc: HtmlDoc, ctx: PageContext): ParseResult<Order[]> {
  const log = new IssueLog()
  const scope = firstMatch(doc.root, page.listContainer, 'page.listContainer', log)?.element ?? doc.root
  const found = allMatches(scope, S.card, 'orderList.card', log)
  const cards = found.elements
  // An order id outside every card we recognised means cards we cannot see: the page is only partly read.
  const cardSelector = S.card[found.variant] ?? S.card[0]
  if (scope.queryAll(S.orderId[0]).some((id) => id.closest(cardSelector) === undefined)) log.problem('orderList.card', 'order-outside-card')
  const byId = new Map<string, Order>()
  for (const card of cards) {
    const order = readCard(card, ctx, log)
    if (!order) continue
    // The same order twice on one page means we mis-scoped a card: keep the first, say so.
    if (byId.has(order.orderId)) log.problem('order.orderId', 'duplicate-card')
    else byId.set(order.orderId, order)
  }
  return { value: [...byId.values()], issues: log.issues, complete: log.complete }
}
