// The fast date arithmetic agrees with the model functions it shortcuts; the string filter, string table and due index hold what they should.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { fromEpochDay, toEpochDay } from '../../../src/core/model/index.ts'
import { dayToDate, epochDay, humanDate, isCanonicalDate } from '../../../src/core/reconcile/days.ts'
import { mayContain, mayContainHash, hashString, stringFilter } from '../../../src/core/reconcile/string-filter.ts'
import { addString, newStringTable, numberOf, tableFilter } from '../../../src/core/reconcile/string-table.ts'
import { addDue, dueAround, newDueIndex } from '../../../src/core/reconcile/date-window-index.ts'
import { carrierFamilies } from '../../../src/core/reconcile/carriers.ts'
import type { Order, Shipment } from '../../../src/core/model/index.ts'

describe('days', () => {
  it('epochDay and dayToDate equal the model helpers from 1900 to 9999', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 2932896 }), (n) => {
      const d = fromEpochDay(n)
      expect(dayToDate(n)).toBe(d)
      expect(epochDay(d)).toBe(toEpochDay(d))
    }), { numRuns: 2000 })
  })

  it('rejects what is not YYYY-MM-DD', () => {
    for (const bad of [undefined, '', '2026-1-05', '2026-13-01', 'xxxx-xx-xx']) expect(epochDay(bad)).toBeNaN()
  })

  it('isCanonicalDate accepts exactly what dayToDate writes', () => {
    fc.assert(fc.property(fc.integer({ min: -25567, max: 2932896 }), (n) => {
      expect(isCanonicalDate(dayToDate(n))).toBe(true)
    }), { numRuns: 1000 })
    fc.assert(fc.property(fc.string({ minLength: 10, maxLength: 10, unit: fc.constantFrom(...'0123456789-/x') }), (s) => {
      const n = epochDay(s)
      expect(isCanonicalDate(s)).toBe(!Number.isNaN(n) && dayToDate(n) === s)
    }), { numRuns: 3000 })
    for (const bad of ['2026-02-29', '2026-02-31', '2026/03/01', '2026-04-31', '1900-02-29']) expect(isCanonicalDate(bad)).toBe(false)
    expect(isCanonicalDate('2024-02-29')).toBe(true)
    expect(isCanonicalDate('2000-02-29')).toBe(true)
  })

  it('prints dates for reasons', () => {
    expect(humanDate('2026-11-03')).toBe('3 Nov 2026')
  })
})

describe('due index', () => {
  const order = { key: 'amazon.com:1', marketplace: 'amazon.com', orderId: '1', placedOn: '2026-02-20', digital: false, shipments: [] } as unknown as Order
  const shipment = (deliveredOn: string | undefined, shippedOn?: string) => ({ key: `k-${deliveredOn}`, status: 'delivered', trackingIds: [], items: [], deliveredOn, shippedOn }) as unknown as Shipment

  it('finds shipments due in R−2 … R+1 by delivery date, ship date or order date', () => {
    const due = newDueIndex(['2026-03-03', 'not a date'], 6, false)
    const ledger = [shipment('2026-03-01'), shipment('2026-02-28'), shipment('2026-03-04'), shipment('2026-03-05'), shipment(undefined, '2026-02-24'), shipment(undefined)]
    ledger.forEach((s, i) => addDue(due, s, order, i, carrierFamilies()))
    const out: number[] = []
    expect(out.slice(0, dueAround(due, '2026-03-03', out)).sort()).toEqual([0, 2, 4, 5])
    expect(dueAround(due, '2027-01-01', out)).toBe(0)
  })

  it('takes only canonically written delivery dates', () => {
    const due = newDueIndex(['2026-03-03'], 2, false)
    addDue(due, shipment('2026-02-31'), order, 0, carrierFamilies())
    addDue(due, shipment('2026-03-03'), order, 1, carrierFamilies())
    const out: number[] = []
    expect(out.slice(0, dueAround(due, '2026-03-03', out))).toEqual([1])
  })

  it('is inactive without window parcels', () => {
    expect(newDueIndex([], 10, false).active).toBe(false)
  })

  it('notes the carrier family Amazon names for due shipments when a window parcel names its carrier', () => {
    const families = carrierFamilies()
    const carried = (carrier: string | undefined, deliveredOn = '2026-03-03') => ({ ...shipment(deliveredOn), carrier }) as unknown as Shipment
    const due = newDueIndex(['2026-03-03'], 5, true)
    addDue(due, carried('Versendet mit DHL'), order, 0, families)
    addDue(due, carried('UPS'), order, 1, families)
    addDue(due, carried('Versendet mit DHL'), order, 2, families)
    addDue(due, carried('a courier'), order, 3, families)
    addDue(due, carried('UPS', '2025-01-01'), order, 4, families)
    expect([...due.familyOf].map((code) => (code === 0 ? undefined : due.families[code - 1]))).toEqual(['dhl', 'ups', 'dhl', undefined, undefined])
    const without = newDueIndex(['2026-03-03'], 1, false)
    addDue(without, carried('UPS'), order, 0, families)
    expect(without.familyOf.length).toBe(0)
  })
})

describe('string filter', () => {
  it('never rules out a string it holds, and rules out most others', () => {
    fc.assert(fc.property(fc.uniqueArray(fc.string({ maxLength: 24 }), { maxLength: 200 }), (values) => {
      const filter = stringFilter(new Set(values))
      for (const v of values) expect(mayContain(filter, v)).toBe(true)
      // A Map's keys are what it holds, not its values.
      const byKey = stringFilter(new Map(values.map((v) => [v, `value of ${v}`])))
      for (const v of values) expect(mayContain(byKey, v)).toBe(true)
    }), { numRuns: 200 })
    const held = Array.from({ length: 5000 }, (_, i) => `TBA${String(i * 2).padStart(12, '0')}`)
    const filter = stringFilter(new Set(held))
    const passed = Array.from({ length: 5000 }, (_, i) => `TBA${String(i * 2 + 1).padStart(12, '0')}`).filter((s) => mayContain(filter, s)).length
    expect(passed).toBeLessThan(500)
  })
})

describe('string table', () => {
  it('numbers strings in first-seen order, as a Map would, through every doubling', () => {
    fc.assert(fc.property(fc.array(fc.string({ maxLength: 20 }), { maxLength: 400 }), fc.array(fc.string({ maxLength: 20 }), { maxLength: 50 }), (added, probes) => {
      const table = newStringTable()
      const reference = new Map<string, number>()
      for (const s of added) {
        if (!reference.has(s)) reference.set(s, reference.size)
        expect(addString(table, s)).toBe(reference.get(s))
      }
      expect(table.texts).toEqual([...reference.keys()])
      for (const s of [...added, ...probes]) expect(numberOf(table, s)).toBe(reference.get(s) ?? -1)
      const filter = tableFilter(table)
      for (const s of added) expect(mayContainHash(filter, hashString(s))).toBe(true)
    }), { numRuns: 300 })
  })

  it('tells apart strings whose hashes collide', () => {
    // The hash reads only the length and the last eight characters.
    const a = 'AAAA12345678'
    const b = 'BBBB12345678'
    expect(hashString(a)).toBe(hashString(b))
    const table = newStringTable()
    expect(addString(table, a)).toBe(0)
    expect(numberOf(table, b)).toBe(-1)
    expect(addString(table, b)).toBe(1)
    expect([numberOf(table, a), numberOf(table, b)]).toEqual([0, 1])
  })
})
