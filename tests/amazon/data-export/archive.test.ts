// What the importer accepts as input: zips (split files, nested, JSON-only, corrupt), bare CSV, garbage.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { importDataExport } from '../../../src/amazon/data-export/index.ts'
import { fixtureBytes, fixtureText, zipOf } from './fixtures.ts'

describe('zip input', () => {
  it('reads Retail.OrderHistory.1.csv inside its folder, like the CSV itself', () => {
    const csv = fixtureText('retail-older-header.csv')
    const zip = zipOf({ 'Retail.OrderHistory.1/Retail.OrderHistory.1.csv': csv, 'Digital-Ordering.1/Digital Items.csv': 'a,b\n1,2\n' })
    expect(importDataExport(zip, 'Your Orders.zip')).toEqual(importDataExport(fixtureBytes('retail-older-header.csv'), 'Retail.OrderHistory.1.csv'))
  })

  it('merges split files and reads identical rows once', () => {
    const zip = zipOf({
      'Retail.OrderHistory.1/Retail.OrderHistory.1.csv': fixtureText('split/Retail.OrderHistory.1.csv'),
      'Retail.OrderHistory.2/Retail.OrderHistory.2.csv': fixtureText('split/Retail.OrderHistory.2.csv'),
    })
    const r = importDataExport(zip, 'Your Orders.zip')
    const whole = importDataExport(fixtureBytes('retail-older-header.csv'), 'whole.csv')
    if (!r.ok || !whole.ok) throw new Error('expected both imports to succeed')
    expect(r.rows).toBe(7)
    expect(r.orders).toEqual(whole.orders)
    expect(r.coverage).toEqual(whole.coverage)
    expect(r.issues).toEqual(['1 duplicate row(s) across the export\'s files were read once.'])
  })

  it('keeps repeated rows inside one file (only overlap between split files is dropped)', () => {
    const [header, first] = fixtureText('retail-older-header.csv').split('\n')
    const r = importDataExport(new TextEncoder().encode([header, first, first].join('\n')), 'one.csv')
    expect(r.ok && r.rows).toBe(2)
    expect(r.ok && r.orders[0]!.shipments[0]!.items).toHaveLength(2)
  })

  it('finds "Your Amazon Orders/Order History.csv" and a CSV nested in an inner zip', () => {
    const csv = fixtureText('retail-newer-header.csv')
    const newer = importDataExport(zipOf({ 'Your Amazon Orders/Order History.csv': csv }), 'export.zip')
    expect(newer.ok && newer.orders).toHaveLength(2)
    const nested = importDataExport(zipOf({ 'Your Orders.zip': zipOf({ 'Retail.OrderHistory.1/Retail.OrderHistory.1.csv': csv }) }), 'outer.zip')
    expect(nested).toEqual(newer)
  })

  it('accepts an oddly named CSV whose header is an order-history header', () => {
    const r = importDataExport(zipOf({ 'orders-2026.csv': fixtureText('retail-newer-header.csv') }), 'a.zip')
    expect(r.ok && r.orders).toHaveLength(2)
  })

  it('reports a JSON-only export as unsupported', () => {
    const r = importDataExport(zipOf({ 'Retail.OrderHistory.1/Retail.OrderHistory.1.json': '[{"Order ID":"1"}]' }), 'Your Orders.zip')
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^Unsupported format: .*Retail\.OrderHistory\.1\.json/) })
  })

  it('reports a zip without order history', () => {
    const r = importDataExport(zipOf({ 'readme.txt': 'hello' }), 'x.zip')
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/^No order history in the zip/) })
  })

  it('reports a corrupt zip', () => {
    const zip = zipOf({ 'Retail.OrderHistory.1.csv': fixtureText('retail-older-header.csv') })
    const cut = zip.slice(0, zip.length - 30)
    expect(importDataExport(cut, 'cut.zip')).toEqual({ ok: false, error: expect.stringMatching(/^The zip file is damaged/) })
    const garbled = zip.slice()
    garbled.fill(0x41, 40, 200)
    expect(importDataExport(garbled, 'garbled.zip').ok).toBe(false)
  })
})

describe('bare input', () => {
  it.each([
    [new Uint8Array(), 'e.csv', /^The file is empty/],
    [new TextEncoder().encode('  \n\n'), 'e.csv', /^The file is empty/],
    [new Uint8Array([0, 159, 146, 150, 255, 0, 1]), 'x.csv', /^The file is neither a zip/],
    [new TextEncoder().encode('[{"Order ID": "1"}]'), 'Retail.OrderHistory.1.json', /^Unsupported format/],
    [new TextEncoder().encode('PK not really'), 'x.zip', /^The zip file is damaged/],
    [new TextEncoder().encode('name,price\nx,1\n'), 'x.csv', /^Missing required columns: Website, Order ID/],
  ])('%#: %s → typed error', (bytes, name, message) => {
    expect(importDataExport(bytes, name)).toMatchObject({ ok: false, error: expect.stringMatching(message) })
  })

  it('a header-only export has no orders and no coverage', () => {
    const header = fixtureText('retail-older-header.csv').split('\n')[0]!
    expect(importDataExport(new TextEncoder().encode(header), 'h.csv')).toEqual({ ok: true, orders: [], coverage: [], rows: 0, issues: [] })
  })

  it('never throws on arbitrary bytes or mangled exports', () => {
    const csv = fixtureText('retail-older-header.csv')
    fc.assert(
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 400 }).map((b) => ({ bytes: b, name: 'x.csv' })),
          fc.tuple(fc.nat(csv.length), fc.nat(csv.length), fc.string({ maxLength: 20 })).map(([a, b, s]) => ({
            bytes: new TextEncoder().encode(csv.slice(0, Math.min(a, b)) + s + csv.slice(Math.max(a, b))),
            name: 'Retail.OrderHistory.1.csv',
          })),
        ),
        ({ bytes, name }) => {
          const r = importDataExport(bytes, name)
          expect(typeof r.ok).toBe('boolean')
          if (r.ok) for (const o of r.orders) expect(o.shipments.length).toBeGreaterThan(0)
        },
      ),
      { numRuns: 500 },
    )
  })
})
