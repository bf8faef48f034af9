// Schema v2: parcels gain `normalizedSender`, an indexed folding of `sender` for series detection.
/** Folds a sender for comparison: NFKC, lower case, punctuation and spacing collapsed ("ACME-Shop GmbH" → "acme shop gmbh"). */
export function normalizeSender(sender: string): string | undefined {
  const folded = sender.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
  return folded === '' ? undefined : folded
}

/** The v1 → v2 row change, shared by the Dexie upgrader and by restoring a v1 backup. */
export function upgradeParcelToV2<T extends { sender?: unknown; normalizedSender?: unknown }>(parcel: T): T {
  const { normalizedSender: _old, ...rest } = parcel
  const normalized = typeof parcel.sender === 'string' ? normalizeSender(parcel.sender) : undefined
  return (normalized === undefined ? rest : { ...rest, normalizedSender: normalized }) as T
}
