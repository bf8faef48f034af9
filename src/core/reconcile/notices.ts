// Samples notices: sample items in orders, samples cards in parcels, parcels explained as Samples or Vine.
import { marketplaceById } from '../locale/marketplaces.ts'
import { languagePack } from '../locale/languages/index.ts'
import type { LanguagePack } from '../locale/language-pack.ts'
import { isSampleText } from '../locale/samples.ts'
import type { Item, MarketplaceId, Notice, Parcel, ParcelOutcome } from '../model/index.ts'
import type { ShipmentRef } from './ledger-index.ts'

/** A memo of "is this item a sample?" per marketplace language, for one reconcile run. */
export function sampleItems(): (item: Item, marketplace: MarketplaceId) => boolean {
  const packs = new Map<MarketplaceId, LanguagePack | undefined>()
  const titles = new Map<string, boolean>()
  return (item, marketplace) => {
    if (item.sample) return true
    if (item.unitPrice && item.unitPrice.minor === 0) return true
    if (!packs.has(marketplace)) {
      const tag = marketplaceById(marketplace)?.defaultLanguage
      packs.set(marketplace, tag ? languagePack(tag) : undefined)
    }
    const pack = packs.get(marketplace)
    if (!pack || !item.title) return false
    // Titles repeat across orders (re-orders, subscriptions): test each title once per language.
    const key = `${pack.tag}\u0000${item.title}`
    let hit = titles.get(key)
    if (hit === undefined) titles.set(key, (hit = isSampleText(item.title, pack)))
    return hit
  }
}

/** `sample` notices for the sample items of every shipment (refs sorted by shipment key). */
export function itemNotices(refs: readonly ShipmentRef[]): Notice[] {
  const isSample = sampleItems()
  const out: Notice[] = []
  for (const { shipment, order } of refs) {
    for (const item of shipment.items) {
      if (!isSample(item, order.marketplace)) continue
      const date = shipment.deliveredOn ?? shipment.shippedOn ?? order.placedOn
      out.push({
        kind: 'sample',
        orderKey: order.key,
        shipmentKey: shipment.key,
        text: item.title,
        marketplace: order.marketplace,
        ...(date ? { date } : {}),
      })
    }
  }
  return out
}

/**
 * `samples-card` for a parcel whose user noted a samples card; otherwise a `sample` notice for a
 * parcel the user explained as Amazon Samples or Vine. One notice per parcel at most.
 */
export function parcelNotice(parcel: Parcel, outcome: ParcelOutcome, marketplace: MarketplaceId | undefined): Notice | undefined {
  const linked = {
    parcelId: parcel.id,
    date: parcel.receivedOn,
    ...(outcome.orderKey ? { orderKey: outcome.orderKey } : {}),
    ...(outcome.shipmentKey ? { shipmentKey: outcome.shipmentKey } : {}),
    ...(marketplace ? { marketplace } : {}),
  }
  if (parcel.samplesCard !== undefined) return { kind: 'samples-card', ...linked, text: parcel.samplesCard }
  if (outcome.outcome === 'explained' && (outcome.explanation === 'amazon-samples' || outcome.explanation === 'vine')) {
    return { kind: 'sample', ...linked, text: outcome.explanation === 'vine' ? 'Amazon Vine' : 'Amazon Samples' }
  }
  return undefined
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
