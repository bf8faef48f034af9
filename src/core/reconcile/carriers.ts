// Carrier families of parcels and shipments, memoised per run: detection is costly and texts repeat.
import type { CarrierFamily, MarketplaceId, Parcel, Shipment } from '../model/index.ts'
import { detect } from '../tracking/detect.ts'
import { carrierFamilyFromText } from '../tracking/families.ts'

// Below this a detected carrier is a guess; series and brushing verdicts need more than a guess.
const MIN_CONFIDENCE = 0.5

export interface CarrierFamilies {
  /** The user's carrier, else the family detected from its numbers with confidence; undefined when unsure. */
  ofParcel(parcel: Parcel): CarrierFamily | undefined
  /** From Amazon's carrier text ("Versendet mit DHL", "AMZN_US"), else detected from its tracking IDs. */
  ofShipment(shipment: Shipment, marketplace: MarketplaceId): CarrierFamily | undefined
  /** From Amazon's carrier text alone. */
  ofCarrierText(text: string): CarrierFamily | undefined
}

/** A fresh memo of carrier families for one reconcile run. */
export function carrierFamilies(): CarrierFamilies {
  const byText = new Map<string, CarrierFamily | undefined>()
  const byNumber = new Map<string, CarrierFamily | undefined>()
  const fromText = (text: string): CarrierFamily | undefined => {
    const known = byText.get(text)
    if (known !== undefined || byText.has(text)) return known
    const family = carrierFamilyFromText(text)
    byText.set(text, family)
    return family
  }
  const fromNumber = (n: string, marketplace?: MarketplaceId): CarrierFamily | undefined => {
    const key = `${marketplace ?? ''} ${n}`
    if (!byNumber.has(key)) {
      const best = detect(n, marketplace ? { marketplace } : undefined)[0]
      byNumber.set(key, best && best.confidence >= MIN_CONFIDENCE ? best.family : undefined)
    }
    return byNumber.get(key)
  }
  return {
    ofParcel(parcel) {
      if (parcel.carrier) return parcel.carrier
      for (const n of parcel.trackingNumbers) {
        const f = fromNumber(n, parcel.marketplace)
        if (f) return f
      }
      return undefined
    },
    ofCarrierText: fromText,
    ofShipment(shipment, marketplace) {
      const f = shipment.carrier ? fromText(shipment.carrier) : undefined
      if (f) return f
      for (const n of shipment.trackingIds) {
        const g = fromNumber(n, marketplace)
        if (g) return g
      }
      return undefined
    },
  }
}
