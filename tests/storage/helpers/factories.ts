// Synthetic, PII-free model records for storage tests: full objects with overrides.
import { orderKey, shipmentKey, type Order, type Parcel, type Shipment } from '../../../src/core/model/index.ts'

export function makeShipment(marketplace: string, orderId: string, over: Partial<Shipment> = {}): Shipment {
  const key = over.key ?? shipmentKey(marketplace, orderId, { shipmentId: over.shipmentId, position: 0 })
  return {
    key,
    orderKey: orderKey(marketplace, orderId),
    status: 'shipped',
    trackingIds: [],
    items: [{ title: 'Synthetic widget, blue', quantity: 1 }],
    source: 'page',
    ...over,
  }
}

export function makeOrder(marketplace: string, orderId: string, over: Partial<Order> = {}): Order {
  return {
    key: orderKey(marketplace, orderId),
    marketplace,
    orderId,
    placedOn: '2025-01-10',
    total: { minor: 1999, currency: 'EUR' },
    digital: false,
    shipments: [makeShipment(marketplace, orderId)],
    ...over,
  }
}

export function makeParcel(id: string, over: Partial<Parcel> = {}): Parcel {
  return { id, receivedOn: '2025-01-14', trackingNumbers: [], createdAt: '2025-01-14T10:00:00.000Z', ...over }
}

let counter = 0
/** A database name no other test uses. */
export function uniqueDbName(prefix = 'test'): string {
  return `${prefix}-${Date.now()}-${++counter}-${Math.random().toString(36).slice(2)}`
}
