// Samples notices: sample items in orders, samples cards in parcels, parcels explained as Samples or Vine.
import type { Item, Notice, Parcel, ParcelOutcome } from '../model/index.ts'

/**
 * An item gives a `sample` notice when its reader flagged it or it cost nothing. Readers look for
 * sample words in the language they read the page in (an amazon.de page shown in English is read
 * with the English pack, an export with its marketplace's); guessing that language again here from
 * the marketplace would call an English "temperature probe" on amazon.de a German sample ("Probe").
 */
export function isNoticedSample(item: Item): boolean {
  return item.sample === true || item.unitPrice?.minor === 0
}

/**
 * `samples-card` for a parcel whose user noted a samples card; otherwise a `sample` notice for a
 * parcel the user explained as Amazon Samples or Vine. One notice per parcel at most; the
 * marketplace is the parcel's, else its matched order's.
 */
export function parcelNotice(parcel: Parcel, outcome: ParcelOutcome): Notice | undefined {
  const card = parcel.samplesCard !== undefined
  const program = outcome.outcome === 'explained' && (outcome.explanation === 'amazon-samples' || outcome.explanation === 'vine')
  if (!card && !program) return undefined
  const marketplace = parcel.marketplace ?? outcome.orderKey?.slice(0, outcome.orderKey.indexOf(':'))
  const linked = {
    parcelId: parcel.id,
    date: parcel.receivedOn,
    ...(outcome.orderKey ? { orderKey: outcome.orderKey } : {}),
    ...(outcome.shipmentKey ? { shipmentKey: outcome.shipmentKey } : {}),
    ...(marketplace ? { marketplace } : {}),
  }
  if (card) return { kind: 'samples-card', ...linked, text: parcel.samplesCard }
  return { kind: 'sample', ...linked, text: outcome.explanation === 'vine' ? 'Amazon Vine' : 'Amazon Samples' }
}

function cmp(a: string | undefined, b: string | undefined): number {
  const x = a ?? ''
  const y = b ?? ''
  return x < y ? -1 : x > y ? 1 : 0
}

/** Notices in a stable order: kind, date, order, shipment, parcel, text. */
export function compareNotices(a: Notice, b: Notice): number {
  return cmp(a.kind, b.kind) || cmp(a.date, b.date) || cmp(a.orderKey, b.orderKey) || cmp(a.shipmentKey, b.shipmentKey)
    || cmp(a.parcelId, b.parcelId) || cmp(a.text, b.text)
}
