// Row shapes of every Dexie table: core model records plus the few storage-only fields.
import type { Coverage, Decision, Notice, Order, Parcel, Shipment } from '../core/model/index.ts'

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue }

/** An order without its nested shipments (they live in their own table, keyed by `orderKey`). */
export type StoredOrder = Omit<Order, 'shipments'>

export type StoredShipment = Shipment & {
  /** Weaker keys this shipment was first seen under (list page before details page), so re-sends find it. */
  mergedKeys?: string[]
}

export type StoredParcel = Parcel & {
  /** Sender folded for series detection (schema v2, see migrations/v2-normalized-sender.ts). */
  normalizedSender?: string
  /** Optional photo of the shipping label, kept only on this device (and in backups as base64). */
  labelPhoto?: Blob
}

/** A decision plus its subject: one current decision per subject (see repositories/decisions.ts). */
export type StoredDecision = Decision & { subject: string }

export type StoredNotice = Notice & { id: string }

export type StoredCoverage = Coverage & { id: string }

export interface SyncStateRow {
  key: string
  value: JsonValue
}

/** The last parse run of one page kind on one marketplace, and running totals. */
export interface ParseHealthRow {
  /** `pageKind|marketplace`. */
  id: string
  pageKind: string
  marketplace: string
  /** ISO timestamp of the last run. */
  at: string
  runs: number
  incompleteRuns: number
  last: ParseRunSummary
}

export interface ParseRunSummary {
  complete: boolean
  orders: number
  /** Which alternative matched at each selector site (0 = newest). */
  variants: Array<{ site: string; variant: number }>
  /** Selector sites where no alternative matched. */
  misses: string[]
  /** Fields that could not be read, e.g. `{ field: 'total', problem: 'money-unparsed' }`. */
  fieldProblems: Array<{ field: string; problem: string }>
}

/** A page that could not be read (sign-in, CAPTCHA…). No URL, no page text: nothing personal. */
export interface ProblemRow {
  /** `at|kind|marketplace`. */
  id: string
  kind: string
  marketplace?: string
  /** ISO timestamp. */
  at: string
}

export interface MetaRow {
  key: string
  value: JsonValue
}
