// The walker run on every shipment while the ledger is indexed: outcome, sample notices, date-window bucket.
import type { Notice, Order, PlainDate, Settings, Shipment, ShipmentKey, ShipmentOutcome } from '../model/index.ts'
import type { CarrierFamilies } from './carriers.ts'
import { addDue, newDueIndex, type DueIndex } from './date-window-index.ts'
import type { ShipmentVerdict } from './decisions.ts'
import type { Walker } from './ledger-index.ts'
import { isNoticedSample } from './notices.ts'
import { shipmentJudge } from './shipment-outcomes.ts'

/** The parcels the date window will look at. */
export interface WindowParcels {
  /** Their received dates. */
  days: PlainDate[]
  /** True when some of them name their carrier. */
  byCarrier: boolean
}

export interface LedgerWalker extends Walker {
  /** Outcomes judged before matching (see `withMatched`), in shipment position order. */
  judged: ShipmentOutcome[]
  /** The shipment position of each of `judged`. */
  judgedAt: number[]
  notices: Notice[]
  /** Uncancelled shipments due on a day some window parcel needs; taken ones are skipped at query time. */
  due: DueIndex
}

/**
 * The ledger is ten times the parcels and reading a shipment is the cost, so everything done per
 * shipment happens in the one walk that builds the index.
 */
export function ledgerWalker(settings: Settings, today: PlainDate, verdicts: Map<ShipmentKey, ShipmentVerdict>, windowed: WindowParcels, families: CarrierFamilies): (count: number) => LedgerWalker {
  return (count) => {
    const judge = shipmentJudge(settings, today, verdicts)
    const due = newDueIndex(windowed.days, count, windowed.byCarrier)
    const wantDue = due.active
    // Lists, not an array by position: few shipments of a long history have an outcome.
    const judged: ShipmentOutcome[] = []
    const judgedAt: number[] = []
    const notices: Notice[] = []
    return {
      judged,
      judgedAt,
      notices,
      due,
      visit(s: Shipment, order: Order, at: number) {
        const outcome = judge(s, order.key)
        if (outcome) {
          judged.push(outcome)
          judgedAt.push(at)
        }
        if (wantDue && s.status !== 'cancelled') addDue(due, s, order, at, families)
        const items = s.items
        for (let k = 0; k < items.length; k++) {
          const item = items[k]!
          if (!isNoticedSample(item)) continue
          const date = s.deliveredOn ?? s.shippedOn ?? order.placedOn
          notices.push({ kind: 'sample', orderKey: order.key, shipmentKey: s.key, text: item.title, marketplace: order.marketplace, ...(date ? { date } : {}) })
        }
      },
    }
  }
}
