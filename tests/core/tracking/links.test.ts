// trackingUrl: documented templates only (reference §6); no URL is guessed for other carriers.
import { describe, expect, it } from 'vitest'
import { trackingUrl } from '../../../src/core/tracking/links.ts'
import { CARRIER_FORMATS } from '../../../src/core/tracking/registry.ts'

describe('trackingUrl', () => {
  it.each([
    ['ups-1z', '1Z5R89390357567127', 'https://wwwapps.ups.com/WebTracking/track?track=yes&trackNums=1Z5R89390357567127'],
    ['usps-impb', '9400111202555842332669', 'https://tools.usps.com/go/TrackConfirmAction?tLabels=9400111202555842332669'],
    ['fedex-express-12', '986578788855', 'https://www.fedex.com/apps/fedextrack/?tracknumbers=986578788855'],
    ['dhl-express', '3318810025', 'https://www.dhl.com/en/express/tracking.html?brand=DHL&AWB=3318810025'],
    ['dpd-parcel', '01015026003653C', 'https://www.dpdgroup.com/nl/mydpd/my-parcels/track?lang=en&parcelNumber=01015026003653C'],
    ['canada-post', '0073938000549297', 'https://www.canadapost-postescanada.ca/track-reperage/en#/search?searchFor=0073938000549297'],
    ['yodel', 'JD0002242617644732', 'https://www.yodel.co.uk/tracking/JD0002242617644732'],
    ['yunexpress', 'YT2229521272164446', 'https://www.yuntrack.com/parcelTracking?id=YT2229521272164446'],
  ])('%s → its documented template', (id, number, url) => {
    expect(trackingUrl(id, number)).toBe(url)
  })

  it.each(['amazon-logistics', 'dhl-paket-20', 'dhl-paket-identcode', 'hermes-de', 'royal-mail-s10', 'evri', 'gls-parcel', 'japan-post-s10', 'china-post-s10', 'la-poste-colissimo', 'no-such-carrier'])(
    '%s has no documented URL',
    (id) => expect(trackingUrl(id, 'X1234567890')).toBeUndefined(),
  )

  it('encodes the number', () => expect(trackingUrl('yodel', 'A/B?C')).toBe('https://www.yodel.co.uk/tracking/A%2FB%3FC'))
  it('gives nothing for an empty number', () => expect(trackingUrl('ups-1z', '')).toBeUndefined())
  it('only names registry ids', () => {
    const ids = new Set(CARRIER_FORMATS.map((f) => f.id))
    for (const id of ['ups-1z', 'ups-waybill', 'usps-20', 'usps-s10', 'fedex-ground-96', 'dhl-ecommerce-14', 'dpd-label-28', 'canada-post-s10']) {
      expect(ids.has(id)).toBe(true)
      expect(trackingUrl(id, '1')).toMatch(/^https:\/\//)
    }
  })
})
