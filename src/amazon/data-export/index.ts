// Amazon's "Request your data → Your Orders" export (zip or CSV) → orders, coverage and issues.
import type { Coverage } from '../../core/model/parcel.ts'
import type { Order } from '../../core/model/order.ts'
import { buildOrders } from './build-orders.ts'
import { parseRows } from './parse-rows.ts'
import { readArchive } from './read-archive.ts'

export type ExportImport =
  | { ok: true; orders: Order[]; coverage: Coverage[]; rows: number; issues: string[] }
  | { ok: false; error: string; missingColumns?: string[] }

/** An export covers the whole account history up to its latest order, for each storefront it names. */
export const EXPORT_COVERAGE_FROM = '1995-01-01'

function coverageOf(orders: readonly Order[]): Coverage[] {
  const latest = new Map<string, string>()
  for (const o of orders) {
    const seen = latest.get(o.marketplace)
    if (o.placedOn && (!seen || o.placedOn > seen)) latest.set(o.marketplace, o.placedOn)
  }
  return [...latest].sort(([a], [b]) => (a < b ? -1 : 1)).map(([marketplace, to]) => ({ marketplace, from: EXPORT_COVERAGE_FROM, to, source: 'export' as const }))
}

/**
 * Imports Amazon's order-history export from `bytes` (the zip, `Retail.OrderHistory.*.csv` or
 * `Order History.csv`). Columns are mapped by name (both known header sets); unreadable input,
 * a JSON-only export or missing required columns give `{ ok: false }`. Never throws.
 * `rows` counts distinct data rows (identical rows across split files are read once).
 */
export function importDataExport(bytes: Uint8Array, fileName: string): ExportImport {
  const archive = readArchive(bytes, fileName)
  if (!archive.ok) return archive
  const parsed = parseRows(archive.files)
  if (!parsed.ok) return parsed
  const { orders, issues } = buildOrders(parsed.rows)
  const notes = parsed.duplicates > 0 ? [`${parsed.duplicates} duplicate row(s) across the export's files were read once.`] : []
  return { ok: true, orders, coverage: coverageOf(orders), rows: parsed.rows.length, issues: [...parsed.issues, ...notes, ...issues] }
}
