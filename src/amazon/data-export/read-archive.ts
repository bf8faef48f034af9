// Turns the uploaded bytes (the "Your Orders" zip, or a bare CSV) into the order-history CSV texts inside.
import { unzipSync } from 'fflate'

export interface CsvFile { name: string; text: string }

export type ArchiveResult = { ok: true; files: CsvFile[] } | { ok: false; error: string }

// `Retail.OrderHistory.1.csv` (split: `.2.csv` …) in current exports; `Order History.csv` in some newer ones.
const ORDER_HISTORY_CSV = /(?:^|\/)(?:Retail\.OrderHistory\.\d+\.csv|Order History\.csv)$/i
const ORDER_HISTORY_JSON = /(?:^|\/)Retail\.OrderHistory\.\d+\.json$/i
const ANY_CSV = /\.csv$/i
const NESTED_ZIP = /\.zip$/i

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06)
}

const DECODER = new TextDecoder('utf-8', { fatal: true })

function decodeText(bytes: Uint8Array): string | undefined {
  try {
    const text = DECODER.decode(bytes)
    // A text file has no NUL bytes; binary garbage usually does.
    return text.includes('\u0000') ? undefined : text.replace(/^\uFEFF/, '')
  } catch {
    return undefined
  }
}

function unzip(bytes: Uint8Array): Record<string, Uint8Array> | string {
  try {
    // Only members that can matter are inflated: the whole data download can be large.
    return unzipSync(bytes, { filter: (f) => /\.(?:csv|json|zip)$/i.test(f.name) })
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
}

function looksLikeOrderCsv(text: string): boolean {
  const firstLine = text.slice(0, text.search(/\r?\n|$/))
  return /Order ID/i.test(firstLine) && /Carrier Name & Tracking Number/i.test(firstLine)
}

function fromZip(bytes: Uint8Array, depth: number): ArchiveResult {
  const members = unzip(bytes)
  if (typeof members === 'string') return { ok: false, error: `The zip file is damaged or not a zip archive (${members}).` }
  const names = Object.keys(members).sort()
  const files: CsvFile[] = []
  const pick = (pattern: RegExp, check: boolean): string | undefined => {
    for (const name of names.filter((n) => pattern.test(n))) {
      const text = decodeText(members[name]!)
      if (text === undefined) return `${name} is not a text file.`
      if (!check || looksLikeOrderCsv(text)) files.push({ name, text })
    }
    return undefined
  }
  const bad = pick(ORDER_HISTORY_CSV, false)
  if (bad) return { ok: false, error: bad }
  // Accept any CSV whose header is an order-history header (file names differ between exports).
  if (files.length === 0) pick(ANY_CSV, true)
  if (files.length > 0) return { ok: true, files }
  if (depth === 0) {
    for (const name of names.filter((n) => NESTED_ZIP.test(n))) {
      const inner = fromZip(members[name]!, depth + 1)
      if (inner.ok) return inner
    }
  }
  const json = names.find((n) => ORDER_HISTORY_JSON.test(n))
  if (json) return { ok: false, error: `Unsupported format: the zip holds ${json} (JSON). Only the CSV order history is supported; request the export again.` }
  return { ok: false, error: 'No order history in the zip: expected Retail.OrderHistory.*.csv or Order History.csv.' }
}

/** The order-history CSV texts in `bytes` (a zip or a CSV file named `fileName`). Never throws. */
export function readArchive(bytes: Uint8Array, fileName: string): ArchiveResult {
  if (bytes.length === 0) return { ok: false, error: 'The file is empty.' }
  if (isZip(bytes)) return fromZip(bytes, 0)
  if (/\.zip$/i.test(fileName)) return { ok: false, error: 'The zip file is damaged or not a zip archive (no zip signature).' }
  const text = decodeText(bytes)
  if (text === undefined) return { ok: false, error: 'The file is neither a zip archive nor a UTF-8 CSV text file.' }
  if (text.trim().length === 0) return { ok: false, error: 'The file is empty.' }
  if (/\.json$/i.test(fileName) || /^\s*[[{]/.test(text)) {
    return { ok: false, error: 'Unsupported format: this is JSON. Only the CSV order history (Retail.OrderHistory.*.csv) is supported.' }
  }
  return { ok: true, files: [{ name: fileName, text }] }
}
