// `shipment/mark` requests: received / not received / ignore, from the popup or a badge on an Amazon page.
import { orderKey, type ShipmentKey } from '../../core/model/order.ts'
import type { Decision } from '../../core/model/parcel.ts'
import { fail, ok, type Server, type TrustedSender } from '../../messaging/server.ts'
import type { OrderBadge, ShipmentMark, ShipmentMarkRequest } from '../../messaging/protocol.ts'
import { putDecision } from '../../storage/repositories/decisions.ts'
import { badgeStates } from '../badges.ts'
import type { BackgroundContext } from '../context.ts'
import { computeOutcomes, runReconcileJob } from '../reconcile-job.ts'

const DECISION: Record<ShipmentMark, 'received' | 'not-received' | 'ignore'> = { received: 'received', 'not-received': 'not-received', ignore: 'ignore' }

type Targets = { keys: ShipmentKey[]; orderKey?: string } | { error: 'bad-sender' | 'bad-payload' | 'not-found' }

/**
 * The shipments a request names. An Amazon tab may only touch its own storefront's shipments
 * (a page on amazon.de must not act on the amazon.com ledger); `orderId` is only meaningful there.
 */
async function targets(ctx: BackgroundContext, req: ShipmentMarkRequest, sender: TrustedSender): Promise<Targets> {
  const db = await ctx.db()
  if ('shipmentKey' in req) {
    if (sender.class === 'amazon-tab' && !req.shipmentKey.startsWith(`${sender.marketplace}:`)) return { error: 'bad-sender' }
    const shipment = await db.shipments.get(req.shipmentKey)
    return shipment ? { keys: [shipment.key], orderKey: shipment.orderKey } : { error: 'not-found' }
  }
  if (sender.class !== 'amazon-tab') return { error: 'bad-payload' }
  const key = orderKey(sender.marketplace, req.orderId)
  const outcomes = (await computeOutcomes(ctx)).shipments.filter((s) => s.orderKey === key && s.outcome === 'awaiting-confirmation')
  return outcomes.length > 0 ? { keys: outcomes.map((s) => s.shipmentKey), orderKey: key } : { error: 'not-found' }
}

export function registerShipmentHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('shipment/mark', async (req, sender) => {
    const found = await targets(ctx, req, sender)
    if ('error' in found) return fail(found.error)
    const db = await ctx.db()
    const decidedAt = ctx.now()
    let marked = 0
    for (const shipmentKey of found.keys) {
      const decision: Decision = { kind: DECISION[req.mark], shipmentKey, decidedAt }
      const result = await putDecision(db, decision)
      if (result === 'added' || result === 'updated') marked++
    }
    const result = marked > 0 ? await runReconcileJob(ctx) : await computeOutcomes(ctx)
    if (marked > 0) await ctx.broadcast({ notice: 'ledger/changed', body: { reason: 'decisions' } })
    let badge: OrderBadge | undefined
    if (sender.class === 'amazon-tab' && found.orderKey) {
      const order = await db.orders.get(found.orderKey)
      if (order) badge = badgeStates([{ ...order, shipments: [] }], result.shipments)[0]
    }
    return ok(badge ? { marked, badge } : { marked })
  })
}
