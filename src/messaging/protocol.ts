// One typed protocol map: every request name with its sender classes, request and reply types; notices apart.
import type { MarketplaceId, OrderKey, ShipmentKey } from '../core/model/order.ts'
import type { Explanation, Parcel, ParcelId } from '../core/model/parcel.ts'
import type { Settings } from '../core/model/ledger.ts'
import type { PlainDate } from '../core/model/plain-date.ts'

/** Who may send a message: a content script in an Amazon tab, or one of our extension pages. */
export type SenderClass = 'amazon-tab' | 'extension-page'

export interface CapturedPage {
  url: string
  html: string
}

/** What a badge on an Amazon page may show for one order: derived state only, never ledger values. */
export type BadgeState = 'received' | 'awaiting-confirmation' | 'matched' | 'none'

export interface OrderBadge {
  orderId: string
  state: BadgeState
}

export interface PageVerdict {
  kind: string
  marketplace?: MarketplaceId
  /** True when the page was an OK kind and its orders were stored. */
  accepted: boolean
  badges: OrderBadge[]
}

/** A parcel as the user logs it: everything but the id and time the background assigns; numbers as typed. */
export type ParcelDraft = Omit<Parcel, 'id' | 'createdAt'>

export type ShipmentMark = 'received' | 'not-received' | 'ignore'

/**
 * Which shipment(s) to mark. From an Amazon tab, `orderId` names an order of that tab's own
 * storefront (every shipment of it awaiting confirmation); a `shipmentKey` must be of that storefront too.
 */
export type ShipmentMarkRequest = { mark: ShipmentMark } & ({ shipmentKey: ShipmentKey } | { orderId: string })

export interface ImportSummary {
  rows: number
  added: number
  updated: number
  unchanged: number
  /** Coverage ranges recorded (data export only). */
  coverage: number
  /** Non-fatal notes for the user (skipped rows…); never order ids or tracking numbers. */
  issues: string[]
}

export interface LatestProblem {
  kind: string
  marketplace?: MarketplaceId
  at: string
}

export interface StatusSnapshot {
  lastCapture: { kind: string; marketplace?: MarketplaceId; at: string } | null
  latestProblem: LatestProblem | null
  /** The toolbar count: unmatched parcels plus deliveries awaiting confirmation. */
  attention: number
  orders: number
  parcels: number
}

export interface Protocol {
  'page/captured': { from: 'amazon-tab'; req: CapturedPage; res: PageVerdict }
  'shipment/mark': { from: 'amazon-tab' | 'extension-page'; req: ShipmentMarkRequest; res: { marked: number; badge?: OrderBadge } }
  'parcel/log': { from: 'extension-page'; req: { drafts: ParcelDraft[] }; res: { ids: ParcelId[] } }
  'parcel/edit': { from: 'extension-page'; req: { id: ParcelId; parcel: ParcelDraft }; res: { parcel: Parcel } }
  'parcel/delete': { from: 'extension-page'; req: { id: ParcelId }; res: { undoToken: string } }
  'parcel/undo-delete': { from: 'extension-page'; req: { undoToken: string }; res: { id: ParcelId } }
  'parcel/explain': { from: 'extension-page'; req: { parcelId: ParcelId; explanation: Explanation | null }; res: Record<string, never> }
  'match/confirm': { from: 'extension-page'; req: { parcelId: ParcelId; shipmentKey: ShipmentKey }; res: Record<string, never> }
  'match/reject': { from: 'extension-page'; req: { parcelId: ParcelId; shipmentKey: ShipmentKey }; res: Record<string, never> }
  'import/export-file': { from: 'extension-page'; req: { name: string; base64: string }; res: ImportSummary }
  'import/parcels-csv': { from: 'extension-page'; req: { name: string; text: string }; res: ImportSummary }
  'backup/export': { from: 'extension-page'; req: Record<string, never>; res: { fileName: string; json: string } }
  'backup/restore': { from: 'extension-page'; req: { json: string; mode: 'replace' | 'merge' }; res: { added: number; updated: number; unchanged: number } }
  'data/wipe': { from: 'extension-page'; req: { confirm: 'delete-all' }; res: Record<string, never> }
  'settings/get': { from: 'extension-page'; req: Record<string, never>; res: Settings }
  'settings/set': { from: 'extension-page'; req: Partial<Settings>; res: Settings }
  'status/get': { from: 'extension-page'; req: Record<string, never>; res: StatusSnapshot }
}

export type Kind = keyof Protocol
export type Req<K extends Kind> = Protocol[K]['req']
export type Res<K extends Kind> = Protocol[K]['res']

export type ErrorCode =
  | 'bad-sender'
  | 'bad-payload'
  | 'rate-limited'
  | 'not-found'
  | 'invalid-file'
  | 'failed'
export type Failure = { ok: false; code: ErrorCode; message?: string; problems?: string[] }
export type Reply<K extends Kind> = { ok: true; value: Res<K> } | Failure

/** The wire envelope: `{ type, payload }`. */
export interface Envelope<K extends Kind = Kind> {
  type: K
  payload: Req<K>
}

/** Which sender classes each request accepts (read by the server before anything else). */
export const SENDER_CLASSES: { readonly [K in Kind]: readonly SenderClass[] } = {
  'page/captured': ['amazon-tab'],
  'shipment/mark': ['amazon-tab', 'extension-page'],
  'parcel/log': ['extension-page'],
  'parcel/edit': ['extension-page'],
  'parcel/delete': ['extension-page'],
  'parcel/undo-delete': ['extension-page'],
  'parcel/explain': ['extension-page'],
  'match/confirm': ['extension-page'],
  'match/reject': ['extension-page'],
  'import/export-file': ['extension-page'],
  'import/parcels-csv': ['extension-page'],
  'backup/export': ['extension-page'],
  'backup/restore': ['extension-page'],
  'data/wipe': ['extension-page'],
  'settings/get': ['extension-page'],
  'settings/set': ['extension-page'],
  'status/get': ['extension-page'],
}

/**
 * Notices: one-way messages the background broadcasts to open extension pages; no reply is sent
 * or awaited, and the server never routes them.
 */
export interface Notices {
  'ledger/changed': { body: { reason: 'capture' | 'parcels' | 'decisions' | 'import' | 'restore' | 'wipe' } }
}
export type NoticeKind = keyof Notices
export interface NoticeEnvelope<K extends NoticeKind = NoticeKind> {
  notice: K
  body: Notices[K]['body']
}

/** Limits on payload sizes, shared by the schemas and the clients that build payloads. */
export const LIMITS = {
  html: 20 * 1024 * 1024,
  url: 8192,
  drafts: 500,
  trackingPerParcel: 20,
  trackingLength: 64,
  shortText: 200,
  longText: 2000,
  id: 128,
  fileName: 260,
  exportBase64: 48 * 1024 * 1024,
  csvText: 8 * 1024 * 1024,
  backupJson: 48 * 1024 * 1024,
} as const
