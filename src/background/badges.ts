// Badge states for the orders on a captured page: derived state only, never ledger values.
import type { Order } from '../core/model/order.ts'
import type { ShipmentOutcome } from '../core/model/parcel.ts'
import type { BadgeState, OrderBadge } from '../messaging/protocol.ts'

// When an order's shipments disagree, the state asking for action wins, then evidence of arrival.
const PRIORITY: readonly BadgeState[] = ['awaiting-confirmation', 'matched', 'received', 'none']

function shipmentState(outcome: ShipmentOutcome['outcome'] | undefined): BadgeState {
  if (outcome === 'awaiting-confirmation' || outcome === 'matched' || outcome === 'received') return outcome
  return 'none'
}

/** One badge per order id on the page, from the shipment outcomes of that order. */
export function badgeStates(orders: readonly Order[], outcomes: readonly ShipmentOutcome[]): OrderBadge[] {
  const byOrder = new Map<string, BadgeState[]>()
  for (const o of outcomes) {
    const list = byOrder.get(o.orderKey)
    if (list) list.push(shipmentState(o.outcome))
    else byOrder.set(o.orderKey, [shipmentState(o.outcome)])
  }
  const badges = new Map<string, BadgeState>()
  for (const order of orders) {
    const states = byOrder.get(order.key) ?? []
    const state = PRIORITY.find((s) => states.includes(s)) ?? 'none'
    badges.set(order.orderId, state)
  }
  return [...badges].map(([orderId, state]) => ({ orderId, state }))
}
