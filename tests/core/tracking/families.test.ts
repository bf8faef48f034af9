// carrierFamilyFromText on Amazon's carrier lines, export codes and user picks.
import { describe, expect, it } from 'vitest'
import { carrierFamilyFromText } from '../../../src/core/tracking/families.ts'

describe('carrierFamilyFromText', () => {
  it.each([
    ['Versendet mit DHL', 'dhl'],
    ['Shipped with AMZL US', 'amazon'],
    ['Zustellung durch Amazon', 'amazon'],
    ['Versand durch Amazon', 'amazon'],
    ['AMZN_US', 'amazon'],
    ['AMZN_UK', 'amazon'],
    ['UPS', 'ups'],
    ['USPS', 'usps'],
    ['Shipped with USPS', 'usps'],
    ['DHL', 'dhl'],
    ['Deutsche Post', 'dhl'],
    ['FedEx Ground', 'fedex'],
    ['Hermes', 'hermes'],
    ['Evri', 'hermes'],
    ['DPD', 'dpd'],
    ['GLS', 'gls'],
    ['Royal Mail', 'royal-mail'],
    ['royal-mail', 'royal-mail'],
    ['Parcelforce Worldwide', 'royal-mail'],
    ['Yodel', 'yodel'],
    ['Canada Post', 'canada-post'],
    ['Postes Canada', 'canada-post'],
    ['日本郵便', 'japan-post'],
    ['La Poste - Colissimo', 'la-poste'],
    ['PostNL', 'postnl'],
    ['InPost', 'inpost'],
    ['China Post', 'china-post'],
    ['Cainiao', 'cainiao'],
    ['YunExpress', 'yunexpress'],
    ['Amazon Shipping via UPS', 'ups'],
  ])('%s → %s', (text, family) => {
    expect(carrierFamilyFromText(text)).toBe(family)
  })

  it.each(['Delivery By JERSEY_POST', '', 'Arriving Tuesday', 'groups', 'dhlx'])('%j names no known carrier', (text) => {
    expect(carrierFamilyFromText(text)).toBeUndefined()
  })
})
