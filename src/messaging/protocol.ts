// One typed protocol map: every message name with its sender class, request and reply types.
import type { MarketplaceId } from '../core/model/order.ts'

/** Who may send a message: a content script in an Amazon tab, or one of our extension pages. */
export type SenderClass = 'amazon-tab' | 'extension-page'

export interface CapturedPage {
  url: string
  html: string
}

export interface PageVerdict {
  kind: string
  marketplace?: MarketplaceId
  accepted: boolean
}

export interface StatusSnapshot {
  lastCapture: { kind: string; marketplace?: MarketplaceId; at: string } | null
}

export interface Protocol {
  'page/captured': { from: 'amazon-tab'; req: CapturedPage; res: PageVerdict }
  'status/get': { from: 'extension-page'; req: Record<string, never>; res: StatusSnapshot }
}

export type Kind = keyof Protocol
export type Req<K extends Kind> = Protocol[K]['req']
export type Res<K extends Kind> = Protocol[K]['res']

export type ErrorCode = 'bad-sender' | 'bad-payload' | 'rate-limited' | 'failed' | 'not-ready'
export type Reply<K extends Kind> = { ok: true; value: Res<K> } | { ok: false; code: ErrorCode; message?: string }

/** The wire envelope: `{ type, payload }`. */
export interface Envelope<K extends Kind = Kind> {
  type: K
  payload: Req<K>
}

export const SENDER_CLASS: { [K in Kind]: Protocol[K]['from'] } = {
  'page/captured': 'amazon-tab',
  'status/get': 'extension-page',
}
