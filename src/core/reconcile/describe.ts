// Small phrase builders for reasons: every outcome names its evidence in one sentence.
import type { Order } from '../model/index.ts'
import { humanDate } from './days.ts'

/**
 * A template tag that returns its text as one flat string. Why: a plain template literal builds a
 * tree of concatenations (V8 cons strings, SpiderMonkey ropes) that a kept reason holds at about
 * twice the size of its text (1,000,000 reasons: 224 MB against 120 MB), and the garbage collector
 * copies all of it; `join` writes the characters once.
 */
export function sentence(strings: TemplateStringsArray, ...values: Array<string | number>): string {
  const parts: Array<string | number> = [strings[0]!]
  for (let i = 0; i < values.length; i++) parts.push(values[i]!, strings[i + 1]!)
  return parts.join('')
}

/** `order 303-1234567-1234567 on amazon.com`. */
export function orderLabel(order: Order): string {
  return `order ${order.orderId} on ${order.marketplace}`
}

const DATES = new Map<string, string>()

/** `3 Nov 2026`, memoised: the same few thousand dates recur across a large ledger. */
export function day(d: string): string {
  let s = DATES.get(d)
  if (s === undefined) {
    s = humanDate(d)
    if (DATES.size < 100_000) DATES.set(d, s)
  }
  return s
}

/** `A`, `A and B`, `A, B and 3 more`. */
export function listOf(items: readonly string[], max = 3): string {
  if (items.length <= 1) return items[0] ?? ''
  if (items.length <= max) return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`
  return `${items.slice(0, max).join(', ')} and ${items.length - max} more`
}
