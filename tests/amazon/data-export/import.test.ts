// importDataExport on the synthetic fixtures: grouping, both header sets, statuses, amounts, coverage.
import { describe, expect, it } from 'vitest'
import { importDataExport, type ExportImport } from '../../../src/amazon/data-export/index.ts'
import type { Order } from '../../../src/core/model/order.ts'
import { fixtureBytes } from './fixtures.ts'

type Ok = Extract<ExportImport, { ok: true }>

function imported(name: string): Ok {
  const r = importDataExport(fixtureBytes(name), name)
  if (!r.ok) throw new Error(`expected ok import of ${name}: ${r.error}`)
  return r
}

function order(r: Ok, orderId: string): Order {
  const o = r.orders.find((x) => x.orderId === orderId)
  if (!o) throw new Error(`order ${orderId} missing`)
  return o
}

describe('older header set', () => {
  const r = imported('retail-older-header.csv')

  it('reads every row into orders keyed by storefront', () => {
    expect(r.rows).toBe(7)
    expect(r.orders.map((o) => o.key)).toEqual([
      'amazon.co.uk:204-0000004-0000004',
      'amazon.com:111-0000001-0000001',
      'amazon.com:111-0000003-0000003',
      'amazon.com:111-0000002-0000002',
    ])
    expect(r.issues).toEqual([])
  })

  it('groups a multi-shipment order by carrier and tracking number', () => {
    const o = order(r, '111-0000001-0000001')
    expect(o.placedOn).toBe('2024-03-02')
    expect(o.shipments).toHaveLength(2)
    const [first, second] = o.shipments
    expect(first).toMatchObject({ carrier: 'AMZN_US', trackingIds: ['TBA000000000001'], shippedOn: '2024-03-03', status: 'shipped', source: 'export' })
    expect(first!.key).toBe('amazon.com:111-0000001-0000001:t-TBA000000000001')
    expect(first!.items).toEqual([
      { title: 'Example Phone Case, Blue', asin: 'B0EXAMPLE1', quantity: 1, unitPrice: { minor: 1000, currency: 'USD' } },
      { title: 'Example USB-C Cable 1 m', asin: 'B0EXAMPLE2', quantity: 2, unitPrice: { minor: 1000, currency: 'USD' } },
    ])
    expect(second).toMatchObject({ carrier: 'UPS', trackingIds: ['1Z999AA10123456784'], shippedOn: '2024-03-05' })
  })

  it('takes the shipment subtotal once per shipment, never summed over its rows', () => {
    const [first] = order(r, '111-0000001-0000001').shipments
    expect(first!.subtotal).toEqual({ minor: 3000, currency: 'USD' })
  })

  it('totals an order from the per-row Total Owed', () => {
    expect(order(r, '111-0000001-0000001').total).toEqual({ minor: 1080 + 2160 + 593, currency: 'USD' })
  })

  it('splits rows without tracking by ship date, and strips apostrophes around negative amounts', () => {
    const o = order(r, '111-0000002-0000002')
    expect(o.shipments.map((s) => [s.key, s.trackingIds, s.shippedOn])).toEqual([
      ['amazon.com:111-0000002-0000002:d-2024-12-21', [], '2024-12-21'],
      ['amazon.com:111-0000002-0000002:d-2024-12-23', [], '2024-12-23'],
    ])
    expect(o.shipments.every((s) => s.carrier === undefined)).toBe(true)
    expect(o.total).toEqual({ minor: -60, currency: 'USD' })
  })

  it('flags zero-price and sample-worded items as samples', () => {
    const items = order(r, '111-0000002-0000002').shipments.flatMap((s) => s.items)
    expect(items.map((i) => [i.title, i.sample ?? false])).toEqual([
      ['Example Tea Bags (20)', false],
      ['Free Sample - Example Shampoo 10 ml', true],
    ])
  })

  it('marks a cancelled order cancelled', () => {
    const o = order(r, '111-0000003-0000003')
    expect(o.shipments).toHaveLength(1)
    expect(o.shipments[0]).toMatchObject({ status: 'cancelled', trackingIds: [] })
    expect(o.shipments[0]!.shippedOn).toBeUndefined()
    expect(o.shipments[0]!.subtotal).toBeUndefined()
  })

  it('reads a second storefront in its own currency and covers each storefront up to its latest order', () => {
    expect(order(r, '204-0000004-0000004').total).toEqual({ minor: 399, currency: 'GBP' })
    expect(r.coverage).toEqual([
      { marketplace: 'amazon.co.uk', from: '1995-01-01', to: '2023-11-30', source: 'export' },
      { marketplace: 'amazon.com', from: '1995-01-01', to: '2024-12-20', source: 'export' },
    ])
  })
})

describe('newer header set', () => {
  const r = imported('retail-newer-header.csv')

  it('maps renamed columns by name and ignores unknown ones', () => {
    expect(r.issues).toEqual([])
    const us = order(r, '112-0000005-0000005')
    expect(us.total).toEqual({ minor: 2159, currency: 'USD' })
    expect(us.shipments[0]).toMatchObject({ shippedOn: '2026-07-05', trackingIds: ['TBA000000000005'], carrier: 'AMZN_US' })
    const ca = order(r, '702-0000006-0000006')
    expect(ca.marketplace).toBe('amazon.ca')
    expect(ca.shipments[0]!.items).toEqual([{ title: 'Example Socks, 2 pairs', asin: 'B0EXAMPLE9', quantity: 2, unitPrice: { minor: 1250, currency: 'CAD' } }])
  })

  it('gives the same orders whichever header set carries them', () => {
    const older = imported('retail-older-header.csv')
    const text = new TextDecoder().decode(fixtureBytes('retail-older-header.csv'))
      .replace('"Total Owed"', '"Total Amount"').replace('"Quantity"', '"Original Quantity"').replace('"Payment Instrument Type"', '"Payment Method Type"')
    const renamed = importDataExport(new TextEncoder().encode(text), 'Order History.csv')
    expect(renamed).toEqual(older)
  })
})

describe('rows that cannot be placed', () => {
  it('skips rows of an unknown Website and names them', () => {
    const r = imported('unknown-website.csv')
    expect(r.orders.map((o) => o.orderId)).toEqual(['111-0000001-0000001'])
    expect(r.issues).toHaveLength(1)
    expect(r.issues[0]).toContain('Unknown Website "Amazon.example"')
    expect(r.issues[0]).toContain('unknown-website.csv row 2')
    expect(r.coverage.map((c) => c.marketplace)).toEqual(['amazon.com'])
  })

  it('reports missing required columns by name', () => {
    const r = importDataExport(fixtureBytes('missing-columns.csv'), 'missing-columns.csv')
    expect(r).toMatchObject({ ok: false, missingColumns: ['Carrier Name & Tracking Number', 'Quantity'] })
    if (!r.ok) expect(r.error).toMatch(/^Missing required columns: Carrier Name & Tracking Number, Quantity or Original Quantity/)
  })

  it('skips a row without Order ID or with an unreadable Order Date, with the row named', () => {
    const header = '"Website","Order ID","Order Date","Ship Date","Carrier Name & Tracking Number","Order Status","Product Name","Quantity"'
    const csv = [header, '"Amazon.com","","2024-01-01T00:00:00Z","Not Available","Not Available","Closed","X","1"', '"Amazon.com","111-1","01/02/24","Not Available","Not Available","Closed","Y","1"', '"Amazon.com","111-2","2024-01-03T00:00:00Z","Not Available","Not Available","Closed","Z","1"'].join('\n')
    const r = importDataExport(new TextEncoder().encode(csv), 'x.csv')
    expect(r.ok && r.orders.map((o) => o.orderId)).toEqual(['111-2'])
    expect(r.ok && r.issues).toEqual(['x.csv row 1: no Order ID', 'x.csv row 2: unreadable Order Date "01/02/24"'])
  })

  it('marks closed orders that never shipped as unknown rather than shipped', () => {
    const header = '"Website","Order ID","Order Date","Ship Date","Carrier Name & Tracking Number","Order Status","Shipment Status","Product Name","Quantity"'
    const csv = [header, '"amazon.COM","111-3","2024-01-03T00:00:00Z","Not Available","Not Available","Closed","Not Available","Z","1"'].join('\n')
    const r = importDataExport(new TextEncoder().encode(csv), 'x.csv')
    expect(r.ok && r.orders[0]!.shipments[0]!.status).toBe('unknown')
    expect(r.ok && r.orders[0]!.marketplace).toBe('amazon.com')
  })
})
