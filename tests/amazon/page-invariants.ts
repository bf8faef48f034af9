// What every page reading must satisfy whatever the input: well-typed, and never complete when half-read.
import { expect } from 'vitest'
import type { PageKind } from '../../src/amazon/classify.ts'
import type { PageReading } from '../../src/amazon/read-page.ts'
import { isMoney, isPlainDate, SHIPMENT_STATUSES } from '../../src/core/model/index.ts'

export const PAGE_KINDS: readonly PageKind[] = [
  'order-list', 'empty-list', 'order-details', 'tracker', 'invoice', 'digital-summary',
  'sign-in', 'mfa', 'captcha', 'bot-challenge', 'robot-block', 'skeleton', 'encrypted', 'unknown',
]

const ORDER_ID = /^[0-9A-Z]\d{2}-\d{7}-\d{7}$/
// Issue problems that mean a required field was not read: the list and details readers record only required
// fields with these words; the other readers may record optional fields as 'missing', so for them only the
// page-level problems count.
const REQUIRED_PROBLEMS: Partial<Record<PageKind, ReadonlySet<string>>> = {
  'order-list': new Set(['missing', 'date-unparsed', 'money-unparsed', 'parser-error', 'truncated', 'order-outside-card', 'duplicate-card', 'not-all-listed', 'conflicting-ids']),
  'order-details': new Set(['missing', 'date-unparsed', 'money-unparsed', 'parser-error', 'truncated']),
}
const PAGE_PROBLEMS: ReadonlySet<string> = new Set(['parser-error', 'truncated'])

/** Returns a list of violations (empty when the reading is well-typed and honest about completeness). */
export function readingViolations(r: PageReading): string[] {
  const bad: string[] = []
  if (!PAGE_KINDS.includes(r.kind)) bad.push(`kind ${String(r.kind)}`)
  if (typeof r.language !== 'string' || r.language === '') bad.push('language')
  if (r.marketplace !== undefined && !/^amazon\.[a-z.]+$/.test(r.marketplace)) bad.push(`marketplace ${r.marketplace}`)
  if (typeof r.ok !== 'boolean' || typeof r.complete !== 'boolean') bad.push('flags')
  if (!Array.isArray(r.orders) || !Array.isArray(r.issues)) return [...bad, 'arrays']
  if (!r.ok && r.orders.length > 0) bad.push('orders from a page that is not ok')
  if (r.complete && !r.ok) bad.push('complete but not ok')
  for (const i of r.issues) {
    const shape = ('site' in i && typeof i.site === 'string' && (('variant' in i && Number.isInteger(i.variant)) || ('miss' in i && i.miss === true)))
      || ('field' in i && typeof i.field === 'string' && typeof i.problem === 'string')
    if (!shape) bad.push(`issue ${JSON.stringify(i)}`)
    if (r.complete && 'problem' in i && (REQUIRED_PROBLEMS[r.kind] ?? PAGE_PROBLEMS).has(i.problem)) bad.push(`complete despite ${i.field}: ${i.problem}`)
  }
  for (const o of r.orders) {
    if (!ORDER_ID.test(o.orderId)) bad.push(`order id ${o.orderId}`)
    if (o.key !== `${o.marketplace}:${o.orderId}`) bad.push(`order key ${o.key}`)
    if (o.placedOn !== undefined && !isPlainDate(o.placedOn)) bad.push(`placedOn ${o.placedOn}`)
    if (o.total !== undefined && o.total !== null && !isMoney(o.total)) bad.push(`total ${JSON.stringify(o.total)}`)
    for (const a of o.aliases ?? []) if (!ORDER_ID.test(a)) bad.push(`alias ${a}`)
    for (const s of o.shipments) {
      if (!SHIPMENT_STATUSES.includes(s.status)) bad.push(`status ${s.status}`)
      if (!s.key.startsWith(`${o.key}:`)) bad.push(`shipment key ${s.key}`)
      for (const d of [s.deliveredOn, s.expectedOn, s.shippedOn]) if (d !== undefined && !isPlainDate(d)) bad.push(`date ${d}`)
      for (const it of s.items) {
        if (typeof it.title !== 'string' || it.title === '' || it.title.length > 500) bad.push(`title length ${it.title?.length}`)
        if (/<script|onerror=/i.test(it.title)) bad.push('markup in title')
        if (!Number.isInteger(it.quantity) || it.quantity < 1) bad.push(`quantity ${it.quantity}`)
        if (it.unitPrice !== undefined && !isMoney(it.unitPrice)) bad.push('unit price')
      }
    }
  }
  // Round-trips through JSON unchanged: nothing but plain data (storage and messaging need that).
  if (JSON.stringify(JSON.parse(JSON.stringify(r))) !== JSON.stringify(r)) bad.push('not JSON-safe')
  return bad
}

export function expectWellFormed(r: PageReading, label: string): void {
  expect(readingViolations(r), label).toEqual([])
}
