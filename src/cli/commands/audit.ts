// `audit`: reconcile Amazon data exports against a parcels CSV and print the outcomes as JSON.
import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import { importDataExport } from '../../amazon/data-export/index.ts'
import { addDays, DEFAULT_GRACE_DAYS, isPlainDate, type Coverage, type Decision, type Ledger, type Order, type Parcel, type Settings } from '../../core/model/index.ts'
import { parseParcelsCsv } from '../../core/parcels/csv.ts'
import { reconcile } from '../../core/reconcile/reconcile.ts'
import type { Command } from '../index.ts'

/** Without --audit-from, deliveries of the last 90 days before --today are audited. */
const DEFAULT_AUDIT_DAYS = 90

const USAGE = 'unordered audit --orders FILE [--orders FILE…] --parcels parcels.csv --today YYYY-MM-DD [--audit-from YYYY-MM-DD] [--grace-days N]'

interface AuditArgs { orders: string[]; parcels: string; today: string; auditFrom?: string; graceDays: number }

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

function parseArgs(args: string[]): Parsed<AuditArgs> {
  const orders: string[] = []
  const single: Record<string, string | undefined> = {}
  for (let i = 0; i < args.length; i++) {
    const flag = args[i]!
    const value = args[i + 1]
    if (!['--orders', '--parcels', '--today', '--audit-from', '--grace-days'].includes(flag)) return { ok: false, error: `unknown argument "${flag}"` }
    if (value === undefined || value.startsWith('--')) return { ok: false, error: `${flag} needs a value` }
    i++
    if (flag === '--orders') orders.push(value)
    else if (single[flag] !== undefined) return { ok: false, error: `${flag} given twice` }
    else single[flag] = value
  }
  if (orders.length === 0) return { ok: false, error: '--orders FILE is required (an Amazon data export zip or Retail.OrderHistory.*.csv)' }
  const parcels = single['--parcels']
  if (parcels === undefined) return { ok: false, error: '--parcels FILE is required (a parcels CSV)' }
  const today = single['--today']
  if (today === undefined) return { ok: false, error: '--today YYYY-MM-DD is required' }
  if (!isPlainDate(today)) return { ok: false, error: `--today "${today}" is not a date in YYYY-MM-DD form` }
  const auditFrom = single['--audit-from']
  if (auditFrom !== undefined && !isPlainDate(auditFrom)) return { ok: false, error: `--audit-from "${auditFrom}" is not a date in YYYY-MM-DD form` }
  const grace = single['--grace-days'] ?? String(DEFAULT_GRACE_DAYS)
  if (!/^\d{1,3}$/.test(grace)) return { ok: false, error: `--grace-days "${grace}" is not a whole number of days` }
  return { ok: true, value: { orders, parcels, today, ...(auditFrom ? { auditFrom } : {}), graceDays: Number(grace) } }
}

function readFile(path: string, what: string): Parsed<Uint8Array> {
  try {
    if (!statSync(path).isFile()) return { ok: false, error: `${what} "${path}" is not a file` }
    return { ok: true, value: readFileSync(path) }
  } catch {
    return { ok: false, error: `${what} "${path}" cannot be read (does it exist?)` }
  }
}

// Several exports may name the same order: keep one order per key with the union of its shipments.
function mergeOrders(lists: Order[][]): Order[] {
  const byKey = new Map<string, Order>()
  for (const order of lists.flat()) {
    const known = byKey.get(order.key)
    if (!known) {
      byKey.set(order.key, { ...order, shipments: [...order.shipments] })
      continue
    }
    const keys = new Set(known.shipments.map((s) => s.key))
    for (const s of order.shipments) if (!keys.has(s.key)) known.shipments.push(s)
  }
  return [...byKey.values()]
}

function loadLedger(files: string[]): Parsed<Ledger> {
  const orders: Order[][] = []
  const coverage: Coverage[] = []
  for (const file of files) {
    const bytes = readFile(file, 'orders file')
    if (!bytes.ok) return bytes
    const imported = importDataExport(bytes.value, basename(file))
    if (!imported.ok) {
      const missing = imported.missingColumns?.length ? ` (missing columns: ${imported.missingColumns.join(', ')})` : ''
      return { ok: false, error: `orders file "${file}" is not a usable Amazon data export: ${imported.error}${missing}` }
    }
    for (const issue of imported.issues) console.error(`unordered audit: ${basename(file)}: ${issue}`)
    orders.push(imported.orders)
    coverage.push(...imported.coverage)
  }
  return { ok: true, value: { orders: mergeOrders(orders), coverage } }
}

function loadParcels(file: string): Parsed<{ parcels: Parcel[]; decisions: Decision[]; errors: Array<{ row: number; reason: string }> }> {
  const bytes = readFile(file, 'parcels file')
  if (!bytes.ok) return bytes
  const csv = parseParcelsCsv(new TextDecoder().decode(bytes.value))
  if (!csv.ok) return { ok: false, error: `parcels file "${file}": ${csv.error}` }
  const parcels: Parcel[] = []
  const decisions: Decision[] = []
  const errors: Array<{ row: number; reason: string }> = []
  for (const r of csv.rows) {
    if ('error' in r) errors.push({ row: r.row, reason: r.error })
    else {
      parcels.push(r.parcel)
      if (r.decision) decisions.push(r.decision)
    }
  }
  return { ok: true, value: { parcels, decisions, errors } }
}

async function run(args: string[]): Promise<number> {
  const parsed = parseArgs(args)
  if (!parsed.ok) {
    console.error(`unordered audit: ${parsed.error}\nUsage: ${USAGE}`)
    return 2
  }
  const a = parsed.value
  const ledger = loadLedger(a.orders)
  if (!ledger.ok) {
    console.error(`unordered audit: ${ledger.error}`)
    return 2
  }
  const input = loadParcels(a.parcels)
  if (!input.ok) {
    console.error(`unordered audit: ${input.error}`)
    return 2
  }
  const settings: Settings = { graceDays: a.graceDays, auditFrom: a.auditFrom ?? addDays(a.today, -DEFAULT_AUDIT_DAYS) }
  const result = reconcile(ledger.value, input.value.parcels, input.value.decisions, settings, a.today)

  const orderIdOf = new Map(ledger.value.orders.map((o) => [o.key, o.orderId]))
  const rowOf = new Map(input.value.parcels.map((p) => [p.id, Number(p.id.slice('csv-'.length))]))
  const parcels = result.parcels
    .map((o) => ({
      row: rowOf.get(o.parcelId)!,
      outcome: o.outcome,
      orderId: o.orderKey ? (orderIdOf.get(o.orderKey) ?? o.orderKey.split(':')[1] ?? null) : null,
      suspectedBrushing: o.suspectedBrushing,
      series: o.series,
      coverageGap: o.coverageGap,
      reason: o.reason,
    }))
    .sort((x, y) => x.row - y.row)
  const shipments = result.shipments.map((s) => ({ orderId: orderIdOf.get(s.orderKey) ?? null, shipmentKey: s.shipmentKey, outcome: s.outcome }))
  const notices = result.notices.map((n) => ({
    kind: n.kind,
    ...(n.orderKey ? { orderId: orderIdOf.get(n.orderKey) ?? n.orderKey.split(':')[1] } : {}),
    ...(n.parcelId !== undefined ? { row: rowOf.get(n.parcelId) } : {}),
  }))
  console.log(JSON.stringify({ parcels, shipments, notices, errors: input.value.errors }, null, 2))
  return 0
}

export const audit: Command = {
  summary: 'Reconcile Amazon data exports against the parcels you logged in a CSV; prints JSON outcomes.',
  usage: USAGE,
  run,
}
