// Reads a progress-tracker page: tracking id, carrier text, status and dates of one package, keyed by the URL's shipment.
import { normalizeText } from '../core/locale/normalize.ts'
import { readStatus } from '../core/locale/status.ts'
import { orderKey, shipmentKey, type Order, type PlainDate, type Shipment, type ShipmentStatus } from '../core/model/index.ts'
import { normalizeTracking } from '../core/tracking/normalize.ts'
import { IssueLog, allMatches, firstMatch, optional } from './extract.ts'
import type { HtmlDoc } from './html.ts'
import { isDigitalOrderId, isOrderId, trackLinkKey } from './order-ids.ts'
import type { PageContext } from './page-context.ts'
import type { ParseResult } from './parse-result.ts'
import { tracker as S } from './selectors.ts'

/** The fields of the AUI `page-state` JSON we use (reference §3.5); anything else in it is ignored. */
export interface TrackerPageState {
  orderId?: string
  trackingId?: string
  promiseMessage?: string
  promiseDetail?: string
  detailedState?: string
}

// Bounds for hostile pages: a real page-state blob is a few kB, a tracking number under 40 characters.
const MAX_STATE_CHARS = 200_000
const MAX_TRACKING = 40
const TRACKING_SHAPE = new RegExp(`^[A-Z0-9]{6,${MAX_TRACKING}}$`)

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 1000) : undefined
}

/** Parses the page-state JSON text; undefined when it is not a JSON object. */
export function readPageState(json: string): TrackerPageState | undefined {
  if (json.length > MAX_STATE_CHARS) return undefined
  let data: unknown
  try {
    data = JSON.parse(json)
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
  const o = data as Record<string, unknown>
  const promise = typeof o.promise === 'object' && o.promise !== null ? (o.promise as Record<string, unknown>) : {}
  const state: TrackerPageState = {}
  const orderId = str(o.orderId)
  const trackingId = str(o.trackingId)
  const promiseMessage = str(promise.promiseMessage)
  const promiseDetail = str(promise.pdwHelpIconMessage)
  const detailedState = str(o.detailedState)
  if (orderId) state.orderId = orderId
  if (trackingId) state.trackingId = trackingId
  if (promiseMessage) state.promiseMessage = promiseMessage
  if (promiseDetail) state.promiseDetail = promiseDetail
  if (detailedState) state.detailedState = detailedState
  return state
}

/**
 * The tracking number in a card line such as "Tracking ID: TBA3332…", "Trackingnummer 00340…" or
 * "お問い合わせ伝票番号: 1234…": the text after the last colon, else the trailing tokens that hold digits
 * (a number printed in groups stays whole), normalised. Undefined when nothing number-shaped remains.
 */
export function trackingIdFromText(text: string): string | undefined {
  const t = normalizeText(text).replace(/：/g, ':')
  const colon = t.lastIndexOf(':')
  let tail = colon >= 0 ? t.slice(colon + 1).trim() : ''
  if (tail === '') {
    const tokens = t.split(' ')
    const kept: string[] = []
    for (let i = tokens.length - 1; i >= 0 && /\d/.test(tokens[i]!); i--) kept.unshift(tokens[i]!)
    tail = kept.join(' ')
  }
  return trackingIdOf(tail)
}

/** A raw tracking number normalised, or undefined when it is not number-shaped (6–40 letters and digits). */
function trackingIdOf(raw: string): string | undefined {
  if (raw.length > 4 * MAX_TRACKING) return undefined
  const n = normalizeTracking(raw)
  return TRACKING_SHAPE.test(n) ? n : undefined
}

/** Amazon's `detailedState` codes mapped to our statuses, most specific first; unknown codes give undefined. */
export function statusOfDetailedState(code: string): ShipmentStatus | undefined {
  const c = code.toUpperCase()
  if (/CANCEL/.test(c)) return 'cancelled'
  if (/REFUND/.test(c)) return 'refunded'
  if (/RETURN/.test(c)) return 'returned'
  if (/OUT_FOR_DELIVERY/.test(c)) return 'out-for-delivery'
  if (/(^|_)DELIVERED/.test(c) && !/UNDELIVERED|NOT_DELIVERED|ATTEMPT/.test(c)) return 'delivered'
  if (/TRANSIT|SHIPPED|PICKED_UP|DEPARTED|ARRIVED|DELAYED|ATTEMPT/.test(c)) return 'shipped'
  if (/ORDER|PLACED|PREPARING|NOT_SHIPPED|PENDING|LABEL_CREATED/.test(c)) return 'pending'
  return undefined
}

interface Dates {
  shippedOn?: PlainDate
  deliveredOn?: PlainDate
  expectedOn?: PlainDate
}

/**
 * One order with one shipment: the package the tracker URL names (`orderId`, `shipmentId`, `packageIndex`),
 * with its tracking number, the carrier as printed, its status and dates. The page-state JSON is read
 * first (language-independent); the visible cards fill what it lacks. Incomplete without an order id
 * or a tracking number, or when the JSON and the card disagree on either.
 */
export function parseTracker(doc: HtmlDoc, ctx: PageContext): ParseResult<Order[]> {
  const log = new IssueLog()
  const key = trackLinkKey(ctx.url)
  const root = doc.root

  const stateEl = optional(root, S.pageState, 'tracker.pageState', log)
  const state = stateEl ? readPageState(stateEl.element.text()) : undefined
  if (stateEl && !state) log.problem('tracker.pageState', 'json-unreadable', false)

  // Order id: URL parameter, else the page-state JSON.
  const stateOrderId = state?.orderId && isOrderId(state.orderId) ? state.orderId : undefined
  if (state?.orderId && !stateOrderId) log.problem('tracker.pageState.orderId', 'not-an-order-id', false)
  const orderId = key.orderId ?? stateOrderId
  if (key.orderId && stateOrderId && key.orderId !== stateOrderId) log.problem('order.orderId', 'url-and-page-state-differ')
  if (!orderId) {
    log.problem('order.orderId', 'missing')
    return { value: [], issues: log.issues, complete: false }
  }

  // Tracking number: page-state JSON, else the delivery card; both present must agree.
  const cardEl = optional(root, S.trackingId, 'tracker.trackingId', log)
  const fromCard = cardEl ? trackingIdFromText(cardEl.element.text()) : undefined
  if (cardEl && !fromCard) log.problem('tracker.trackingId', 'unreadable', false)
  const fromState = state?.trackingId ? trackingIdOf(state.trackingId) : undefined
  if (state?.trackingId && !fromState) log.problem('tracker.pageState.trackingId', 'unreadable', false)
  if (fromCard && fromState && fromCard !== fromState) log.problem('shipment.trackingIds', 'card-and-page-state-differ')
  const trackingId = fromState ?? fromCard
  if (!trackingId) log.problem('shipment.trackingIds', 'missing')

  const carrierText = optional(root, S.carrier, 'tracker.carrier', log)?.element.text()
  const carrier = carrierText ? normalizeText(carrierText).slice(0, 200) : undefined

  // Status: detailedState code first, then the visible status line, then the promise message.
  const mainText = firstMatch(root, S.mainStatus, 'tracker.mainStatus', log)?.element.text() ?? state?.promiseMessage
  const secondaryText = firstMatch(root, S.secondaryStatus, 'tracker.secondaryStatus', log)?.element.text() ?? state?.promiseDetail
  // Without the order date, a year-less past date is the latest such day on or before the capture (parse-date.ts).
  const dateCtx = ctx.orderPlacedOn ? { captured: ctx.captured, anchor: ctx.orderPlacedOn } : { captured: ctx.captured }
  const main = mainText ? readStatus(mainText, ctx.pack, dateCtx) : undefined
  const secondary = secondaryText ? readStatus(secondaryText, ctx.pack, dateCtx) : undefined
  const coded = state?.detailedState ? statusOfDetailedState(state.detailedState) : undefined
  if (state?.detailedState && !coded) log.problem('tracker.detailedState', `unknown-code:${state.detailedState.slice(0, 40)}`, false)
  let status: ShipmentStatus = coded ?? main?.status ?? secondary?.status ?? 'unknown'
  if (status === 'unknown') log.problem('shipment.status', 'status-unparsed', false)

  const dates: Dates = {}
  for (const reading of [main, secondary]) {
    if (!reading?.date) continue
    if (reading.dateKind === 'delivered') dates.deliveredOn ??= reading.date
    if (reading.dateKind === 'expected') dates.expectedOn ??= reading.date
    if (reading.dateKind === 'shipped') dates.shippedOn ??= reading.date
  }
  // Milestones ("Versandt 4. März", "Delivered July 16") carry the ship date the status line lacks.
  for (const m of allMatches(root, S.milestone, 'tracker.milestone', log).elements) {
    const r = readStatus(m.text(), ctx.pack, dateCtx)
    if (!r?.date) continue
    if (r.dateKind === 'shipped') dates.shippedOn ??= r.date
    if (r.dateKind === 'delivered') dates.deliveredOn ??= r.date
  }
  if (status === 'delivered' && !dates.deliveredOn) log.problem('shipment.deliveredOn', 'missing', false)
  if (status !== 'delivered') delete dates.deliveredOn
  if (status === 'delivered' || status === 'cancelled') delete dates.expectedOn
  if (status === 'pending' && dates.shippedOn) status = 'shipped'

  const marketplace = ctx.marketplace.id
  const shipment: Shipment = {
    key: shipmentKey(marketplace, orderId, { shipmentId: key.shipmentId, packageIndex: key.packageIndex, trackingId }),
    orderKey: orderKey(marketplace, orderId),
    status,
    trackingIds: trackingId ? [trackingId] : [],
    items: [],
    source: 'page',
    ...dates,
  }
  if (key.shipmentId) {
    shipment.shipmentId = key.shipmentId
    shipment.packageIndex = key.packageIndex ?? 0
  } else log.problem('shipment.shipmentId', 'missing', false)
  if (carrier) shipment.carrier = carrier
  const order: Order = {
    key: orderKey(marketplace, orderId),
    marketplace,
    orderId,
    digital: isDigitalOrderId(orderId),
    shipments: [shipment],
  }
  return { value: [order], issues: log.issues, complete: log.complete }
}
