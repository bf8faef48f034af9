// The `import` command end to end: real process, files outside the project, exit codes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))
const FIXTURES = join(ROOT, 'tests/fixtures/amazon/data-export/')

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { cwd: ROOT, encoding: 'utf8' })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

describe('unordered import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unordered-import-'))

  it('prints the ledger of a zip outside the project as JSON', () => {
    const zip = join(dir, 'Your Orders.zip')
    writeFileSync(zip, zipSync({ 'Retail.OrderHistory.1/Retail.OrderHistory.1.csv': strToU8(readFileSync(join(FIXTURES, 'retail-older-header.csv'), 'utf8')) }))
    const r = cli('import', zip)
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { orders: Array<{ orderId: string; shipments: unknown[] }>; coverage: unknown[]; issues: string[] }
    expect(Object.keys(out)).toEqual(['orders', 'coverage', 'issues'])
    expect(out.orders.map((o) => [o.orderId, o.shipments.length])).toEqual([
      ['204-0000004-0000004', 1],
      ['111-0000001-0000001', 2],
      ['111-0000003-0000003', 1],
      ['111-0000002-0000002', 2],
    ])
    expect(out.coverage).toHaveLength(2)
    expect(out.issues).toEqual([])
  })

  it('exits 2 with a message for a missing file, bad input and missing columns', () => {
    const missing = cli('import', join(dir, 'nope.csv'))
    expect(missing.code).toBe(2)
    expect(missing.stderr).toMatch(/no such file/)

    const garbage = join(dir, 'garbage.zip')
    writeFileSync(garbage, new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5]))
    const bad = cli('import', garbage)
    expect(bad.code).toBe(2)
    expect(bad.stderr).toMatch(/zip file is damaged/)

    const cols = cli('import', join(FIXTURES, 'missing-columns.csv'))
    expect(cols.code).toBe(2)
    expect(cols.stderr).toMatch(/Missing required columns: Carrier Name & Tracking Number/)

    expect(cli('import').code).toBe(2)
  })
})
