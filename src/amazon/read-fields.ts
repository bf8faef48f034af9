// Reads typed values (dates, money, statuses, items) out of matched elements with the page's language pack.
import { isSampleItem } from '../core/locale/samples.ts'
import { findPhrase } from '../core/locale/phrase-pattern.ts'
import { normalizeText } from '../core/locale/normalize.ts'
import { parseDate } from '../core/locale/parse-date.ts'
import { parseMoney } from '../core/locale/parse-money.ts'
import { readStatus } from '../core/locale/status.ts'
import { orderKey, shipmentKey, type Item, type Money, type Order, type PlainDate, type Shipment } from '../core/model/index.ts'
import type { Spellings } from '../core/locale/language-pack.ts'
import type { HtmlElement } from './html.ts'
import { IssueLog, firstMatch } from './extract.ts'
import { asinOfLink, resolveHref, type TrackLinkKey } from './order-ids.ts'
import type { PageContext } from './page-context.ts'

/** Lower-case normalised text without a trailing colon: how labels are compared with pack spellings. */
export function labelText(s: string): string {
  return normalizeText(s).toLowerCase().replace(/\s*:\s*$/, '')
}

/** True when `label` is exactly one of `spellings` (so "Total before tax" is not "Total"). */
export function labelIs(label: string, spellings: Spellings): boolean {
  const l = labelText(label)
  return spellings.some((s) => s === l)
}

/** True when one of `spellings` occurs in `label` as a whole word. */
export function labelHas(label: string, spellings: Spellings): boolean {
  return findPhrase(labelText(label), spellings) !== undefined
}

/** The date inside `text` with the page's pack; year-less dates follow `anchor` (the order date). */
export function readDate(text: string, ctx: PageContext, anchor?: PlainDate): PlainDate | undefined {
  const r = parseDate(text, ctx.pack, { anchor, captured: ctx.captured })
  return r.ok ? r.date : undefined
}

/** The amount inside `text` in the marketplace's currency, unless the text names another explicitly. */
export function readMoney(text: string, ctx: PageContext): Money | undefined {
  const r = parseMoney(text, ctx.pack, ctx.marketplace.currency)
  return r.ok ? r.money : undefined
}

/** Status and its date for one shipment; empty text (Subscribe & Save, eGift) gives `unknown` and an optional issue. */
export function readShipmentStatus(
  text: string | undefined,
  ctx: PageContext,
  anchor: PlainDate | undefined,
  log: IssueLog,
  elementRequired = false,
): Pick<Shipment, 'status' | 'deliveredOn' | 'expectedOn' | 'shippedOn'> {
  // Current layouts always render the status element (empty for Subscribe & Save or eGift); legacy ones omit it on old orders.
  if (text === undefined && elementRequired) {
    log.problem('shipment.status', 'missing')
    return { status: 'unknown' }
  }
  const t = text?.trim() ?? ''
  if (t === '') {
    log.problem('shipment.status', 'empty', false)
    return { status: 'unknown' }
  }
  const r = readStatus(t, ctx.pack, { anchor, captured: ctx.captured })
  if (!r) {
    log.problem('shipment.status', 'status-unparsed', false)
    return { status: 'unknown' }
  }
  const out: Pick<Shipment, 'status' | 'deliveredOn' | 'expectedOn' | 'shippedOn'> = { status: r.status }
  if (r.date && r.dateKind === 'delivered') out.deliveredOn = r.date
  if (r.date && r.dateKind === 'expected') out.expectedOn = r.date
  if (r.date && r.dateKind === 'shipped') out.shippedOn = r.date
  return out
}

/** Selector sites of one item, as the list and details groups name them. */
export interface ItemSites {
  itemTitle: readonly string[]
  itemLink: readonly string[]
  quantity: readonly string[]
  unitPrice: readonly string[]
}

// Titles are bounded: a hostile page can put 100 kB in a title; nothing downstream needs more.
const MAX_TITLE = 500

/**
 * One item: title (required), ASIN from its product link, quantity badge (default 1), unit price when shown.
 * `receipt` says (lazily) whether the card is a store receipt, whose grids without title or product link are not items.
 */
export function readItem(el: HtmlElement, sites: ItemSites, prefix: string, ctx: PageContext, log: IssueLog, receipt: () => boolean = () => false): Item | undefined {
  const titleEl = firstMatch(el, sites.itemTitle, `${prefix}.itemTitle`, log)?.element
  // Image-grid items (store, Fresh) carry their title only in the image's alt text.
  const title = normalizeText(titleEl?.text() || titleEl?.attr('alt') || '').slice(0, MAX_TITLE)
  const link = firstMatch(el, sites.itemLink, `${prefix}.itemLink`, log)
  if (title === '') {
    // On store receipts a grid without a product link is not an item (Whole Foods: "11 items in this purchase").
    if (!link && receipt()) log.problem(`${prefix}.item`, 'not-listed-on-receipt', false)
    else log.problem(`${prefix}.itemTitle`, 'missing')
    return undefined
  }
  const item: Item = { title, quantity: 1 }
  const href = resolveHref(link?.element.attr('href'), ctx.url)
  const asin = href ? asinOfLink(href) : undefined
  if (asin) item.asin = asin
  const qty = firstMatch(el, sites.quantity, `${prefix}.quantity`, log)?.element.text()
  if (qty !== undefined && qty !== '') {
    const n = /^\d{1,4}$/.test(normalizeText(qty)) ? Number(normalizeText(qty)) : NaN
    if (Number.isInteger(n) && n > 0) item.quantity = n
    else log.problem(`${prefix}.quantity`, 'quantity-unparsed', false)
  }
  const price = firstMatch(el, sites.unitPrice, `${prefix}.unitPrice`, log)?.element.text()
  if (price) {
    const money = readMoney(price, ctx)
    if (money) item.unitPrice = money
    else log.problem(`${prefix}.unitPrice`, 'money-unparsed', false)
  }
  if (isSampleItem(item, ctx.pack)) item.sample = true
  return item
}

/** A shipment read from a list card or details box: keyed by its Track-package link when it has one, else by position. */
export function pageShipment(
  order: Pick<Order, 'marketplace' | 'orderId'>,
  key: TrackLinkKey,
  status: Pick<Shipment, 'status' | 'deliveredOn' | 'expectedOn' | 'shippedOn'>,
  items: Item[],
  position: number,
): Shipment {
  const shipment: Shipment = {
    key: shipmentKey(order.marketplace, order.orderId, { shipmentId: key.shipmentId, packageIndex: key.packageIndex, position }),
    orderKey: orderKey(order.marketplace, order.orderId),
    status: status.status,
    trackingIds: [],
    items,
    source: 'page',
  }
  if (key.shipmentId) {
    shipment.shipmentId = key.shipmentId
    shipment.packageIndex = key.packageIndex ?? 0
  }
  if (key.itemId) shipment.itemId = key.itemId
  if (status.deliveredOn) shipment.deliveredOn = status.deliveredOn
  if (status.expectedOn) shipment.expectedOn = status.expectedOn
  if (status.shippedOn) shipment.shippedOn = status.shippedOn
  return shipment
}
