// Field types of every table's records in a backup, and the derived-key rules each row must satisfy.
import { EXPLANATIONS, SHIPMENT_STATUSES, orderKey, type Coverage, type Decision, type Notice } from '../../core/model/index.ts'
import type { TableName } from '../db.ts'
import { coverageId } from '../repositories/coverage.ts'
import { decisionSubject } from '../repositories/decisions.ts'
import { noticeId } from '../repositories/notices.ts'
import {
  anyJson, arrayOf, bool, count, date, encodedBlob, isoTime, money, nonEmpty, nullable, oneOf, optional, shape, str, type Check,
} from './check.ts'

const item = shape({ title: str, asin: optional(str), quantity: count, unitPrice: optional(money), sample: optional(bool) })

const decisionBase = { subject: nonEmpty, decidedAt: str }
const DECISION_SHAPES: Record<Decision['kind'], Check> = {
  confirm: shape({ ...decisionBase, parcelId: nonEmpty, shipmentKey: nonEmpty }),
  reject: shape({ ...decisionBase, parcelId: nonEmpty, shipmentKey: nonEmpty }),
  explain: shape({ ...decisionBase, parcelId: nonEmpty, explanation: oneOf(EXPLANATIONS) }),
  received: shape({ ...decisionBase, shipmentKey: nonEmpty }),
  'not-received': shape({ ...decisionBase, shipmentKey: nonEmpty }),
  ignore: shape({ ...decisionBase, shipmentKey: nonEmpty }),
}

const decision: Check = (v, p) => {
  const kind = oneOf(Object.keys(DECISION_SHAPES))((v as { kind?: unknown } | null)?.kind, `${p}.kind`)
  return kind ?? DECISION_SHAPES[(v as Decision).kind](v, p)
}

export const RECORD_CHECKS: Record<TableName, Check> = {
  orders: shape({
    key: nonEmpty, marketplace: nonEmpty, orderId: nonEmpty, aliases: optional(arrayOf(str)),
    placedOn: optional(date), total: optional(nullable(money)), digital: bool,
  }),
  shipments: shape({
    key: nonEmpty, orderKey: nonEmpty, shipmentId: optional(str), packageIndex: optional(count),
    status: oneOf(SHIPMENT_STATUSES), trackingIds: arrayOf(str), carrier: optional(str),
    shippedOn: optional(date), deliveredOn: optional(date), expectedOn: optional(date),
    items: arrayOf(item), source: oneOf(['page', 'export']), mergedKeys: optional(arrayOf(str)),
  }),
  parcels: shape({
    id: nonEmpty, receivedOn: date, trackingNumbers: arrayOf(str), carrier: optional(str), sender: optional(str),
    contents: optional(str), slipOrderId: optional(str), samplesCard: optional(str), amazonPackaging: optional(bool),
    notes: optional(str), marketplace: optional(str), createdAt: optional(str), normalizedSender: optional(str),
    labelPhoto: optional(encodedBlob),
  }),
  decisions: decision,
  notices: shape({
    id: nonEmpty, kind: oneOf(['sample', 'samples-card']), orderKey: optional(str), shipmentKey: optional(str),
    parcelId: optional(str), text: optional(str), date: optional(date), marketplace: optional(str),
  }),
  coverage: shape({ id: nonEmpty, marketplace: nonEmpty, from: date, to: date, source: oneOf(['export', 'sync']) }),
  syncState: shape({ key: nonEmpty, value: anyJson }),
  parseHealth: shape({
    id: nonEmpty, pageKind: nonEmpty, marketplace: str, at: isoTime, runs: count, incompleteRuns: count,
    last: shape({
      complete: bool, orders: count,
      variants: arrayOf(shape({ site: str, variant: count })),
      misses: arrayOf(str),
      fieldProblems: arrayOf(shape({ field: str, problem: str })),
    }),
  }),
  problems: shape({ id: nonEmpty, kind: nonEmpty, marketplace: optional(str), at: isoTime }),
  meta: shape({ key: nonEmpty, value: anyJson }),
}

/** Rules tying a row's key to its content (a hand-edited key would break upserts). Runs after the type check. */
export const KEY_RULES: Partial<Record<TableName, (row: Record<string, unknown>) => string | undefined>> = {
  orders: (r) => (r.key === orderKey(r.marketplace as string, r.orderId as string) ? undefined : 'key must be "marketplace:orderId"'),
  shipments: (r) => ((r.key as string).startsWith(`${r.orderKey as string}:`) ? undefined : 'key must start with its orderKey'),
  decisions: (r) => (r.subject === decisionSubject(r as unknown as Decision) ? undefined : `subject must be "${decisionSubject(r as unknown as Decision)}"`),
  notices: (r) => (r.id === noticeId(r as unknown as Notice) ? undefined : 'id does not match the notice'),
  parseHealth: (r) => (r.id === `${r.pageKind as string}|${r.marketplace as string}` ? undefined : 'id must be "pageKind|marketplace"'),
  problems: (r) => (r.id === `${r.at as string}|${r.kind as string}|${(r.marketplace as string | undefined) ?? ''}` ? undefined : 'id must be "at|kind|marketplace"'),
  coverage: (r) => {
    if ((r.from as string) > (r.to as string)) return 'from must not be after to'
    return r.id === coverageId(r as unknown as Coverage) ? undefined : 'id does not match the range'
  },
}
