// Export rows (one per item per shipment) → orders with shipments and items, plus what was skipped and why.
import { marketplaceById } from '../../core/locale/marketplaces.ts'
import { languagePack } from '../../core/locale/languages/index.ts'
import type { LanguagePack } from '../../core/locale/language-pack.ts'
import { isSampleText } from '../../core/locale/samples.ts'
import type { Money } from '../../core/model/money.ts'
import { orderKey, shipmentKey, type Item, type MarketplaceId, type Order, type Shipment, type ShipmentStatus } from '../../core/model/order.ts'
import type { ExportRow } from './parse-rows.ts'
import { cellValue, isoToPlainDate, marketplaceOfWebsite, parseAmount, parseCarrierTracking, parseQuantity } from './values.ts'

interface ShipmentDraft {
  groupKey: string
  shipment: Shipment
}

interface OrderDraft {
  order: Order
  shipments: ShipmentDraft[]
  totals: Money[]
  totalReadable: boolean
}

function statusOf(orderStatus: string | undefined, shipmentStatus: string | undefined, shippedOn: string | undefined): ShipmentStatus {
  const o = (orderStatus ?? '').toLowerCase()
  if (o.startsWith('cancel')) return 'cancelled'
  // The export states no delivery: the best it knows is "shipped".
  if ((shipmentStatus ?? '').toLowerCase() === 'shipped' || shippedOn) return 'shipped'
  return o === 'closed' ? 'unknown' : 'pending'
}

function sumTotals(totals: Money[]): Money | undefined {
  const first = totals[0]
  if (!first || totals.some((t) => t.currency !== first.currency)) return undefined
  return { minor: totals.reduce((s, t) => s + t.minor, 0), currency: first.currency }
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

  for (const { where, values } of rows) {
    const marketplace: MarketplaceId | undefined = marketplaceOfWebsite(values.website)
    if (!marketplace) {
      const site = (values.website ?? '').trim() || '(empty)'
      unknownSites.set(site, [...(unknownSites.get(site) ?? []), where])
      continue
    }
    const orderId = cellValue(values.orderId)
    const placedOn = isoToPlainDate(values.orderDate)
    if (!orderId || !placedOn) {
      skipped.push(`${where}: ${!orderId ? 'no Order ID' : `unreadable Order Date "${values.orderDate ?? ''}"`}`)
      continue
    }
    const currency = /^[A-Z]{3}$/.test((values.currency ?? '').trim()) ? values.currency!.trim() : marketplaceById(marketplace)!.currency

    const key = orderKey(marketplace, orderId)
    let draft = drafts.get(key)
    if (!draft) {
      draft = { order: { key, marketplace, orderId, placedOn, digital: false, shipments: [] }, shipments: [], totals: [], totalReadable: true }
      drafts.set(key, draft)
    }
    if (placedOn < draft.order.placedOn!) draft.order.placedOn = placedOn

    const total = parseAmount(values.totalOwed, currency)
    if (total) draft.totals.push(total)
    else draft.totalReadable = false

    const { carrier, trackingIds } = parseCarrierTracking(values.carrierTracking)
    const shippedOn = isoToPlainDate(values.shipDate)
    const groupKey = trackingIds.length > 0 ? `t:${trackingIds.join(',')}` : `d:${shippedOn ?? ''}`
    let ship = draft.shipments.find((s) => s.groupKey === groupKey)
    if (!ship) {
      const position = draft.shipments.length
      const subtotal = parseAmount(values.shipmentSubtotal, currency)
      const shipment: Shipment = {
        key: shipmentKey(marketplace, orderId, { trackingId: trackingIds[0], shippedOn, position }),
        orderKey: key,
        status: statusOf(values.orderStatus, values.shipmentStatus, shippedOn),
        trackingIds,
        ...(carrier ? { carrier } : {}),
        ...(shippedOn ? { shippedOn } : {}),
        items: [],
        ...(subtotal ? { subtotal } : {}),
        source: 'export',
      }
      ship = { groupKey, shipment }
      draft.shipments.push(ship)
    }

    const title = cellValue(values.productName) ?? ''
    const quantity = parseQuantity(values.quantity)
    if (quantity === undefined) skipped.push(`${where}: unreadable quantity "${values.quantity ?? ''}", counted as 1`)
    const item: Item = { title, quantity: quantity ?? 1 }
    const asin = cellValue(values.asin)
    if (asin) item.asin = asin
    const unitPrice = parseAmount(values.unitPrice, currency)
    if (unitPrice) item.unitPrice = unitPrice
    const pack = packOf(marketplace)
    if (unitPrice?.minor === 0 || (pack && isSampleText(title, pack))) item.sample = true
    ship.shipment.items.push(item)
  }

  const issues: string[] = []
  for (const [site, where] of unknownSites) {
    issues.push(`Unknown Website "${site}": ${where.length} row(s) skipped (${summarise(where)}). Which Amazon storefront is it?`)
  }
  issues.push(...skipped)

  // Fields in model order, so printed JSON reads naturally.
  const orders = [...drafts.values()].map(({ order, shipments, totals, totalReadable }): Order => ({
    key: order.key,
    marketplace: order.marketplace,
    orderId: order.orderId,
    placedOn: order.placedOn,
    total: totalReadable ? (sumTotals(totals) ?? null) : null,
    digital: false,
    shipments: shipments.map((s) => s.shipment),
  }))
  orders.sort((a, b) => (a.placedOn! < b.placedOn! ? -1 : a.placedOn! > b.placedOn! ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return { orders, issues }
}
