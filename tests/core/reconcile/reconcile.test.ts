// Reconcile rules one by one (DESIGN.md §5): decisions, tracking, slips, date window, unmatched, shipments, notices.
import { describe, expect, it } from 'vitest'
import type { Decision, ParcelOutcome } from '../../../src/core/model/index.ts'
import { reconcile } from '../../../src/core/reconcile/reconcile.ts'
import { covered, ledger, order, parcel, SETTINGS, TODAY } from './build.ts'

const at = '2026-11-15T10:00:00.000Z'

function outcomeOf(result: { parcels: ParcelOutcome[] }, id: string): ParcelOutcome {
  const o = result.parcels.find((p) => p.parcelId === id)
  if (!o) throw new Error(`no outcome for ${id}`)
  return o
}

describe('tracking rule', () => {
  const L = ledger([order('111-0000001-0000001', [{ trackingIds: ['TBA000000000001'], shippedOn: '2026-11-01', deliveredOn: '2026-11-03' }])])

  it('matches a parcel whose normalised number equals a shipment tracking ID, naming the ID and order', () => {
    const r = reconcile(L, [parcel('a', { trackingNumbers: ['tba-0000 0000 0001'] })], [], SETTINGS, TODAY)
    const o = outcomeOf(r, 'a')
    expect(o).toMatchObject({ outcome: 'matched', rule: 'tracking', orderKey: 'amazon.com:111-0000001-0000001', coverageGap: false, suspectedBrushing: false, series: null })
    expect(o.reason).toContain('TBA000000000001')
    expect(o.reason).toContain('111-0000001-0000001')
    expect(r.shipments[0]!.outcome).toBe('matched')
  })

  it('treats DHL 00+SSCC and the bare 18-digit SSCC as the same parcel', () => {
    const D = ledger([order('302-0000001-0000001', [{ trackingIds: ['00340434161094042557'] }], { marketplace: 'amazon.de' })])
    const r = reconcile(D, [parcel('a', { trackingNumbers: ['340434161094042557'] })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').outcome).toBe('matched')
  })

  it('lets a tracking ID match one parcel only: the earliest received wins, the other says why', () => {
    const r = reconcile(L, [
      parcel('late', { receivedOn: '2026-11-05', trackingNumbers: ['TBA000000000001'] }),
      parcel('early', { receivedOn: '2026-11-03', trackingNumbers: ['TBA000000000001'] }),
    ], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'early').outcome).toBe('matched')
    const late = outcomeOf(r, 'late')
    expect(late.outcome).toBe('unmatched')
    expect(late.suspectedBrushing).toBe(false)
    expect(late.reason).toContain('already matched')
  })

  it('breaks a same-day tie by parcel id', () => {
    const r = reconcile(L, [parcel('b', { receivedOn: '2026-11-03', trackingNumbers: ['TBA000000000001'] }), parcel('a', { receivedOn: '2026-11-03', trackingNumbers: ['TBA000000000001'] })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').outcome).toBe('matched')
    expect(outcomeOf(r, 'b').outcome).toBe('unmatched')
  })

  it('matches every order packed under one tracking ID', () => {
    const P = ledger([
      order('111-0000001-0000001', [{ trackingIds: ['TBA000000000009'], shippedOn: '2026-11-01' }]),
      order('111-0000001-0000002', [{ trackingIds: ['TBA000000000009'], shippedOn: '2026-11-01' }]),
    ])
    const r = reconcile(P, [parcel('a', { trackingNumbers: ['TBA000000000009'] })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').reason).toContain('packed with 111-0000001-0000002')
    expect(r.shipments.map((s) => s.outcome)).toEqual(['matched', 'matched'])
  })

  it('never matches a parcel with an unknown tracking number by date, even with a shipment that day', () => {
    const r = reconcile(L, [parcel('a', { receivedOn: '2026-11-03', trackingNumbers: ['1Z999AA10123456784'] })], [], SETTINGS, TODAY)
    const o = outcomeOf(r, 'a')
    expect(o.outcome).toBe('unmatched')
    expect(o.candidates).toBeUndefined()
  })
})

describe('packing-slip rule', () => {
  const L = ledger([order('111-0000002-0000001', [
    { shippedOn: '2026-10-01', deliveredOn: '2026-10-03' },
    { shippedOn: '2026-11-08', deliveredOn: '2026-11-09' },
  ])])

  it('matches the slip order to its shipment nearest the received date', () => {
    const r = reconcile(L, [parcel('a', { receivedOn: '2026-11-10', slipOrderId: ' 111-0000002-0000001 ' })], [], SETTINGS, TODAY)
    const o = outcomeOf(r, 'a')
    expect(o).toMatchObject({ outcome: 'matched', rule: 'slip', shipmentKey: 'amazon.com:111-0000002-0000001:n-1' })
    expect(o.reason).toContain('111-0000002-0000001')
  })

  it('prefers a shipment no other parcel took', () => {
    const r = reconcile(L, [
      parcel('a', { receivedOn: '2026-11-10', slipOrderId: '111-0000002-0000001' }),
      parcel('b', { receivedOn: '2026-11-10', slipOrderId: '111-0000002-0000001' }),
    ], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').shipmentKey).toBe('amazon.com:111-0000002-0000001:n-1')
    expect(outcomeOf(r, 'b').shipmentKey).toBe('amazon.com:111-0000002-0000001:n-0')
  })

  it('explains a slip number that is not in the ledger as ordered from another account', () => {
    const r = reconcile(L, [parcel('a', { slipOrderId: '999-9999999-9999999', trackingNumbers: ['TBA123456789012'] })], [], SETTINGS, TODAY)
    const o = outcomeOf(r, 'a')
    expect(o).toMatchObject({ outcome: 'explained', rule: 'slip', suspectedBrushing: false })
    expect(o.reason).toContain('another account')
  })

  it('comes after the tracking rule', () => {
    const T = ledger([...L.orders, order('111-0000003-0000001', [{ trackingIds: ['TBA000000000003'] }])])
    const r = reconcile(T, [parcel('a', { slipOrderId: '111-0000002-0000001', trackingNumbers: ['TBA000000000003'] })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a')).toMatchObject({ rule: 'tracking', orderKey: 'amazon.com:111-0000003-0000001' })
  })
})

describe('date-window rule', () => {
  const one = order('111-0000004-0000001', [{ deliveredOn: '2026-11-09', carrier: 'UPS' }])
  const two = order('111-0000004-0000002', [{ status: 'shipped', shippedOn: '2026-11-05' }])
  const three = order('111-0000004-0000003', [{ status: 'pending' }], { placedOn: '2026-10-30' })

  it('proposes the single shipment delivered within received−2 … received+1 as probable', () => {
    const r = reconcile(ledger([one]), [parcel('a', { receivedOn: '2026-11-11' })], [], SETTINGS, TODAY)
    const o = outcomeOf(r, 'a')
    expect(o).toMatchObject({ outcome: 'probable', rule: 'date-window', candidates: ['amazon.com:111-0000004-0000001:n-0'] })
    expect(o.reason).toContain('111-0000004-0000001')
  })

  it('does not reach outside the window', () => {
    expect(outcomeOf(reconcile(ledger([one]), [parcel('a', { receivedOn: '2026-11-12' })], [], SETTINGS, TODAY), 'a').outcome).toBe('unmatched')
    expect(outcomeOf(reconcile(ledger([one]), [parcel('a', { receivedOn: '2026-11-07' })], [], SETTINGS, TODAY), 'a').outcome).toBe('unmatched')
    expect(outcomeOf(reconcile(ledger([one]), [parcel('a', { receivedOn: '2026-11-08' })], [], SETTINGS, TODAY), 'a').outcome).toBe('probable')
  })

  it('uses ship date … +7 without a delivery date, and order date … +14 without either', () => {
    expect(outcomeOf(reconcile(ledger([two]), [parcel('a', { receivedOn: '2026-11-14' })], [], SETTINGS, TODAY), 'a').outcome).toBe('probable')
    expect(outcomeOf(reconcile(ledger([two]), [parcel('a', { receivedOn: '2026-11-15' })], [], SETTINGS, TODAY), 'a').outcome).toBe('unmatched')
    expect(outcomeOf(reconcile(ledger([three]), [parcel('a', { receivedOn: '2026-11-15' })], [], SETTINGS, TODAY), 'a').outcome).toBe('probable')
    expect(outcomeOf(reconcile(ledger([three]), [parcel('a', { receivedOn: '2026-11-16' })], [], SETTINGS, TODAY), 'a').outcome).toBe('unmatched')
  })

  it('lists several candidates as ambiguous, sorted by shipment key', () => {
    const r = reconcile(ledger([one, two]), [parcel('a', { receivedOn: '2026-11-10' })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a')).toMatchObject({ outcome: 'ambiguous', candidates: ['amazon.com:111-0000004-0000001:n-0', 'amazon.com:111-0000004-0000002:n-0'] })
  })

  it('excludes a shipment of another carrier family when both are known', () => {
    const r = reconcile(ledger([one]), [parcel('a', { receivedOn: '2026-11-10', carrier: 'dhl' })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').outcome).toBe('unmatched')
    const same = reconcile(ledger([one]), [parcel('a', { receivedOn: '2026-11-10', carrier: 'ups' })], [], SETTINGS, TODAY)
    expect(outcomeOf(same, 'a').outcome).toBe('probable')
  })

  it('skips shipments another parcel already matched, and cancelled ones', () => {
    const tracked = order('111-0000004-0000009', [{ deliveredOn: '2026-11-09', trackingIds: ['TBA000000000044'] }])
    const r = reconcile(ledger([tracked]), [parcel('t', { receivedOn: '2026-11-09', trackingNumbers: ['TBA000000000044'] }), parcel('a', { receivedOn: '2026-11-10' })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').outcome).toBe('unmatched')
    const cancelled = order('111-0000004-0000010', [{ status: 'cancelled', deliveredOn: '2026-11-09' }])
    expect(outcomeOf(reconcile(ledger([cancelled]), [parcel('a', { receivedOn: '2026-11-10' })], [], SETTINGS, TODAY), 'a').outcome).toBe('unmatched')
  })
})

describe('user decisions', () => {
  const L = ledger([
    order('111-0000005-0000001', [{ trackingIds: ['TBA000000000051'], deliveredOn: '2026-11-09' }]),
    order('111-0000005-0000002', [{ deliveredOn: '2026-11-09' }]),
  ])

  it('confirm overrides the tracking rule', () => {
    const d: Decision[] = [{ kind: 'confirm', parcelId: 'a', shipmentKey: 'amazon.com:111-0000005-0000002:n-0', decidedAt: at }]
    const o = outcomeOf(reconcile(L, [parcel('a', { trackingNumbers: ['TBA000000000051'] })], d, SETTINGS, TODAY), 'a')
    expect(o).toMatchObject({ outcome: 'matched', rule: 'decision', shipmentKey: 'amazon.com:111-0000005-0000002:n-0' })
  })

  it('explain overrides everything and names the explanation', () => {
    const d: Decision[] = [{ kind: 'explain', parcelId: 'a', explanation: 'gift', decidedAt: at }]
    const o = outcomeOf(reconcile(L, [parcel('a', { trackingNumbers: ['TBA000000000051'] })], d, SETTINGS, TODAY), 'a')
    expect(o).toMatchObject({ outcome: 'explained', explanation: 'gift', rule: 'decision' })
    expect(o.reason).toContain('gift')
  })

  it('reject removes a shipment from the candidates', () => {
    const d: Decision[] = [{ kind: 'reject', parcelId: 'a', shipmentKey: 'amazon.com:111-0000005-0000001:n-0', decidedAt: at }]
    const r = reconcile(L, [parcel('a', { receivedOn: '2026-11-10' })], d, SETTINGS, TODAY)
    expect(outcomeOf(r, 'a')).toMatchObject({ outcome: 'probable', candidates: ['amazon.com:111-0000005-0000002:n-0'] })
  })

  it('a later reject withdraws an earlier confirm of the same shipment', () => {
    const d: Decision[] = [
      { kind: 'confirm', parcelId: 'a', shipmentKey: 'amazon.com:111-0000005-0000002:n-0', decidedAt: '2026-11-11T00:00:00.000Z' },
      { kind: 'reject', parcelId: 'a', shipmentKey: 'amazon.com:111-0000005-0000002:n-0', decidedAt: '2026-11-12T00:00:00.000Z' },
    ]
    const r = reconcile(L, [parcel('a', { receivedOn: '2026-11-10' })], d, SETTINGS, TODAY)
    expect(outcomeOf(r, 'a')).toMatchObject({ outcome: 'probable', candidates: ['amazon.com:111-0000005-0000001:n-0'] })
  })

  it('a rejected tracking match leaves the parcel unmatched, saying so', () => {
    const d: Decision[] = [{ kind: 'reject', parcelId: 'a', shipmentKey: 'amazon.com:111-0000005-0000001:n-0', decidedAt: at }]
    const o = outcomeOf(reconcile(L, [parcel('a', { trackingNumbers: ['TBA000000000051'] })], d, SETTINGS, TODAY), 'a')
    expect(o.outcome).toBe('unmatched')
    expect(o.reason).toContain('said this parcel is not')
  })
})

describe('unmatched parcels: coverage and brushing', () => {
  const L = ledger([order('111-0000006-0000001', [{ deliveredOn: '2026-06-01' }])])

  it('marks a coverage gap naming the marketplace and months when history is incomplete', () => {
    const gap = { orders: L.orders, coverage: [{ marketplace: 'amazon.com', from: '2020-01-01', to: '2026-10-15', source: 'export' as const }] }
    const o = outcomeOf(reconcile(gap, [parcel('a', { receivedOn: '2026-11-10', trackingNumbers: ['TBA999999999999'] })], [], SETTINGS, TODAY), 'a')
    expect(o).toMatchObject({ outcome: 'unmatched', coverageGap: true, suspectedBrushing: false })
    expect(o.reason).toContain('amazon.com (Oct 2026–Nov 2026)')
  })

  it('needs every marketplace of the ledger covered for R−60 … R, merging adjacent ranges', () => {
    const two = {
      orders: [...L.orders, order('302-0000006-0000001', [], { marketplace: 'amazon.de' })],
      coverage: [
        { marketplace: 'amazon.com', from: '2020-01-01', to: TODAY, source: 'export' as const },
        { marketplace: 'amazon.de', from: '2026-09-11', to: '2026-10-20', source: 'sync' as const },
        { marketplace: 'amazon.de', from: '2026-10-21', to: TODAY, source: 'sync' as const },
      ],
    }
    expect(outcomeOf(reconcile(two, [parcel('a', { receivedOn: '2026-11-10' })], [], SETTINGS, TODAY), 'a').coverageGap).toBe(false)
    const o = outcomeOf(reconcile(two, [parcel('a', { receivedOn: '2026-11-09' })], [], SETTINGS, TODAY), 'a')
    expect(o.coverageGap).toBe(true)
    expect(o.reason).toContain('amazon.de (Sep 2026)')
  })

  it('an empty ledger is a coverage gap', () => {
    expect(outcomeOf(reconcile({ orders: [], coverage: [] }, [parcel('a')], [], SETTINGS, TODAY), 'a').coverageGap).toBe(true)
  })

  it('suspects brushing when Amazon carried it or the user saw Amazon packaging', () => {
    const r = reconcile(L, [
      parcel('tba', { trackingNumbers: ['TBA999999999999'] }),
      parcel('box', { receivedOn: '2026-11-01', amazonPackaging: true }),
      parcel('ups', { receivedOn: '2026-05-01', trackingNumbers: ['1Z999AA10123456784'] }),
    ], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'tba')).toMatchObject({ outcome: 'unmatched', coverageGap: false, suspectedBrushing: true, series: null })
    expect(outcomeOf(r, 'tba').reason).toContain('Amazon carried it')
    expect(outcomeOf(r, 'box').suspectedBrushing).toBe(true)
    expect(outcomeOf(r, 'ups')).toMatchObject({ suspectedBrushing: false, series: null })
    expect(outcomeOf(r, 'ups').reason).toContain('Not from any of your orders')
  })

  it('groups two or more within 90 days by sender (trimmed, any case) into one series', () => {
    const r = reconcile(L, [
      parcel('a', { receivedOn: '2026-08-01', sender: ' Acme Ltd', trackingNumbers: ['1Z999AA10123456784'] }),
      parcel('b', { receivedOn: '2026-10-29', sender: 'ACME LTD ' }),
      parcel('c', { receivedOn: '2026-10-30', sender: 'Other' }),
    ], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a')).toMatchObject({ suspectedBrushing: true, series: 'series-a' })
    expect(outcomeOf(r, 'b')).toMatchObject({ suspectedBrushing: true, series: 'series-a' })
    expect(outcomeOf(r, 'c')).toMatchObject({ suspectedBrushing: false, series: null })
  })

  it('splits a series where two parcels are more than 90 days apart', () => {
    const r = reconcile(L, [
      parcel('a', { receivedOn: '2026-01-01', contents: 'socks' }),
      parcel('b', { receivedOn: '2026-01-20', contents: 'Socks' }),
      parcel('c', { receivedOn: '2026-06-01', contents: 'socks' }),
    ], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a').series).toBe('series-a')
    expect(outcomeOf(r, 'b').series).toBe('series-a')
    expect(outcomeOf(r, 'c')).toMatchObject({ series: null, suspectedBrushing: false })
  })

  it('falls back to the carrier family when neither sender nor contents is known', () => {
    const r = reconcile(L, [parcel('a', { receivedOn: '2026-10-01', carrier: 'dhl' }), parcel('b', { receivedOn: '2026-10-20', carrier: 'dhl' })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'b')).toMatchObject({ series: 'series-a', suspectedBrushing: true })
  })

  it('leaves parcels with a coverage gap out of series and brushing', () => {
    const gap = { orders: L.orders, coverage: [] }
    const r = reconcile(gap, [parcel('a', { sender: 'X', trackingNumbers: ['TBA999999999999'] }), parcel('b', { sender: 'X' })], [], SETTINGS, TODAY)
    expect(r.parcels.every((p) => p.coverageGap && !p.suspectedBrushing && p.series === null)).toBe(true)
  })
})

describe('shipment outcomes', () => {
  const L = ledger([
    order('111-0000007-0000001', [{ deliveredOn: '2026-11-10' }]),
    order('111-0000007-0000002', [{ deliveredOn: '2026-11-18' }]),
    order('111-0000007-0000003', [{ deliveredOn: '2026-08-01' }]),
    order('111-0000007-0000004', [{ status: 'shipped', shippedOn: '2026-11-10' }]),
    order('111-0000007-0000005', [{ deliveredOn: '2026-11-17' }]),
  ])

  it('awaits confirmation only for deliveries inside the audit window and past the grace period', () => {
    const r = reconcile(L, [], [], SETTINGS, TODAY)
    // Within the grace period (…0002), before the audit window (…0003) and not delivered (…0004): nothing to report.
    expect(r.shipments.map((s) => `${s.orderKey}:${s.outcome}`)).toEqual([
      'amazon.com:111-0000007-0000001:awaiting-confirmation',
      'amazon.com:111-0000007-0000005:awaiting-confirmation',
    ])
    expect(r.shipments[0]!.reason).toContain('10 Nov 2026')
  })

  it('user decisions give received, not-received and ignored', () => {
    const d: Decision[] = [
      { kind: 'received', shipmentKey: 'amazon.com:111-0000007-0000001:n-0', decidedAt: at },
      { kind: 'not-received', shipmentKey: 'amazon.com:111-0000007-0000002:n-0', decidedAt: at },
      { kind: 'ignore', shipmentKey: 'amazon.com:111-0000007-0000003:n-0', decidedAt: at },
    ]
    expect(reconcile(L, [], d, SETTINGS, TODAY).shipments.slice(0, 3).map((s) => s.outcome)).toEqual(['received', 'not-received', 'ignored'])
  })

  it('a shipment a parcel matched is matched', () => {
    const d: Decision[] = [{ kind: 'confirm', parcelId: 'p', shipmentKey: 'amazon.com:111-0000007-0000001:n-0', decidedAt: at }]
    const r = reconcile(L, [parcel('p', { receivedOn: '2026-11-10' })], d, SETTINGS, TODAY)
    expect(r.shipments[0]).toMatchObject({ outcome: 'matched' })
    expect(r.shipments[0]!.reason).toContain('Parcel p')
  })

  it('sorts shipment outcomes by shipment key whatever the ledger order', () => {
    const r = reconcile({ orders: [...L.orders].reverse(), coverage: L.coverage }, [], [], SETTINGS, TODAY)
    const keys = r.shipments.map((s) => s.shipmentKey)
    expect(keys).toEqual([...keys].sort())
  })
})

describe('notices', () => {
  it('notices sample items its readers flagged and zero-price items, without reading titles again', () => {
    const L = ledger([
      order('111-0000008-0000001', [{ items: [{ title: 'Coffee — free sample', quantity: 1, sample: true }, { title: 'Mug', quantity: 1, unitPrice: { minor: 0, currency: 'USD' } }] }]),
      order('302-0000008-0000001', [{ items: [{ title: 'Gratisprobe Duschgel', quantity: 1, sample: true }, { title: 'Duschgel', quantity: 1 }] }], { marketplace: 'amazon.de' }),
      order('111-0000008-0000002', [{ items: [{ title: 'Kettle', quantity: 1, sample: true }, { title: 'Kettle', quantity: 1 }] }]),
    ], covered('amazon.com', 'amazon.de'))
    const texts = reconcile(L, [], [], SETTINGS, TODAY).notices.map((n) => `${n.kind}:${n.text}`)
    expect(texts.sort()).toEqual(['sample:Coffee — free sample', 'sample:Gratisprobe Duschgel', 'sample:Kettle', 'sample:Mug'])
  })

  it('an English title on amazon.de that the reader did not flag is no German sample ("Probe")', () => {
    // The page was read in English, so the reader left "probe" alone; reconcile must not re-read it as German.
    const L = ledger([
      order('302-0000009-0000001', [{ items: [{ title: 'Meat thermometer with temperature probe', quantity: 1, unitPrice: { minor: 1999, currency: 'EUR' } }] }], { marketplace: 'amazon.de' }),
    ], covered('amazon.de'))
    expect(reconcile(L, [], [], SETTINGS, TODAY).notices).toEqual([])
  })

  it('notices samples cards and parcels explained as Amazon Samples or Vine', () => {
    const d: Decision[] = [
      { kind: 'explain', parcelId: 'v', explanation: 'vine', decidedAt: at },
      { kind: 'explain', parcelId: 's', explanation: 'amazon-samples', decidedAt: at },
      { kind: 'explain', parcelId: 'g', explanation: 'gift', decidedAt: at },
    ]
    const r = reconcile(ledger([]), [parcel('c', { samplesCard: 'Try me!' }), parcel('v'), parcel('s'), parcel('g')], d, SETTINGS, TODAY)
    expect(r.notices.map((n) => `${n.kind}:${n.parcelId}`).sort()).toEqual(['sample:s', 'sample:v', 'samples-card:c'])
    expect(r.notices.find((n) => n.kind === 'samples-card')).toMatchObject({ text: 'Try me!', date: '2026-11-10' })
  })
})

describe('malformed input', () => {
  it('a parcel without a readable date still gets one outcome: unmatched with a coverage gap', () => {
    const r = reconcile(ledger([order('111-0000009-0000001', [{ deliveredOn: '2026-11-09' }])]), [parcel('a', { receivedOn: 'yesterday' })], [], SETTINGS, TODAY)
    expect(outcomeOf(r, 'a')).toMatchObject({ outcome: 'unmatched', coverageGap: true, suspectedBrushing: false })
    expect(outcomeOf(r, 'a').reason).toContain('yesterday')
  })
})
