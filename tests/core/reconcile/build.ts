// Factories for reconcile tests: full records with overrides, synthetic and PII-free.
import { orderKey, shipmentKey, type Coverage, type Item, type Ledger, type Order, type Parcel, type Settings, type Shipment } from '../../../src/core/model/index.ts'

export const TODAY = '2026-11-20'
export const SETTINGS: Settings = { graceDays: 2, auditFrom: '2026-08-22' }

export function item(over: Partial<Item> = {}): Item {
  return { title: 'USB cable', quantity: 1, unitPrice: { minor: 999, currency: 'USD' }, ...over }
}

export function shipment(marketplace: string, orderId: string, over: Partial<Shipment> & { n?: number } = {}): Shipment {
  const { n = 0, ...rest } = over
  return {
    key: shipmentKey(marketplace, orderId, { position: n }),
    orderKey: orderKey(marketplace, orderId),
    status: 'delivered',
    trackingIds: [],
    items: [item()],
    source: 'export',
    ...rest,
  }
}

export function order(orderId: string, shipments: Array<Partial<Shipment> & { n?: number }>, over: Partial<Order> = {}): Order {
  const marketplace = over.marketplace ?? 'amazon.com'
  return {
    key: orderKey(marketplace, orderId),
    marketplace,
    orderId,
    placedOn: '2026-10-01',
    digital: false,
    shipments: shipments.map((s, i) => shipment(marketplace, orderId, { n: i, ...s })),
    ...over,
  }
}

export function parcel(id: string, over: Partial<Parcel> = {}): Parcel {
  return { id, receivedOn: '2026-11-10', trackingNumbers: [], ...over }
}

/** Coverage of the whole of 2026 up to TODAY for each marketplace. */
export function covered(...marketplaces: string[]): Coverage[] {
  return marketplaces.map((marketplace) => ({ marketplace, from: '2020-01-01', to: TODAY, source: 'export' as const }))
}

export function ledger(orders: Order[], coverage: Coverage[] = covered(...new Set(orders.map((o) => o.marketplace)))): Ledger {
  return { orders, coverage }
}
