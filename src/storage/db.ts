// The Dexie database: typed tables and the whole schema version history (never change a primary key).
import Dexie, { type DexieOptions, type EntityTable } from 'dexie'
import { upgradeParcelToV2 } from './migrations/v2-normalized-sender.ts'
import type {
  MetaRow, ParseHealthRow, ProblemRow, StoredCoverage, StoredDecision, StoredNotice, StoredOrder,
  StoredParcel, StoredShipment, SyncStateRow,
} from './records.ts'

export const DEFAULT_DB_NAME = 'unordered'

/**
 * Version 1 (0.1.0). Primary keys are natural keys so every re-ingest is an upsert:
 * orders `marketplace:orderId`, shipments `marketplace:orderId:shipment` (multi-entry on tracking ids),
 * decisions by subject, notices/coverage/parseHealth/problems by derived string ids.
 */
export const STORES_V1 = {
  orders: 'key, marketplace, placedOn',
  shipments: 'key, orderKey, *trackingIds, status, deliveredOn',
  parcels: 'id, receivedOn, *trackingNumbers',
  decisions: 'subject, parcelId, shipmentKey',
  notices: 'id, kind, orderKey, parcelId',
  coverage: 'id, marketplace',
  syncState: 'key',
  parseHealth: 'id, pageKind',
  problems: 'id, at',
  meta: 'key',
} as const

/** Version 2: parcels gain the `normalizedSender` field and index; the upgrader fills it from `sender`. */
export const STORES_V2 = {
  ...STORES_V1,
  parcels: 'id, receivedOn, *trackingNumbers, normalizedSender',
} as const

export const SCHEMA_VERSION = 2

export type TableName = keyof typeof STORES_V2
export const TABLE_NAMES = Object.keys(STORES_V2) as TableName[]

export class UnorderedDb extends Dexie {
  orders!: EntityTable<StoredOrder, 'key'>
  shipments!: EntityTable<StoredShipment, 'key'>
  parcels!: EntityTable<StoredParcel, 'id'>
  decisions!: EntityTable<StoredDecision, 'subject'>
  notices!: EntityTable<StoredNotice, 'id'>
  coverage!: EntityTable<StoredCoverage, 'id'>
  syncState!: EntityTable<SyncStateRow, 'key'>
  parseHealth!: EntityTable<ParseHealthRow, 'id'>
  problems!: EntityTable<ProblemRow, 'id'>
  meta!: EntityTable<MetaRow, 'key'>

  constructor(name: string, options?: DexieOptions) {
    super(name, options)
    this.version(1).stores(STORES_V1)
    // Keep this declaration forever: it carries an upgrader (platform.md §7.2).
    this.version(2).stores(STORES_V2).upgrade((tx) =>
      tx.table('parcels').toCollection().modify((parcel: StoredParcel, ref: { value: StoredParcel }) => {
        ref.value = upgradeParcelToV2(parcel)
      }),
    )
  }
}

/**
 * A handle on the database (opened lazily by Dexie on first use). Tests pass unique names;
 * `options` can supply another IndexedDB implementation (benchmarks use fake-indexeddb without globals).
 */
export function openDb(name: string = DEFAULT_DB_NAME, options?: DexieOptions): UnorderedDb {
  return new UnorderedDb(name, options)
}
