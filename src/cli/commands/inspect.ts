// `inspect`: classify and read one saved Amazon page, print what Unordered sees in it as one JSON object.
import { readFileSync, statSync } from 'node:fs'
import { readPage, type PageReading } from '../../amazon/read-page.ts'
import { isPlainDate, type Order } from '../../core/model/index.ts'
import type { Command } from '../index.ts'

const USAGE = 'unordered inspect FILE --url URL [--captured YYYY-MM-DD]'

type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

interface InspectArgs { file: string; url: string; captured?: string }

function parseArgs(args: string[]): Parsed<InspectArgs> {
  let file: string | undefined
  const flags: Record<string, string> = {}
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!
    if (a === '--url' || a === '--captured') {
      const v = args[i + 1]
      if (v === undefined || v.startsWith('--')) return { ok: false, error: `${a} needs a value` }
      flags[a] = v
      i++
    } else if (a.startsWith('--')) return { ok: false, error: `unknown option "${a}"` }
    else if (file === undefined) file = a
    else return { ok: false, error: `unexpected argument "${a}" (one FILE only)` }
  }
  if (file === undefined) return { ok: false, error: 'FILE is required (a saved Amazon page)' }
  const url = flags['--url']
  if (url === undefined) return { ok: false, error: '--url URL is required (the address the page was saved from)' }
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return { ok: false, error: `--url "${url}" is not an absolute URL` }
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return { ok: false, error: `--url "${url}" is not a web address` }
  const captured = flags['--captured']
  if (captured !== undefined && !isPlainDate(captured)) return { ok: false, error: `--captured "${captured}" is not a date in YYYY-MM-DD form` }
  return { ok: true, value: { file, url, ...(captured ? { captured } : {}) } }
}

// Saved pages may hold a few NUL bytes (ao_order-details-111-…); binary files are full of control bytes.
function controlRatio(bytes: Uint8Array): number {
  const sample = bytes.subarray(0, 65536)
  let control = 0
  for (const b of sample) if (b < 9 || (b > 13 && b < 32)) control++
  return sample.length > 0 ? control / sample.length : 0
}

function readText(path: string): Parsed<string> {
  let bytes: Uint8Array
  try {
    if (!statSync(path).isFile()) return { ok: false, error: `"${path}" is not a file` }
    bytes = readFileSync(path)
  } catch {
    return { ok: false, error: `"${path}" cannot be read (does it exist?)` }
  }
  const binary = { ok: false as const, error: `"${path}" is binary, not an HTML page` }
  const control = controlRatio(bytes)
  if (control > 0.1) return binary
  try {
    return { ok: true, value: new TextDecoder('utf-8', { fatal: true }).decode(bytes) }
  } catch {
    // Old pages may be Windows-1252/Latin-1 (no control bytes): read them byte for byte rather than refuse them.
    if (control > 0.01) return binary
    return { ok: true, value: new TextDecoder('latin1').decode(bytes) }
  }
}

function orderView(o: Order) {
  return {
    orderId: o.orderId,
    aliases: o.aliases ?? [],
    placedOn: o.placedOn ?? null,
    total: o.total ? { minor: o.total.minor, currency: o.total.currency } : null,
    digital: o.digital,
    shipments: o.shipments.map((s) => ({
      ...(s.shipmentId ? { shipmentId: s.shipmentId } : {}),
      status: s.status,
      ...(s.deliveredOn ? { deliveredOn: s.deliveredOn } : {}),
      trackingIds: s.trackingIds,
      ...(s.carrier ? { carrier: s.carrier } : {}),
      items: s.items.map((i) => ({
        title: i.title,
        ...(i.asin ? { asin: i.asin } : {}),
        quantity: i.quantity,
        ...(i.unitPrice ? { unitPrice: { minor: i.unitPrice.minor, currency: i.unitPrice.currency } } : {}),
      })),
    })),
  }
}

/** The JSON object `inspect` prints for one page reading. */
export function inspectView(r: PageReading) {
  return { kind: r.kind, marketplace: r.marketplace ?? null, language: r.language, orders: r.orders.map(orderView), issues: r.issues }
}

export const inspect: Command = {
  summary: 'Classify a saved Amazon page and print the orders read from it as JSON.',
  usage: USAGE,
  run(args) {
    const parsed = parseArgs(args)
    if (!parsed.ok) {
      console.error(`unordered inspect: ${parsed.error}\nUsage: ${USAGE}`)
      return 2
    }
    const text = readText(parsed.value.file)
    if (!text.ok) {
      console.error(`unordered inspect: ${text.error}`)
      return 2
    }
    const reading = readPage(parsed.value.url, text.value, parsed.value.captured ? { captured: parsed.value.captured } : undefined)
    console.log(JSON.stringify(inspectView(reading), null, 2))
    return 0
  },
}
