// Reads a shipment status line ("Delivered Nov 2", "Arriving Tuesday", "Livré le 9 décembre") with one language pack.
import type { ShipmentStatus } from '../model/order.ts'
import type { PlainDate } from '../model/plain-date.ts'
import type { LanguagePack, StatusPhrases } from './language-pack.ts'
import { normalizeText } from './normalize.ts'
import { parseDate, type DateContext } from './parse-date.ts'
import { findPhrase } from './phrase-pattern.ts'

export type StatusDateKind = 'delivered' | 'expected' | 'shipped'

export interface StatusReading {
  status: ShipmentStatus
  date?: PlainDate
  dateKind?: StatusDateKind
}

// What each phrase group means, and which kind of date follows it.
const MEANINGS: ReadonlyArray<{ key: keyof StatusPhrases; status: ShipmentStatus; dateKind?: StatusDateKind }> = [
  { key: 'returnComplete', status: 'returned' },
  { key: 'refunded', status: 'refunded' },
  { key: 'cancelled', status: 'cancelled' },
  { key: 'notYetShipped', status: 'pending', dateKind: 'expected' },
  { key: 'outForDelivery', status: 'out-for-delivery', dateKind: 'expected' },
  { key: 'arriving', status: 'shipped', dateKind: 'expected' },
  { key: 'delivered', status: 'delivered', dateKind: 'delivered' },
  { key: 'shipped', status: 'shipped', dateKind: 'shipped' },
]

/**
 * The status a line states, and its date when one follows the phrase. The phrase that starts
 * first wins ("Not yet shipped" over "shipped", "Wird heute zugestellt" over "zugestellt"); at the
 * same place the longer phrase wins. Undefined when no phrase of `pack` occurs. Never throws.
 */
export function readStatus(text: string, pack: LanguagePack, ctx?: DateContext): StatusReading | undefined {
  if (typeof text !== 'string') return undefined
  const s = normalizeText(text).toLowerCase()
  let best: { index: number; length: number; meaning: (typeof MEANINGS)[number] } | undefined
  for (const meaning of MEANINGS) {
    const hit = findPhrase(s, pack.status[meaning.key])
    if (!hit) continue
    if (!best || hit.index < best.index || (hit.index === best.index && hit.length > best.length)) best = { ...hit, meaning }
  }
  if (!best) return undefined
  const reading: StatusReading = { status: best.meaning.status }
  if (best.meaning.dateKind) {
    // From the phrase on first, so a date word inside the phrase counts ("Wird heute zugestellt");
    // then the whole line, for languages that put the date first (ja "11月5日に配達済み").
    // A bare weekday after "Delivered"/"Shipped" lies behind the capture date, after "Arriving" ahead of it.
    const dateCtx: DateContext = { ...ctx, tense: best.meaning.dateKind === 'expected' ? 'future' : 'past' }
    const after = parseDate(s.slice(best.index), pack, dateCtx)
    const parsed = after.ok ? after : parseDate(s, pack, dateCtx)
    if (parsed.ok) {
      reading.date = parsed.date
      reading.dateKind = best.meaning.dateKind
    }
  }
  return reading
}
