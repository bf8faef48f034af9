// User decisions: one current decision per subject (a parcel, a parcel–shipment rejection, a shipment).
import type { Decision, ParcelId, ShipmentKey } from '../../core/model/index.ts'
import { sameData } from '../canonical-json.ts'
import { compact } from '../compact.ts'
import type { UnorderedDb } from '../db.ts'
import type { StoredDecision } from '../records.ts'

/**
 * What a decision is about; a newer decision on the same subject replaces the older one.
 * Confirm and explain are about the parcel; a rejection is about one parcel–shipment pair (several
 * candidates can be rejected); received / not received / ignore are about the shipment.
 */
export function decisionSubject(d: Decision): string {
  switch (d.kind) {
    case 'confirm':
    case 'explain':
      return `parcel:${d.parcelId}`
    case 'reject':
      return `reject:${d.parcelId}>${d.shipmentKey}`
    case 'received':
    case 'not-received':
    case 'ignore':
      return `shipment:${d.shipmentKey}`
  }
}

export function decisionParcelId(d: Decision): ParcelId | undefined {
  return 'parcelId' in d ? d.parcelId : undefined
}

export function decisionShipmentKey(d: Decision): ShipmentKey | undefined {
  return 'shipmentKey' in d ? d.shipmentKey : undefined
}

export type PutDecisionResult = 'added' | 'updated' | 'unchanged' | 'missing-parcel' | 'missing-shipment'

/**
 * Records a decision, replacing the current one on its subject. Refuses (writes nothing) when the
 * parcel or shipment it names does not exist. Confirming a pair drops a rejection of the same pair
 * and vice versa.
 */
export async function putDecision(db: UnorderedDb, decision: Decision): Promise<PutDecisionResult> {
  return db.transaction('rw', [db.decisions, db.parcels, db.shipments], async () => {
    const parcelId = decisionParcelId(decision)
    const shipmentKey = decisionShipmentKey(decision)
    if (parcelId !== undefined && !(await db.parcels.get(parcelId))) return 'missing-parcel'
    if (shipmentKey !== undefined && !(await db.shipments.get(shipmentKey))) return 'missing-shipment'
    const row: StoredDecision = compact({ ...decision, subject: decisionSubject(decision) })
    if (decision.kind === 'confirm' || decision.kind === 'reject') {
      const opposite = decisionSubject({ ...decision, kind: decision.kind === 'confirm' ? 'reject' : 'confirm' })
      if (opposite !== row.subject) {
        const other = await db.decisions.get(opposite)
        if (other && decisionShipmentKey(other) === shipmentKey) await db.decisions.delete(opposite)
      }
    }
    const before = await db.decisions.get(row.subject)
    if (before && sameData(before, row)) return 'unchanged'
    await db.decisions.put(row)
    return before ? 'updated' : 'added'
  })
}

/** Removes the decision on a subject and returns it (for undo), or undefined when there was none. */
export async function removeDecision(db: UnorderedDb, subject: string): Promise<StoredDecision | undefined> {
  return db.transaction('rw', db.decisions, async () => {
    const before = await db.decisions.get(subject)
    if (before) await db.decisions.delete(subject)
    return before
  })
}
