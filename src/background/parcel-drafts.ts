// Turns what the user typed into parcel records: tracking numbers normalised, blanks dropped, storefront checked.
import { marketplaceById } from '../core/locale/marketplaces.ts'
import type { Parcel, ParcelId } from '../core/model/parcel.ts'
import { normalizeTracking } from '../core/tracking/normalize.ts'
import type { ParcelDraft } from '../messaging/protocol.ts'

/**
 * Every tracking number the entries hold, normalised and de-duplicated. An entry may be a pasted
 * list, split only at `;`, `,` and line breaks: spaces are how labels print one number in groups.
 */
export function draftTrackingNumbers(entries: readonly string[]): string[] {
  const out = new Set<string>()
  for (const entry of entries) for (const piece of entry.split(/[;,\n\r]+/)) out.add(normalizeTracking(piece))
  out.delete('')
  return [...out]
}

const text = (s: string | undefined): string | undefined => {
  const t = s?.trim()
  return t ? t : undefined
}

/** The parcel fields of a draft; undefined when the draft names an unknown storefront. */
export function draftFields(draft: ParcelDraft): Omit<Parcel, 'id' | 'createdAt'> | undefined {
  if (draft.marketplace !== undefined && !marketplaceById(draft.marketplace)) return undefined
  return {
    receivedOn: draft.receivedOn,
    trackingNumbers: draftTrackingNumbers(draft.trackingNumbers),
    carrier: text(draft.carrier)?.toLowerCase(),
    sender: text(draft.sender),
    contents: text(draft.contents),
    slipOrderId: text(draft.slipOrderId),
    // An empty wording still records that a samples card was inside.
    samplesCard: draft.samplesCard === undefined ? undefined : draft.samplesCard.trim(),
    amazonPackaging: draft.amazonPackaging,
    notes: text(draft.notes),
    marketplace: draft.marketplace,
  }
}

export function newParcel(draft: ParcelDraft, id: ParcelId, createdAt: string): Parcel | undefined {
  const fields = draftFields(draft)
  return fields && { id, ...fields, createdAt }
}
