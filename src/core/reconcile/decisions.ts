// Folds the user's decisions into one verdict per parcel and per shipment, independent of input order.
import type { Decision, Explanation, ParcelId, ShipmentKey } from '../model/index.ts'

export type ParcelVerdict =
  | { kind: 'confirm'; shipmentKey: ShipmentKey }
  | { kind: 'explain'; explanation: Explanation }

export interface ParcelDecisions {
  /** The latest confirm or explain, unless a later reject withdrew that confirm. */
  verdict?: ParcelVerdict
  /** Shipments the user said this parcel is not; absent until the first reject (most parcels have none). */
  rejected?: Set<ShipmentKey>
}

export type ShipmentVerdict = 'received' | 'not-received' | 'ignored'

export interface FoldedDecisions {
  parcels: Map<ParcelId, ParcelDecisions>
  shipments: Map<ShipmentKey, ShipmentVerdict>
}

const KIND_RANK: Record<Decision['kind'], number> = { reject: 0, confirm: 1, explain: 2, received: 3, 'not-received': 4, ignore: 5 }

function detail(d: Decision): string {
  return d.kind === 'explain' ? d.explanation : d.shipmentKey
}

// Same-instant decisions are ordered by kind and detail so any input order gives the same fold.
function compareDecisions(a: Decision, b: Decision): number {
  if (a.decidedAt !== b.decidedAt) return a.decidedAt < b.decidedAt ? -1 : 1
  if (a.kind !== b.kind) return KIND_RANK[a.kind] - KIND_RANK[b.kind]
  const da = detail(a)
  const db = detail(b)
  return da < db ? -1 : da > db ? 1 : 0
}

/**
 * Replays decisions oldest first: a later confirm or explain replaces an earlier one; a reject
 * adds the shipment to the parcel's rejected set and withdraws a confirm of that same shipment;
 * a confirm lifts an earlier reject of its shipment. For shipments the latest decision wins.
 */
export function foldDecisions(decisions: readonly Decision[]): FoldedDecisions {
  const parcels = new Map<ParcelId, ParcelDecisions>()
  const shipments = new Map<ShipmentKey, ShipmentVerdict>()
  const of = (id: ParcelId): ParcelDecisions => {
    let p = parcels.get(id)
    if (!p) parcels.set(id, (p = {}))
    return p
  }
  for (const d of [...decisions].sort(compareDecisions)) {
    switch (d.kind) {
      case 'confirm': {
        const p = of(d.parcelId)
        p.rejected?.delete(d.shipmentKey)
        p.verdict = { kind: 'confirm', shipmentKey: d.shipmentKey }
        break
      }
      case 'reject': {
        const p = of(d.parcelId)
        ;(p.rejected ??= new Set()).add(d.shipmentKey)
        if (p.verdict?.kind === 'confirm' && p.verdict.shipmentKey === d.shipmentKey) p.verdict = undefined
        break
      }
      case 'explain':
        of(d.parcelId).verdict = { kind: 'explain', explanation: d.explanation }
        break
      case 'received':
        shipments.set(d.shipmentKey, 'received')
        break
      case 'not-received':
        shipments.set(d.shipmentKey, 'not-received')
        break
      case 'ignore':
        shipments.set(d.shipmentKey, 'ignored')
        break
    }
  }
  return { parcels, shipments }
}
