// Parcels the user received, their decisions, and what reconciliation says about them.
import type { MarketplaceId, OrderKey, ShipmentKey } from './order.ts'
import type { PlainDate } from './plain-date.ts'

export type ParcelId = string

/** Carrier families used for matching: `amazon`, `dhl`, `ups`, `usps`, `fedex`, `royal-mail`… */
export type CarrierFamily = string

export interface Parcel {
  id: ParcelId
  receivedOn: PlainDate
  /** Normalised tracking numbers printed on the parcel. */
  trackingNumbers: string[]
  /** Carrier family when the user picked or we detected one with certainty. */
  carrier?: CarrierFamily
  sender?: string
  contents?: string
  /** Order number printed on a packing slip inside. */
  slipOrderId?: string
  /** Wording of a samples card found inside; empty string means "a card, wording not noted". */
  samplesCard?: string
  /** The user says it came in Amazon packaging. */
  amazonPackaging?: boolean
  notes?: string
  /** Marketplace the user associates with the parcel, when they said. */
  marketplace?: MarketplaceId
  /** ISO timestamp of creation, for ordering in the UI. */
  createdAt?: string
}

export const EXPLANATIONS = ['gift', 'household', 'replacement', 'vine', 'other-shop', 'misdelivery', 'amazon-samples'] as const
export type Explanation = (typeof EXPLANATIONS)[number]

/** A user decision. Stored as data; always overrides rules. */
export type Decision =
  | { kind: 'confirm'; parcelId: ParcelId; shipmentKey: ShipmentKey; decidedAt: string }
  | { kind: 'reject'; parcelId: ParcelId; shipmentKey: ShipmentKey; decidedAt: string }
  | { kind: 'explain'; parcelId: ParcelId; explanation: Explanation; decidedAt: string }
  | { kind: 'received'; shipmentKey: ShipmentKey; decidedAt: string }
  | { kind: 'not-received'; shipmentKey: ShipmentKey; decidedAt: string }
  | { kind: 'ignore'; shipmentKey: ShipmentKey; decidedAt: string }

export type ParcelOutcomeKind = 'matched' | 'probable' | 'ambiguous' | 'explained' | 'unmatched'

/** Which reconciliation rule decided an outcome (DESIGN.md §5). */
export type MatchRule = 'decision' | 'tracking' | 'slip' | 'date-window' | 'none'

export interface ParcelOutcome {
  parcelId: ParcelId
  outcome: ParcelOutcomeKind
  orderKey?: OrderKey
  shipmentKey?: ShipmentKey
  /** Candidate shipments for `probable` (one) and `ambiguous` (several). */
  candidates?: ShipmentKey[]
  explanation?: Explanation
  coverageGap: boolean
  suspectedBrushing: boolean
  /** Shared by every member of a series of unmatched parcels; null otherwise. */
  series: string | null
  /** One sentence naming the evidence. */
  reason: string
  /** The rule that decided the outcome. */
  rule?: MatchRule
  /** The parcel's tracking numbers that matched (each matches one parcel at most). */
  trackingIds?: string[]
}

export type ShipmentOutcomeKind = 'matched' | 'awaiting-confirmation' | 'received' | 'not-received' | 'ignored'

export interface ShipmentOutcome {
  shipmentKey: ShipmentKey
  orderKey: OrderKey
  outcome: ShipmentOutcomeKind
  reason: string
}

export type NoticeKind = 'sample' | 'samples-card'

export interface Notice {
  kind: NoticeKind
  orderKey?: OrderKey
  shipmentKey?: ShipmentKey
  parcelId?: ParcelId
  /** Item title or card wording. */
  text?: string
  date?: PlainDate
  marketplace?: MarketplaceId
}

/** A (marketplace, period) range whose orders are completely known. */
export interface Coverage {
  marketplace: MarketplaceId
  from: PlainDate
  to: PlainDate
  source: 'export' | 'sync'
}
