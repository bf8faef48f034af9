// Samples notices: sample items in orders, samples cards in parcels, parcels explained as Samples or Vine.
import { marketplaceById } from '../locale/marketplaces.ts'
import { languagePack } from '../locale/languages/index.ts'
import type { LanguagePack } from '../locale/language-pack.ts'
import { isSampleText } from '../locale/samples.ts'
import type { Item, MarketplaceId, Notice, Parcel, ParcelOutcome } from '../model/index.ts'

interface SampleTest { pack: LanguagePack; prefilter: RegExp | undefined }

const ASCII_RUNS = /[a-z]{3,}/g

/**
 * A cheap necessary condition for `isSampleText`: the raw title contains, in any case, the longest
 * ASCII-letter run of one of the pack's sample words (that run survives NFC and lower-casing).
 * Undefined when some word has no such run (ja), so every title goes to `isSampleText`.
 */
export function samplePrefilter(pack: LanguagePack): RegExp | undefined {
  // Packs are constants: compile each pattern once, not on every reconcile run.
  if (PREFILTERS.has(pack)) return PREFILTERS.get(pack)
  const re = buildPrefilter(pack)
  PREFILTERS.set(pack, re)
  return re
}

const PREFILTERS = new WeakMap<LanguagePack, RegExp | undefined>()

function buildPrefilter(pack: LanguagePack): RegExp | undefined {
  const runs: string[] = []
  for (const word of pack.labels.sample) {
    const longest = (word.toLowerCase().match(ASCII_RUNS) ?? []).sort((a, b) => b.length - a.length)[0]
    if (!longest) return undefined
    runs.push(longest)
  }
  // A title containing "probepackung" contains "probe": only runs holding no shorter run are needed.
  const needed = [...new Set(runs)].filter((r, _, all) => !all.some((o) => o !== r && r.includes(o)))
  return needed.length === 0 ? /(?!)/ : new RegExp(needed.join('|'), 'iu')
}

/** A memo of "is this item a sample?" per marketplace language, for one reconcile run. */
export function sampleItems(): (item: Item, marketplace: MarketplaceId) => boolean {
  const tests = new Map<MarketplaceId, SampleTest | undefined>()
  let lastMarketplace: MarketplaceId | undefined
  let lastTest: SampleTest | undefined
  return (item, marketplace) => {
    if (item.sample) return true
    if (item.unitPrice && item.unitPrice.minor === 0) return true
    // Shipments come sorted by key, so runs of one marketplace: skip the map lookup.
    let test = marketplace === lastMarketplace ? lastTest : tests.get(marketplace)
    if (test === undefined && !tests.has(marketplace)) {
      const tag = marketplaceById(marketplace)?.defaultLanguage
      const pack = tag ? languagePack(tag) : undefined
      tests.set(marketplace, (test = pack ? { pack, prefilter: samplePrefilter(pack) } : undefined))
    }
    lastMarketplace = marketplace
    lastTest = test
    if (!test || !item.title) return false
    // Every item of the ledger passes here: the prefilter spares isSampleText's normalisation.
    if (test.prefilter && !test.prefilter.test(item.title)) return false
    return isSampleText(item.title, test.pack)
  }
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
