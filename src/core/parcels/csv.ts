// Parcels CSV import: one parcel per data row, bad rows reported by row number while good rows run.
import Papa from 'papaparse'
import { EXPLANATIONS, isPlainDate, type Decision, type Explanation, type Parcel } from '../model/index.ts'
import { carrierFamilyFromText } from '../tracking/families.ts'
import { splitTrackingList } from '../tracking/normalize.ts'

/** The documented columns, in the documented order. */
export const PARCEL_CSV_COLUMNS = ['received_on', 'tracking_numbers', 'carrier', 'sender', 'contents', 'slip_order_id', 'samples_card', 'notes', 'explanation'] as const
type Column = (typeof PARCEL_CSV_COLUMNS)[number]

export type ParcelsCsvRow = { row: number; parcel: Parcel; decision?: Decision } | { row: number; error: string }
export type ParcelsCsvResult = { ok: true; rows: ParcelsCsvRow[] } | { ok: false; error: string }

// Amazon order numbers: 3-7-7 digits; digital orders start with D01.
const ORDER_ID = /^(?:\d{3}|D\d{2})-\d{7}-\d{7}$/
const YES = new Set(['yes', 'y', 'true', '1', 'x', 'ja', 'oui', 'si', 'sí'])
const NO = new Set(['no', 'n', 'false', '0', 'nein', 'non'])

function parseSamplesCard(raw: string): string | undefined {
  const v = raw.trim()
  if (v === '' || NO.has(v.toLowerCase())) return undefined
  if (YES.has(v.toLowerCase())) return ''
  return v
}

function parseRow(cells: Record<Column, string>, row: number): ParcelsCsvRow {
  const receivedOn = cells.received_on.trim()
  if (receivedOn === '') return { row, error: 'received_on is empty (expected a date like 2026-11-03)' }
  if (!isPlainDate(receivedOn)) return { row, error: `received_on "${receivedOn}" is not a date in YYYY-MM-DD form` }
  const slip = cells.slip_order_id.trim()
  if (slip !== '' && !ORDER_ID.test(slip)) return { row, error: `slip_order_id "${slip}" is not an Amazon order number (like 303-1234567-1234567)` }
  const explanation = cells.explanation.trim().toLowerCase()
  if (explanation !== '' && !(EXPLANATIONS as readonly string[]).includes(explanation)) {
    return { row, error: `explanation "${cells.explanation.trim()}" is not one of ${EXPLANATIONS.join(', ')}` }
  }
  const id = `csv-${row}`
  const carrierText = cells.carrier.trim()
  const carrier = carrierText === '' ? undefined : (carrierFamilyFromText(carrierText) ?? carrierText.toLowerCase())
  const samplesCard = parseSamplesCard(cells.samples_card)
  const optional = (v: string) => (v.trim() === '' ? undefined : v.trim())
  const parcel: Parcel = {
    id,
    receivedOn,
    trackingNumbers: splitTrackingList(cells.tracking_numbers),
    ...(carrier !== undefined ? { carrier } : {}),
    ...(optional(cells.sender) !== undefined ? { sender: optional(cells.sender) } : {}),
    ...(optional(cells.contents) !== undefined ? { contents: optional(cells.contents) } : {}),
    ...(slip !== '' ? { slipOrderId: slip } : {}),
    ...(samplesCard !== undefined ? { samplesCard } : {}),
    ...(optional(cells.notes) !== undefined ? { notes: optional(cells.notes) } : {}),
  }
  if (explanation === '') return { row, parcel }
  // decidedAt is derived from the row so a re-import yields the very same decision.
  const decision: Decision = { kind: 'explain', parcelId: id, explanation: explanation as Explanation, decidedAt: `${receivedOn}T00:00:00.000Z` }
  return { row, parcel, decision }
}

/**
 * Parses a parcels CSV (header row with the documented columns, in any order; extra columns are
 * ignored). Each data row becomes a parcel with id `csv-<row>` (1-based data row, blank lines not
 * counted) or an error naming the row's problem. A missing column fails the whole file.
 */
export function parseParcelsCsv(text: string): ParcelsCsvResult {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' })
  const [header, ...data] = parsed.data
  if (!header) return { ok: false, error: 'the parcels CSV is empty: expected a header row with ' + PARCEL_CSV_COLUMNS.join(',') }
  const names = header.map((h) => h.trim().toLowerCase())
  const missing = PARCEL_CSV_COLUMNS.filter((c) => !names.includes(c))
  if (missing.length > 0) return { ok: false, error: `the parcels CSV lacks column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (expected ${PARCEL_CSV_COLUMNS.join(',')})` }
  const at = Object.fromEntries(PARCEL_CSV_COLUMNS.map((c) => [c, names.indexOf(c)])) as Record<Column, number>
  // Papaparse reports quoting problems by data index (header included).
  const broken = new Map<number, string>()
  for (const e of parsed.errors) if (e.row !== undefined && e.row !== null) broken.set(e.row, e.message)
  const rows = data.map((cellsArray, i) => {
    const row = i + 1
    const problem = broken.get(i + 1)
    if (problem) return { row, error: `the row is not valid CSV (${problem})` }
    if (cellsArray.length > header.length) return { row, error: `the row has ${cellsArray.length} fields but the header has ${header.length}` }
    const cells = Object.fromEntries(PARCEL_CSV_COLUMNS.map((c) => [c, cellsArray[at[c]] ?? ''])) as Record<Column, string>
    return parseRow(cells, row)
  })
  return { ok: true, rows }
}
