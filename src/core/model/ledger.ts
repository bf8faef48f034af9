// What reconciliation reads: every known order (with shipments) and which periods are complete.
import type { Order } from './order.ts'
import type { Coverage } from './parcel.ts'

export interface Ledger {
  orders: Order[]
  coverage: Coverage[]
}

export interface Settings {
  /** Days after Amazon's "delivered" before asking the user to confirm. Default 2. */
  graceDays: number
  /** Deliveries on or after this date are audited (install date or the user's audit window start). */
  auditFrom: string
}

export const DEFAULT_GRACE_DAYS = 2
