// Orders, shipments and items as Unordered stores them: plain JSON records with natural keys.
import type { Money } from './money.ts'
import type { PlainDate } from './plain-date.ts'

/** A storefront, named by its host without `www.`: `amazon.de`, `amazon.co.uk`. */
export type MarketplaceId = string
/** Display language, a bare code: `en`, `de`, `fr`, `it`, `es`, `ja`. */
export type LanguageTag = string
/** `marketplace:orderId`, e.g. `amazon.de:302-1234567-1234567`. */
export type OrderKey = string
/** `marketplace:orderId:shipment`, see `shipmentKey`. */
export type ShipmentKey = string

export const SHIPMENT_STATUSES = ['pending', 'shipped', 'out-for-delivery', 'delivered', 'cancelled', 'returned', 'refunded', 'unknown'] as const
export type ShipmentStatus = (typeof SHIPMENT_STATUSES)[number]

export interface Item {
  title: string
  asin?: string
  quantity: number
  unitPrice?: Money
  /** A sample item: zero price or a localised sample label. */
  sample?: boolean
}

/** Where a fact came from: a page the user viewed, or Amazon's data export. */
export type FactSource = 'page' | 'export'

export interface Shipment {
  key: ShipmentKey
  orderKey: OrderKey
  /** Amazon's shipment id from the Track-package link (9 alphanumerics), when known. */
  shipmentId?: string
  packageIndex?: number
  /** Amazon's item id from the Track-package link (`itemId=`, 14–15 lower-case letters), when known. */
  itemId?: string
  status: ShipmentStatus
  /** Normalised tracking numbers (see core/tracking normalise). */
  trackingIds: string[]
  /** Carrier as Amazon printed it ("Versendet mit DHL", "AMZN_US"), raw. */
  carrier?: string
  shippedOn?: PlainDate
  deliveredOn?: PlainDate
  expectedOn?: PlainDate
  items: Item[]
  /** The shipment's item subtotal when a source states it once per shipment (the data export). */
  subtotal?: Money
  source: FactSource
}

export interface Order {
  key: OrderKey
  marketplace: MarketplaceId
  orderId: string
  /** Other ids the pages link this order by. */
  aliases?: string[]
  placedOn?: PlainDate
  total?: Money | null
  digital: boolean
  shipments: Shipment[]
}

export function orderKey(marketplace: MarketplaceId, orderId: string): OrderKey {
  return `${marketplace}:${orderId}`
}

/**
 * The shipment part of a natural key, most stable evidence first:
 * Amazon's shipmentId (+ package index), else a tracking number, else the ship date, else a position.
 */
export function shipmentKey(
  marketplace: MarketplaceId,
  orderId: string,
  part: { shipmentId?: string; packageIndex?: number; trackingId?: string; shippedOn?: PlainDate; position?: number },
): ShipmentKey {
  const base = `${marketplace}:${orderId}:`
  if (part.shipmentId) return `${base}s-${part.shipmentId}-${part.packageIndex ?? 0}`
  if (part.trackingId) return `${base}t-${part.trackingId}`
  if (part.shippedOn) return `${base}d-${part.shippedOn}`
  return `${base}n-${part.position ?? 0}`
}
