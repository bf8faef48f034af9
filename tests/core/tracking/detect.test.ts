// detect(): the reference's test vectors (§3.7) and its known collisions (§4.2) as ranking expectations.
import { describe, expect, it } from 'vitest'
import { detect, type DetectContext } from '../../../src/core/tracking/detect.ts'

const ids = (number: string, ctx?: DetectContext) => detect(number, ctx).map((c) => c.carrier)
const top = (number: string, ctx?: DetectContext) => detect(number, ctx)[0]

// Each published sample number and the registry entry it must be detected as (among candidates).
const SAMPLES: Array<[number: string, carrier: string]> = [
  ['TBA502887274000', 'amazon-logistics'],
  ['TBC038034537009', 'amazon-logistics'],
  ['1Z5R89390357567127', 'ups-1z'],
  ['K1506235620', 'ups-waybill'],
  ['03071790000523483741', 'usps-20'],
  ['9400111202555842332669', 'usps-impb'],
  ['420787459400111206206406260787', 'usps-impb'],
  ['RB123456785US', 'usps-s10'],
  ['986578788855', 'fedex-express-12'],
  ['041441760228964', 'fedex-ground-15'],
  ['9611020987654312345672', 'fedex-ground-96'],
  ['000123450000000027', 'fedex-sscc-18'],
  ['3318810025', 'dhl-express'],
  ['73891051146', 'dhl-express'],
  ['JJD0099999999', 'dhl-express-piece'],
  ['201298452277', 'dhl-paket-identcode'],
  ['00340433836442636597', 'dhl-paket-20'],
  ['JJD1410302937991', 'dhl-paket-jjd'],
  ['3SBCC000123456', 'dhl-parcel'],
  ['JVGL9999999999', 'dhl-parcel'],
  ['GM2951173225174494', 'dhl-ecommerce'],
  ['RR123456785DE', 'deutsche-post-s10'],
  ['01030E092806011E001E', 'deutsche-post-piececode'],
  ['09133131530724', 'hermes-de'],
  ['01015026003653C', 'dpd-parcel'],
  ['008182709980000020033350276C', 'dpd-label-28'],
  ['XHAX4HDA', 'gls-track-id'],
  ['RB123456785GB', 'royal-mail-s10'],
  ['JJD0002257639032011', 'yodel'],
  ['JD0002242617644732', 'yodel'],
  ['0073938000549297', 'canada-post'],
  ['EE123456785JP', 'japan-post-s10'],
  ['13112383852', 'japan-post-11'],
  ['LX123456785CN', 'china-post-s10'],
  ['YT2229521272164446', 'yunexpress'],
  ['RB123456785IT', 'upu-s10'],
]

// §3.7: the same numbers with the check character moved on; the format must not be proposed.
const MUTATED: Array<[number: string, carrier: string]> = [
  ['1Z5R89390357567128', 'ups-1z'],
  ['K1506235621', 'ups-waybill'],
  ['03071790000523483742', 'usps-20'],
  ['9400111202555842332660', 'usps-impb'],
  ['986578788856', 'fedex-express-12'],
  ['041441760228965', 'fedex-ground-15'],
  ['9611020987654312345673', 'fedex-ground-96'],
  ['000123450000000028', 'fedex-sscc-18'],
  ['3318810026', 'dhl-express'],
  ['201298452278', 'dhl-paket-identcode'],
  ['00340433836442636598', 'dhl-paket-20'],
  ['09133131530725', 'hermes-de'],
  ['01015026003653D', 'dpd-parcel'],
  ['008182709980000020033350276D', 'dpd-label-28'],
  ['RB123456786GB', 'royal-mail-s10'],
  ['LX123456786CN', 'china-post-s10'],
  ['0073938000549298', 'canada-post'],
  ['13112383853', 'japan-post-11'],
]

describe('detect: reference samples', () => {
  it.each(SAMPLES)('%s is proposed as %s with a valid or absent check digit', (number, carrier) => {
    const candidate = detect(number).find((c) => c.carrier === carrier)
    expect(candidate).toBeDefined()
    expect(candidate!.confidence).toBeGreaterThan(0)
  })

  it.each(MUTATED)('%s (check moved on) is not proposed as %s', (number, carrier) => {
    expect(ids(number)).not.toContain(carrier)
  })

  it.each([
    ['1Z5R89390357567127', 'ups-1z'],
    ['9400111202555842332669', 'usps-impb'],
    ['9611020987654312345672', 'fedex-ground-96'],
    ['RB123456785GB', 'royal-mail-s10'],
    ['K1506235620', 'ups-waybill'],
  ])('%s alone is a single high-confidence %s', (number, carrier) => {
    const candidates = detect(number)
    expect(candidates.map((c) => c.carrier)).toEqual([carrier])
    expect(candidates[0]!.level).toBe('high')
    expect(candidates[0]!.checkDigit).toBe('valid')
  })

  it('reports the check state and the family', () => {
    expect(top('TBA502887274000')).toMatchObject({ carrier: 'amazon-logistics', family: 'amazon', name: 'Amazon Logistics', checkDigit: 'none' })
    expect(top('00340433836442636597')).toMatchObject({ family: 'dhl', name: 'DHL Paket', checkDigit: 'valid' })
  })

  it('normalises its input first', () => {
    expect(top('AMZN_US(tba 502887274000)')?.carrier).toBe('amazon-logistics')
    expect(top('DHL: 0034 0433 8364 4263 6597', { marketplace: 'amazon.de' })?.carrier).toBe('dhl-paket-20')
  })

  it('returns [] for unknown numbers', () => {
    for (const n of ['', 'hello', '123', 'TBA12', 'RB123456785XX', '!!!', '1Z5R8939035756712']) expect(detect(n)).toEqual([])
  })

  it('rejects an S10 number whose country is not a postal country', () => {
    expect(ids('RB123456785AQ')).toEqual([])
  })
})

describe('detect: §4.2 collisions ranked by context', () => {
  it('20 digits with 00: DHL Paket first on amazon.de, USPS 20 second', () => {
    expect(ids('00340433836442636597', { marketplace: 'amazon.de' })).toEqual(['dhl-paket-20', 'usps-20'])
    expect(top('00340433836442636597', { marketplace: 'amazon.de' })!.level).toBe('high')
  })
  it('20 digits with 00: DHL first without context (prefix), USPS first on amazon.com', () => {
    expect(ids('00340433836442636597')).toEqual(['dhl-paket-20', 'usps-20'])
    expect(ids('00340433836442636597', { marketplace: 'amazon.com' })).toEqual(['usps-20', 'dhl-paket-20'])
  })
  it('20 digits: Amazon saying DHL makes DHL certain even on amazon.com', () => {
    const [first, second] = detect('00340433836442636597', { marketplace: 'amazon.com', carrierText: 'Versendet mit DHL' })
    expect(first).toMatchObject({ carrier: 'dhl-paket-20', level: 'certain' })
    expect(second!.carrier).toBe('usps-20')
    expect(second!.confidence).toBeLessThan(0.45)
  })
  it('12 digits 201298452277 passes both Identcode and FedEx 12: marketplace decides', () => {
    expect(ids('201298452277', { marketplace: 'amazon.de' })[0]).toBe('dhl-paket-identcode')
    expect(ids('201298452277', { marketplace: 'amazon.com' })[0]).toBe('fedex-express-12')
    expect(ids('201298452277', { marketplace: 'amazon.co.uk' })[0]).toBe('parcelforce-export')
    expect(ids('201298452277')).toEqual(expect.arrayContaining(['dhl-paket-identcode', 'fedex-express-12', 'gls-parcel', 'japan-post-12', 'parcelforce-export']))
  })
  it('12 digits: the user picking DHL puts the Identcode first', () => {
    expect(top('201298452277', { marketplace: 'amazon.com', userCarrier: 'dhl' })).toMatchObject({ carrier: 'dhl-paket-identcode', level: 'certain' })
  })
  it('11 digits (same mod 7): Japan Post first on amazon.co.jp, DHL Express on amazon.de', () => {
    expect(ids('13112383852', { marketplace: 'amazon.co.jp' })[0]).toBe('japan-post-11')
    expect(ids('13112383852', { marketplace: 'amazon.de' })[0]).toBe('dhl-express')
    expect(ids('13112383852')).toEqual(expect.arrayContaining(['dhl-express', 'japan-post-11']))
  })
  it('10 digits alone is DHL Express at low confidence', () => {
    expect(detect('3318810025')).toMatchObject([{ carrier: 'dhl-express', level: 'low' }])
  })
  it('14 digits: Hermes (A1) above the checkless DHL eCommerce 14 and bare DPD on amazon.de', () => {
    const ranked = ids('09133131530724', { marketplace: 'amazon.de' })
    expect(ranked[0]).toBe('hermes-de')
    expect(ranked).toEqual(expect.arrayContaining(['dhl-ecommerce-14', 'dpd-parcel-bare']))
    expect(ranked.indexOf('hermes-de')).toBeLessThan(ranked.indexOf('dhl-ecommerce-14'))
  })
  it('14 digits failing A1: no Hermes, the checkless forms remain', () => {
    expect(ids('09133131530725', { marketplace: 'amazon.de' })).toEqual(['dpd-parcel-bare', 'dhl-ecommerce-14'])
  })
  it('14 digits + a letter is DPD only', () => {
    expect(ids('01015026003653C')).toEqual(['dpd-parcel'])
  })
  it('15 digits passing both A1 and A7: DPD first on amazon.de, FedEx Ground first on amazon.com', () => {
    expect(ids('010150260036558', { marketplace: 'amazon.de' })).toEqual(['dpd-parcel', 'fedex-ground-15'])
    expect(ids('010150260036558', { marketplace: 'amazon.com' })).toEqual(['fedex-ground-15', 'dpd-parcel'])
  })
  it('16 digits: Canada Post first on amazon.ca, Evri first on amazon.co.uk', () => {
    expect(ids('0073938000549297', { marketplace: 'amazon.ca' })).toEqual(['canada-post', 'evri'])
    expect(ids('0073938000549297', { marketplace: 'amazon.co.uk' })).toEqual(['evri', 'canada-post'])
  })
  it('18 digits (SSCC): DHL on amazon.de, FedEx on amazon.com', () => {
    expect(ids('000123450000000027', { marketplace: 'amazon.de' })).toEqual(['dhl-paket-sscc', 'fedex-sscc-18'])
    expect(ids('000123450000000027', { marketplace: 'amazon.com' })).toEqual(['fedex-sscc-18', 'dhl-paket-sscc'])
  })
  it('JJD + 16 digits: Yodel first on amazon.co.uk, DHL first on amazon.de', () => {
    expect(ids('JJD0002257639032011', { marketplace: 'amazon.co.uk' })[0]).toBe('yodel')
    expect(ids('JJD0002257639032011', { marketplace: 'amazon.de' })[0]).toBe('dhl-paket-jjd')
  })
  it('3S: DHL Parcel and PostNL are both low until someone names the carrier', () => {
    const plain = detect('3SABCD1234567', { marketplace: 'amazon.nl' })
    expect(plain.map((c) => c.carrier).sort()).toEqual(['dhl-parcel', 'postnl-3s'])
    expect(plain.every((c) => c.level !== 'certain' && c.level !== 'high')).toBe(true)
    expect(top('3SABCD1234567', { carrierText: 'PostNL' })).toMatchObject({ carrier: 'postnl-3s', level: 'certain' })
    expect(top('3SABCD1234567', { userCarrier: 'dhl' })).toMatchObject({ carrier: 'dhl-parcel', level: 'certain' })
  })
  it('LX…CN: a passing S10 with a known country beats the checkless DHL eCommerce prefix', () => {
    expect(ids('LX123456785CN')).toEqual(['china-post-s10', 'dhl-ecommerce'])
    expect(ids('LX123456786CN')).toEqual(['dhl-ecommerce'])
  })
  it('country code + 10 digits is Amazon Shipping only when Amazon is named', () => {
    expect(ids('IT1234567890')).not.toContain('amazon-shipping')
    expect(ids('IT1234567890', { carrierText: 'Amazon Shipping', marketplace: 'amazon.it' })[0]).toBe('amazon-shipping')
  })
})

describe('detect: context strength', () => {
  it('Amazon’s carrier line makes a matching format certain', () => {
    expect(top('TBA502887274000', { carrierText: 'Shipped with AMZL US' })).toMatchObject({ carrier: 'amazon-logistics', level: 'certain' })
    expect(top('TBA502887274000', { carrierText: 'AMZN_US' })!.level).toBe('certain')
  })
  it('the user’s pick outranks Amazon’s carrier text', () => {
    const ranked = detect('00340433836442636597', { carrierText: 'USPS', userCarrier: 'dhl' })
    expect(ranked[0]!.carrier).toBe('dhl-paket-20')
    expect(ranked[0]!.confidence).toBeGreaterThan(ranked[1]!.confidence)
  })
  it('the user may name a registry id; it beats other formats of the same family', () => {
    const ranked = detect('JJD0099999999', { userCarrier: 'dhl-paket-jjd' })
    expect(ranked[0]!.carrier).toBe('dhl-paket-jjd')
    expect(ranked[1]!.carrier).toBe('dhl-express-piece')
    expect(ranked[0]!.confidence).toBeGreaterThan(ranked[1]!.confidence)
  })
  it('a named carrier whose formats all fail does not invent a candidate', () => {
    expect(detect('1Z5R89390357567128', { userCarrier: 'ups' })).toEqual([])
  })
  it('without a name nothing is certain', () => {
    for (const [n] of SAMPLES) for (const c of detect(n, { marketplace: 'amazon.com' })) expect(c.level).not.toBe('certain')
  })
  it('explains its ranking', () => {
    expect(top('00340433836442636597', { marketplace: 'amazon.de' })!.reasons).toEqual(expect.arrayContaining(['check digit passes', 'common on amazon.de']))
  })
})
