// The carrier registry's data is well-formed: unique ids, anchored patterns, real storefronts, known families.
import { describe, expect, it } from 'vitest'
import { MARKETPLACES } from '../../../src/core/locale/marketplaces.ts'
import { carrierFamilyFromText } from '../../../src/core/tracking/families.ts'
import { CARRIER_FORMATS, carrierFormat } from '../../../src/core/tracking/registry.ts'
import { S10_COUNTRIES } from '../../../src/core/tracking/s10-countries.ts'

describe('carrier registry', () => {
  it('has unique ids, each found by carrierFormat', () => {
    const ids = CARRIER_FORMATS.map((f) => f.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const id of ids) expect(carrierFormat(id)?.id).toBe(id)
    expect(carrierFormat('nope')).toBeUndefined()
  })

  it('anchors every pattern and uses no flags', () => {
    for (const f of CARRIER_FORMATS) {
      expect(f.pattern.source, f.id).toMatch(/^\^.*\$$/)
      expect(f.pattern.flags, f.id).toBe('')
    }
  })

  it('names only real storefronts', () => {
    const known = new Set(MARKETPLACES.map((m) => m.id))
    for (const f of CARRIER_FORMATS) for (const m of f.marketplaces) expect(known.has(m), `${f.id}: ${m}`).toBe(true)
  })

  it('uses families that carrierFamilyFromText maps to themselves', () => {
    for (const f of CARRIER_FORMATS) expect(carrierFamilyFromText(f.family), f.id).toBe(f.family)
  })

  it('maps every carrier name shown to its own family', () => {
    for (const f of CARRIER_FORMATS.filter((f) => f.family !== 'post')) expect(carrierFamilyFromText(f.name), f.name).toBe(f.family)
  })

  it('covers the carriers the issue lists', () => {
    const families = new Set(CARRIER_FORMATS.map((f) => f.family))
    for (const family of ['amazon', 'ups', 'usps', 'fedex', 'dhl', 'hermes', 'dpd', 'gls', 'royal-mail', 'yodel', 'canada-post', 'japan-post', 'la-poste', 'postnl', 'inpost', 'china-post', 'cainiao', 'yunexpress', 'post'])
      expect(families.has(family), family).toBe(true)
    const names = new Set(CARRIER_FORMATS.map((f) => f.name))
    for (const name of ['DHL Express', 'DHL Paket', 'Deutsche Post', 'Evri', 'Royal Mail', 'Parcelforce']) expect(names.has(name), name).toBe(true)
  })

  it('marks S10 formats with a check rule over the 8-digit serial', () => {
    for (const f of CARRIER_FORMATS.filter((f) => f.s10)) expect(f.check, f.id).toEqual({ algorithm: 'A6', from: 2, to: 10 })
  })

  it('knows the S10 countries of the reference examples and not uninhabited ones', () => {
    for (const c of ['GB', 'US', 'DE', 'CN', 'JP', 'FR', 'NL', 'CA', 'IT']) expect(S10_COUNTRIES.has(c)).toBe(true)
    for (const c of ['AQ', 'BV', 'XX', 'ZZ']) expect(S10_COUNTRIES.has(c)).toBe(false)
  })
})
