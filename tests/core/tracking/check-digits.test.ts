// The worked examples of reference/parcels-and-carriers.md §2, and the mutated vectors of §3.7.
import { describe, expect, it } from 'vitest'
import { dhlIdentcode, dpdMod37, fedexMod11, gs1Mod10, mod7, passesCheck, s10Mod11, upsMod10, type CheckRule } from '../../../src/core/tracking/check-digits.ts'

describe('A1 GS1 mod 10', () => {
  it.each([
    ['00340433836442636597', 'DHL Paket 20'],
    ['09133131530724', 'Hermes 14'],
    ['9400111202555842332669', 'USPS IMpb'],
    ['03071790000523483741', 'USPS 20'],
    ['0073938000549297', 'Canada Post'],
    ['041441760228964', 'FedEx Ground 15'],
    ['000123450000000027', 'SSCC-18'],
  ])('%s (%s) checks', (number) => {
    expect(gs1Mod10(number.slice(0, -1))).toBe(number.slice(-1))
  })
  it('FedEx 96 checks over the 14-digit serial at positions 8–21', () => {
    expect(gs1Mod10('9611020987654312345672'.slice(7, 21))).toBe('2')
    expect(passesCheck({ algorithm: 'A1', from: 7, to: 21 }, '9611020987654312345672')).toBe(true)
  })
  it('rejects non-digits', () => expect(gs1Mod10('12A')).toBeUndefined())
})

describe('A2 UPS', () => {
  it('1Z5R89390357567127: data = 15 characters after 1Z', () => expect(upsMod10('5R8939035756712')).toBe('7'))
  it('waybill K1506235620: data = the 9 digits', () => expect(upsMod10('150623562')).toBe('0'))
  it('maps letters as (ASCII − 3) mod 10', () => {
    expect(upsMod10('A')).toBe('8') // A → 2, weight 1 → comp10(2) = 8
    expect(upsMod10('I')).toBe('0') // I → 0
    expect(upsMod10('Z')).toBe('3') // Z → 7
  })
})

describe('A3–A7', () => {
  it('A3 DHL Identcode 201298452277', () => expect(dhlIdentcode('20129845227')).toBe('7'))
  it('A4 mod 7 on DHL Express 10 and 11 and Japan Post 11', () => {
    expect(mod7('331881002')).toBe('5')
    expect(mod7('7389105114')).toBe('6')
    expect(mod7('1311238385')).toBe('2')
  })
  it('A4 stays exact beyond 15 digits', () => expect(mod7('12345678901234567890')).toBe(String(12345678901234567890n % 7n)))
  it('A5 FedEx Express 986578788855', () => expect(fedexMod11('98657878885')).toBe('5'))
  it('A6 S10 serial 12345678 → 5', () => expect(s10Mod11('12345678')).toBe('5'))
  it('A6 maps remainder 0 → 5 and 1 → 0, else 11 − r', () => {
    expect(s10Mod11('10001000')).toBe('5') // 8 + 3 = 11 → r 0 → 5
    expect(s10Mod11('02000000')).toBe('0') // 6 × 2 = 12 → r 1 → 0
    expect(s10Mod11('00000011')).toBe('6') // 9 + 7 = 16 → r 5 → 6
  })
  it('A6 requires exactly 8 digits', () => expect(s10Mod11('1234567')).toBeUndefined())
  it('A7 DPD parcel number and 28-character label', () => {
    expect(dpdMod37('01015026003653')).toBe('C')
    expect(dpdMod37('008182709980000020033350276')).toBe('C')
    expect(dpdMod37('09980000020033')).toBe('F')
  })
})

// Every valid vector of §3.7 with the rule the registry uses, and the same number with its check moved on.
const VECTORS: Array<[valid: string, invalid: string, rule: CheckRule]> = [
  ['1Z5R89390357567127', '1Z5R89390357567128', { algorithm: 'A2', from: 2 }],
  ['K1506235620', 'K1506235621', { algorithm: 'A2', from: 1 }],
  ['03071790000523483741', '03071790000523483742', { algorithm: 'A1' }],
  ['9400111202555842332669', '9400111202555842332660', { algorithm: 'A1' }],
  ['986578788855', '986578788856', { algorithm: 'A5' }],
  ['041441760228964', '041441760228965', { algorithm: 'A1' }],
  ['9611020987654312345672', '9611020987654312345673', { algorithm: 'A1', from: 7, to: 21 }],
  ['000123450000000027', '000123450000000028', { algorithm: 'A1' }],
  ['3318810025', '3318810026', { algorithm: 'A4' }],
  ['201298452277', '201298452278', { algorithm: 'A3' }],
  ['00340433836442636597', '00340433836442636598', { algorithm: 'A1' }],
  ['09133131530724', '09133131530725', { algorithm: 'A1' }],
  ['01015026003653C', '01015026003653D', { algorithm: 'A7' }],
  ['008182709980000020033350276C', '008182709980000020033350276D', { algorithm: 'A7' }],
  ['RB123456785GB', 'RB123456786GB', { algorithm: 'A6', from: 2, to: 10 }],
  ['LX123456785CN', 'LX123456786CN', { algorithm: 'A6', from: 2, to: 10 }],
  ['0073938000549297', '0073938000549298', { algorithm: 'A1' }],
  ['13112383852', '13112383853', { algorithm: 'A4' }],
]

describe('passesCheck on the §3.7 vectors', () => {
  it.each(VECTORS)('%s passes, %s fails', (valid, invalid, rule) => {
    expect(passesCheck(rule, valid)).toBe(true)
    expect(passesCheck(rule, invalid)).toBe(false)
  })
  it('fails when the check position is outside the number', () => {
    expect(passesCheck({ algorithm: 'A6', from: 2, to: 10 }, 'RB1234')).toBe(false)
    expect(passesCheck({ algorithm: 'A1' }, '7')).toBe(false)
  })
})
