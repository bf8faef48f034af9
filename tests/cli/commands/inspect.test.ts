// `inspect`: one JSON object per page, exit 0 for any classified page, 2 for unreadable input.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { inspect } from '../../../src/cli/commands/inspect.ts'

const FIXTURES = fileURLToPath(new URL('../../fixtures/amazon/', import.meta.url))

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = []
  const err: string[] = []
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void out.push(String(s)))
  vi.spyOn(console, 'error').mockImplementation((s: unknown) => void err.push(String(s)))
  const code = await inspect.run(args)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('inspect', () => {
  it('prints kind, marketplace, language, orders and issues for an order list', async () => {
    const file = `${FIXTURES}amazon.de/order-list/2025-03_de_multi-shipment-cancelled.html`
    const r = await run([file, '--url', 'https://www.amazon.de/your-orders/orders?timeFilter=year-2025', '--captured', '2025-03-15'])
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as Record<string, unknown> & { orders: Array<Record<string, unknown> & { shipments: Array<Record<string, unknown>> }> }
    expect(Object.keys(json)).toEqual(['kind', 'marketplace', 'language', 'orders', 'issues'])
    expect(json).toMatchObject({ kind: 'order-list', marketplace: 'amazon.de', language: 'de' })
    const first = json.orders[0]!
    expect(Object.keys(first)).toEqual(['orderId', 'aliases', 'placedOn', 'total', 'digital', 'shipments'])
    expect(first.total).toEqual({ minor: 2999, currency: 'EUR' })
    expect(first.shipments[0]).toMatchObject({ status: 'delivered', trackingIds: [] })
    expect(Object.keys(first.shipments[0]!)).toContain('items')
  })

  it('exits 0 for a challenge page and reports its kind', async () => {
    const r = await run([`${FIXTURES}amazon.de/captcha/2025-03_de_validate-captcha.html`, '--url', 'https://www.amazon.de/your-orders/orders'])
    expect(r.code).toBe(0)
    expect(JSON.parse(r.out)).toMatchObject({ kind: 'captcha', orders: [] })
  })

  it('exits 2 with a clear message for a missing file, a binary file, a bad URL or missing arguments', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'inspect-'))
    const binary = join(dir, 'x.html')
    writeFileSync(binary, Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))
    const page = `${FIXTURES}amazon.de/captcha/2025-03_de_validate-captcha.html`
    for (const [args, message] of [
      [[join(dir, 'missing.html'), '--url', 'https://www.amazon.de/'], /cannot be read/],
      [[binary, '--url', 'https://www.amazon.de/'], /binary/],
      [[page, '--url', 'not a url'], /not an absolute URL/],
      [[page], /--url URL is required/],
      [['--url', 'https://www.amazon.de/'], /FILE is required/],
      [[page, '--url', 'https://www.amazon.de/', '--captured', 'yesterday'], /--captured/],
    ] as const) {
      const r = await run([...args])
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.err).toMatch(message)
      expect(r.out).toBe('')
    }
  })
})
