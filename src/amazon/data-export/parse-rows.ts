// CSV text → export rows keyed by column meaning, merged across split files with identical rows dropped.
import Papa from 'papaparse'
import { COLUMN_ALIASES, indexColumns, type ColumnIndex, type ColumnKey } from './columns.ts'
import type { CsvFile } from './read-archive.ts'

/** One data row: its cells as parsed and where each known column sits in them. */
export interface ExportRow {
  file: string
  /** 1-based data row within `file`. */
  row: number
  cells: readonly string[]
  index: ColumnIndex
}

/** The cell of `key` in `row`, or undefined when the file has no such column (or the row is short). */
export function cellOf(row: ExportRow, key: ColumnKey): string | undefined {
  const at = row.index[key]
  return at === undefined ? undefined : row.cells[at]
}

/** `file row N`, for issues. */
export function whereOf(row: ExportRow): string {
  return `${row.file} row ${row.row}`
}

export type RowsResult =
  | { ok: true; rows: ExportRow[]; duplicates: number; issues: string[] }
  | { ok: false; error: string; missingColumns?: string[] }

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
      rows.push({ file: file.name, row: i + 1, cells, index })
    })
    for (const identity of mine) earlier.add(identity)
  }
  return { ok: true, rows, duplicates, issues }
}
