// Export rows (one per item per shipment) → orders with shipments and items, plus what was skipped and why.
import type { LanguagePack } from '../../core/locale/language-pack.ts'
import { languagePack } from '../../core/locale/languages/index.ts'
import { marketplaceById } from '../../core/locale/marketplaces.ts'
import { isSampleItem } from '../../core/locale/samples.ts'
import type { Money } from '../../core/model/money.ts'
import { orderKey, shipmentKey, type Item, type MarketplaceId, type Order, type Shipment, type ShipmentStatus } from '../../core/model/order.ts'
import type { PlainDate } from '../../core/model/plain-date.ts'
import { cellOf, whereOf, type ExportRow } from './parse-rows.ts'
import { cellValue, isoToPlainDate, marketplaceOfWebsite, parseAmount, parseCarrierTracking, parseQuantity, type CarrierTracking } from './values.ts'

interface OrderDraft {
  key: string
  marketplace: MarketplaceId
  orderId: string
  placedOn: PlainDate
  shipments: Map<string, Shipment>
  totals: Money[]
  totalReadable: boolean
}

function statusOf(orderStatus: string | undefined, shipmentStatus: string | undefined, shippedOn: string | undefined): ShipmentStatus {
  const o = (orderStatus ?? '').trim().toLowerCase()
  if (o.startsWith('cancel')) return 'cancelled'
  // The export states no delivery: the best it knows is "shipped".
  if ((shipmentStatus ?? '').trim().toLowerCase() === 'shipped' || shippedOn) return 'shipped'
  return o === 'closed' ? 'unknown' : 'pending'
}

function sumTotals(totals: Money[]): Money | undefined {
  const first = totals[0]
  if (!first || totals.some((t) => t.currency !== first.currency)) return undefined
  return { minor: totals.reduce((s, t) => s + t.minor, 0), currency: first.currency }
}

/** Remembers what `read` made of each distinct cell text: rows repeat Website, dates and tracking. */
class Memo<T> {
  private readonly seen = new Map<string | undefined, T>()
  constructor(private readonly read: (raw: string | undefined) => T) {}
  get(raw: string | undefined): T {
    let value = this.seen.get(raw)
    if (value === undefined && !this.seen.has(raw)) {
      value = this.read(raw)
      this.seen.set(raw, value)
    }
    return value as T
  }
}

function summarise(list: string[]): string {
  return list.length <= 5 ? list.join(', ') : `${list.slice(0, 5).join(', ')} and ${list.length - 5} more`
}

// Titles are in the storefront's default language (the export has no display language).
const PACKS = new Map<MarketplaceId, LanguagePack | undefined>()
function packOf(marketplace: MarketplaceId): LanguagePack | undefined {
  if (!PACKS.has(marketplace)) PACKS.set(marketplace, languagePack(marketplaceById(marketplace)!.defaultLanguage))
  return PACKS.get(marketplace)
}

function itemOf(row: ExportRow, marketplace: MarketplaceId, currency: string, quantity: number): Item {
  const title = cellValue(cellOf(row, 'productName')) ?? ''
  const item: Item = { title, quantity }
  const asin = cellValue(cellOf(row, 'asin'))
  if (asin) item.asin = asin
  const unitPrice = parseAmount(cellOf(row, 'unitPrice'), currency)
  if (unitPrice) item.unitPrice = unitPrice
  const pack = packOf(marketplace)
  if (isSampleItem(item, pack)) item.sample = true
  return item
}

function newShipment(row: ExportRow, draft: OrderDraft, tracking: CarrierTracking, shippedOn: PlainDate | undefined, currency: string): Shipment {
  const subtotal = parseAmount(cellOf(row, 'shipmentSubtotal'), currency)
  return {
    key: shipmentKey(draft.marketplace, draft.orderId, { trackingId: tracking.trackingIds[0], shippedOn, position: draft.shipments.size }),
    orderKey: draft.key,
    status: statusOf(cellOf(row, 'orderStatus'), cellOf(row, 'shipmentStatus'), shippedOn),
    trackingIds: [...tracking.trackingIds],
    ...(tracking.carrier ? { carrier: tracking.carrier } : {}),
    ...(shippedOn ? { shippedOn } : {}),
    items: [],
    ...(subtotal ? { subtotal } : {}),
    source: 'export',
  }
}

export interface BuiltOrders { orders: Order[]; issues: string[] }

/**
 * Groups rows into orders (per marketplace and Order ID) and shipments: rows of one order with the same
 * `Carrier Name & Tracking Number`, or the same `Ship Date` when tracking is `Not Available`.
 * `Shipment Item Subtotal` repeats the shipment's subtotal on each row, so it is taken once, never summed;
 * the order total is the sum of the per-row `Total Owed`/`Total Amount`.
 */
export function buildOrders(rows: readonly ExportRow[]): BuiltOrders {
  const drafts = new Map<string, OrderDraft>()
  const unknownSites = new Map<string, string[]>()
  const skipped: string[] = []
  const sites = new Memo(marketplaceOfWebsite)
  const dates = new Memo(isoToPlainDate)
  const trackings = new Memo(parseCarrierTracking)

  for (const row of rows) {
    const website = cellOf(row, 'website')
    const marketplace = sites.get(website)
    if (!marketplace) {
      const site = (website ?? '').trim() || '(empty)'
      const list = unknownSites.get(site) ?? []
      list.push(whereOf(row))
      unknownSites.set(site, list)
      continue
    }
    const orderId = cellValue(cellOf(row, 'orderId'))
    const placedOn = dates.get(cellOf(row, 'orderDate'))
    if (!orderId || !placedOn) {
      skipped.push(`${whereOf(row)}: ${!orderId ? 'no Order ID' : `unreadable Order Date "${cellOf(row, 'orderDate') ?? ''}"`}`)
      continue
    }
    const currencyCell = (cellOf(row, 'currency') ?? '').trim()
    const currency = /^[A-Z]{3}$/.test(currencyCell) ? currencyCell : marketplaceById(marketplace)!.currency

    const key = orderKey(marketplace, orderId)
    let draft = drafts.get(key)
    if (!draft) {
      draft = { key, marketplace, orderId, placedOn, shipments: new Map(), totals: [], totalReadable: true }
      drafts.set(key, draft)
    }
    if (placedOn < draft.placedOn) draft.placedOn = placedOn

    const total = parseAmount(cellOf(row, 'totalOwed'), currency)
    if (total) draft.totals.push(total)
    else draft.totalReadable = false

    const tracking = trackings.get(cellOf(row, 'carrierTracking'))
    const shippedOn = dates.get(cellOf(row, 'shipDate'))
    const groupKey = tracking.trackingIds.length > 0 ? `t:${tracking.trackingIds.join(',')}` : `d:${shippedOn ?? ''}`
    let shipment = draft.shipments.get(groupKey)
    if (!shipment) {
      shipment = newShipment(row, draft, tracking, shippedOn, currency)
      draft.shipments.set(groupKey, shipment)
    }

    const quantity = parseQuantity(cellOf(row, 'quantity'))
    if (quantity === undefined) skipped.push(`${whereOf(row)}: unreadable quantity "${cellOf(row, 'quantity') ?? ''}", counted as 1`)
    shipment.items.push(itemOf(row, marketplace, currency, quantity ?? 1))
  }

  const issues: string[] = []
  for (const [site, where] of unknownSites) {
    issues.push(`Unknown Website "${site}": ${where.length} row(s) skipped (${summarise(where)}). Which Amazon storefront is it?`)
  }
  issues.push(...skipped)

  // Fields in model order, so printed JSON reads naturally.
  const orders = [...drafts.values()].map((d): Order => ({
    key: d.key,
    marketplace: d.marketplace,
    orderId: d.orderId,
    placedOn: d.placedOn,
    total: d.totalReadable ? (sumTotals(d.totals) ?? null) : null,
    digital: false,
    shipments: [...d.shipments.values()],
  }))
  orders.sort((a, b) => (a.placedOn! < b.placedOn! ? -1 : a.placedOn! > b.placedOn! ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { orders, issues }
}
