// CSV text → export rows keyed by column meaning, merged across split files with identical rows dropped.
import Papa from 'papaparse'
import { COLUMN_ALIASES, indexColumns, type ColumnKey } from './columns.ts'
import type { CsvFile } from './read-archive.ts'

export type RowValues = Partial<Record<ColumnKey, string>>

export interface ExportRow {
  /** `file row N` for issues (N is the 1-based data row). */
  where: string
  values: RowValues
}

export type RowsResult =
  | { ok: true; rows: ExportRow[]; duplicates: number; issues: string[] }
  | { ok: false; error: string; missingColumns?: string[] }

const KEYS = Object.keys(COLUMN_ALIASES) as ColumnKey[]

/** A row's cells in header-name order, so split files with reordered columns still compare equal. */
function identityOrder(header: readonly string[]): number[] {
  return header.map((h, i) => [h.trim(), i] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, i]) => i)
}

/**
 * Parses every file and maps columns by header name. A row identical to one in an earlier file (split
 * exports overlap) is read once; repeated rows inside one file are kept, as Amazon wrote them. Never throws.
 */
export function parseRows(files: readonly CsvFile[]): RowsResult {
  const rows: ExportRow[] = []
  const issues: string[] = []
  const earlier = new Set<string>()
  let duplicates = 0
  for (const file of files) {
    const parsed = Papa.parse<string[]>(file.text, { header: false, skipEmptyLines: true })
    const [header, ...data] = parsed.data
    if (!header) return { ok: false, error: `${file.name} has no header row.` }
    const { index, missing } = indexColumns(header)
    if (missing.length > 0) {
      const named = missing.map((m) => (Object.values(COLUMN_ALIASES).find((a) => a[0] === m) ?? [m]).join(' or '))
      return { ok: false, error: `Missing required columns: ${named.join(', ')} (in ${file.name}). Is this Amazon's "Your Orders" export?`, missingColumns: missing }
    }
    const order = files.length > 1 ? identityOrder(header) : undefined
    const mine: string[] = []
    data.forEach((cells, i) => {
      if (cells.length === 1 && cells[0]!.trim() === '') return
      if (order) {
        const identity = order.map((j) => cells[j] ?? '').join('\u0001')
        if (earlier.has(identity)) {
          duplicates++
          return
        }
        mine.push(identity)
      }
      if (cells.length !== header.length) issues.push(`${file.name} row ${i + 1}: ${cells.length} cells for ${header.length} columns; read by name as far as present.`)
      const values: RowValues = {}
      for (const key of KEYS) {
        const at = index[key]
        if (at !== undefined && cells[at] !== undefined) values[key] = cells[at]
      }
      rows.push({ where: `${file.name} row ${i + 1}`, values })
    })
    for (const identity of mine) earlier.add(identity)
  }
  return { ok: true, rows, duplicates, issues }
}
