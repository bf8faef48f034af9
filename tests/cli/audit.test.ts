// Scenario tests through the `audit` command: synthetic exports and parcel CSVs under tests/fixtures/audit/.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { zipSync, strToU8 } from 'fflate'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { audit } from '../../src/cli/commands/audit.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const FIXTURES = join(ROOT, 'tests/fixtures/audit')
const fixture = (p: string) => join(FIXTURES, p)

interface AuditOutput {
  parcels: Array<{ row: number; outcome: string; orderId: string | null; suspectedBrushing: boolean; series: string | null; coverageGap: boolean; reason: string }>
  shipments: Array<{ orderId: string; shipmentKey: string; outcome: string }>
  notices: Array<{ kind: string; orderId?: string; row?: number }>
  errors: Array<{ row: number; reason: string }>
}

async function run(args: string[]): Promise<{ code: number; out?: AuditOutput; stderr: string }> {
  const logs: string[] = []
  const errs: string[] = []
  vi.spyOn(console, 'log').mockImplementation((s: unknown) => void logs.push(String(s)))
  vi.spyOn(console, 'error').mockImplementation((s: unknown) => void errs.push(String(s)))
  const code = await audit.run(args)
  vi.restoreAllMocks()
  return { code, ...(logs.length ? { out: JSON.parse(logs.join('\n')) as AuditOutput } : {}), stderr: errs.join('\n') }
}

afterEach(() => vi.restoreAllMocks())

describe('audit: one scenario per rule', () => {
  let code = -1
  let out: AuditOutput | undefined
  beforeAll(async () => {
    ;({ code, out } = await run(['--orders', fixture('rules/Retail.OrderHistory.1.csv'), '--parcels', fixture('rules/parcels.csv'), '--today', '2026-11-20']))
  })
  const row = (n: number) => out!.parcels.find((p) => p.row === n)!

  it('exits 0 with one entry per good row', () => {
    expect(code).toBe(0)
    expect(out!.parcels.map((p) => p.row)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 11])
  })

  it('tracking: a parcel number equal to the export tracking ID is matched', () => {
    expect(row(1)).toMatchObject({ outcome: 'matched', orderId: '112-0000001-0000001', suspectedBrushing: false })
    expect(row(1).reason).toContain('TBA100000000001')
  })

  it('packing slip in the ledger matches; a slip not in the ledger explains', () => {
    expect(row(2)).toMatchObject({ outcome: 'matched', orderId: '112-0000002-0000001' })
    expect(row(7)).toMatchObject({ outcome: 'explained', orderId: null })
    expect(row(7).reason).toContain('another account')
  })

  it('date window: one shipment due → probable, two → ambiguous', () => {
    expect(row(3)).toMatchObject({ outcome: 'probable', orderId: '112-0000003-0000001' })
    expect(row(4)).toMatchObject({ outcome: 'ambiguous', orderId: null })
    expect(row(4).reason).toContain('112-0000004-0000001')
  })

  it('unknown numbers are unmatched and never matched by date; Amazon-carried ones are suspected brushing', () => {
    expect(row(5)).toMatchObject({ outcome: 'unmatched', suspectedBrushing: true, series: null, coverageGap: false })
    expect(row(6)).toMatchObject({ outcome: 'unmatched', suspectedBrushing: false, coverageGap: false })
    expect(row(6).reason).toContain('1Z999AA10000000017')
  })

  it('the explanation column is the user decision', () => {
    expect(row(8)).toMatchObject({ outcome: 'explained' })
    expect(row(8).reason).toContain('gift')
    expect(row(11).reason).toContain('Vine')
  })

  it('shipments: the matched ones; exports carry no delivery status, so none awaits confirmation', () => {
    expect(out!.shipments.map((s) => `${s.orderId}:${s.outcome}`)).toEqual([
      '112-0000001-0000001:matched', '112-0000002-0000001:matched', '112-0000005-0000001:matched',
    ])
  })

  it('notices: the zero-price sample item, the samples card, the Vine parcel', () => {
    expect(out!.notices).toEqual(expect.arrayContaining([
      { kind: 'sample', orderId: '112-0000005-0000001' },
      { kind: 'samples-card', orderId: '112-0000005-0000001', row: 9 },
      { kind: 'sample', row: 11 },
    ]))
    expect(out!.notices).toHaveLength(3)
  })

  it('bad rows are reported with their row number while good rows run', () => {
    expect(out!.errors).toEqual([{ row: 10, reason: expect.stringContaining('2026-02-30') }])
  })
})

describe('audit: sample items by the words of the order\'s language', () => {
  it('a sample word in the marketplace language is a notice; the same word in another language, or "probe" in English, is not', async () => {
    const { code, out } = await run(['--orders', fixture('samples/Retail.OrderHistory.1.csv'), '--parcels', fixture('samples/parcels.csv'), '--today', '2026-11-20'])
    expect(code).toBe(0)
    // Gratisprobe on amazon.de (German) and "free sample" on amazon.com (English) are samples;
    // "temperature probe" on amazon.com and Spanish "muestra gratuita" on amazon.de are not.
    expect(out!.notices).toEqual([{ kind: 'sample', orderId: '112-0000302-0000001' }, { kind: 'sample', orderId: '302-0000301-0000001' }])
    expect(out!.parcels[0]).toMatchObject({ row: 1, outcome: 'matched', orderId: '112-0000303-0000001' })
  })
})

describe('audit: brushing and coverage', () => {
  it('100 Amazon parcels from one sender within 60 days form one series, all suspected brushing', async () => {
    const { code, out } = await run(['--orders', fixture('brushing/Retail.OrderHistory.1.csv'), '--parcels', fixture('brushing/parcels.csv'), '--today', '2026-11-20'])
    expect(code).toBe(0)
    expect(out!.parcels).toHaveLength(100)
    expect(new Set(out!.parcels.map((p) => p.series))).toEqual(new Set(['series-csv-1']))
    expect(out!.parcels.every((p) => p.outcome === 'unmatched' && p.suspectedBrushing && !p.coverageGap)).toBe(true)
    expect(out!.parcels[0]!.reason).toContain('100 unmatched parcels')
  })

  it('a marketplace whose export ends before the parcel is a coverage gap naming it and the months', async () => {
    const { out } = await run(['--orders', fixture('coverage-gap/us.csv'), '--orders', fixture('coverage-gap/de.csv'), '--parcels', fixture('coverage-gap/parcels.csv'), '--today', '2026-11-20'])
    const [recent, older, dhl] = out!.parcels
    expect(recent).toMatchObject({ outcome: 'unmatched', coverageGap: true, suspectedBrushing: false })
    expect(recent!.reason).toContain('amazon.de (Sep 2026–Nov 2026)')
    expect(older).toMatchObject({ outcome: 'unmatched', coverageGap: false })
    expect(dhl).toMatchObject({ outcome: 'matched', orderId: '302-0000201-0000001' })
    expect(dhl!.reason).toContain('00340434161094042557')
  })

  it('reads the export from a zip, and the same export given twice changes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unordered-audit-'))
    const zip = join(dir, 'Your Orders.zip')
    writeFileSync(zip, zipSync({ 'Retail.OrderHistory.1/Retail.OrderHistory.1.csv': strToU8(readFileSync(fixture('rules/Retail.OrderHistory.1.csv'), 'utf8')) }))
    const args = ['--parcels', fixture('rules/parcels.csv'), '--today', '2026-11-20']
    const fromCsv = await run(['--orders', fixture('rules/Retail.OrderHistory.1.csv'), ...args])
    const fromZipTwice = await run(['--orders', zip, '--orders', fixture('rules/Retail.OrderHistory.1.csv'), ...args])
    expect(fromZipTwice.out).toEqual(fromCsv.out)
  })
})

describe('audit: arguments and files', () => {
  const ok = ['--orders', fixture('rules/Retail.OrderHistory.1.csv'), '--parcels', fixture('rules/parcels.csv'), '--today', '2026-11-20']

  it.each([
    [['--parcels', fixture('rules/parcels.csv'), '--today', '2026-11-20'], '--orders'],
    [['--orders', fixture('rules/Retail.OrderHistory.1.csv'), '--today', '2026-11-20'], '--parcels'],
    [['--orders', fixture('rules/Retail.OrderHistory.1.csv'), '--parcels', fixture('rules/parcels.csv')], '--today'],
    [[...ok.slice(0, 4), '--today', '2026-11-31'], 'not a date'],
    [[...ok, '--audit-from', 'soon'], '--audit-from'],
    [[...ok, '--bogus', 'x'], 'unknown argument'],
    [[...ok.slice(0, 5)], '--today needs a value'],
    [['--orders', fixture('nope.csv'), ...ok.slice(2)], 'cannot be read'],
    [['--orders', fixture('rules/parcels.csv'), ...ok.slice(2)], 'not a usable Amazon data export'],
  ])('exits 2 with a clear message: %j', async (args, message) => {
    const r = await run(args as string[])
    expect(r.code).toBe(2)
    expect(r.out).toBeUndefined()
    expect(r.stderr).toContain(message)
  })

  it('exits 2 when the parcels CSV lacks columns, naming them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'unordered-audit-'))
    const bad = join(dir, 'parcels.csv')
    writeFileSync(bad, 'received_on,tracking_numbers\n2026-11-01,TBA1\n')
    const r = await run(['--orders', fixture('rules/Retail.OrderHistory.1.csv'), '--parcels', bad, '--today', '2026-11-20'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain('carrier, sender, contents')
  })

  it('is registered in the CLI and runs as a process', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'audit', ...ok], { cwd: ROOT, encoding: 'utf8' })
    expect((JSON.parse(out) as AuditOutput).parcels).toHaveLength(10)
    const failed = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', 'audit', '--today', 'x'], { cwd: ROOT, encoding: 'utf8' })
    expect(failed.status).toBe(2)
    expect(failed.stderr).toContain('--orders')
  })
})
