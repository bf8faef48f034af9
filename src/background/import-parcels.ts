// Parcel CSV import: validate every row first, give rows stable ids, then write parcels and decisions at once.
import type { Decision, Parcel, ParcelId } from '../core/model/parcel.ts'
import { parseParcelsCsv } from '../core/parcels/csv.ts'
import type { ImportSummary } from '../messaging/protocol.ts'
import { canonicalJson, sha256Hex } from '../storage/canonical-json.ts'
import type { UnorderedDb } from '../storage/db.ts'
import { putDecision } from '../storage/repositories/decisions.ts'
import { addParcels } from '../storage/repositories/parcels.ts'
import type { StoredParcel } from '../storage/records.ts'

export type ParcelsImport = { ok: true; summary: ImportSummary } | { ok: false; error: string; problems?: string[] }

/** At most this many row problems are reported back; the count says how many there were. */
const MAX_PROBLEMS = 20

/**
 * The id a CSV row keeps across imports: the stored parcel received the same day with a tracking
 * number in common, else a hash of the row's content and its occurrence among identical rows.
 */
async function stableIds(rows: Parcel[], stored: StoredParcel[]): Promise<Map<number, StoredParcel | ParcelId>> {
  const byTracking = new Map<string, StoredParcel>()
  for (const p of stored) for (const n of p.trackingNumbers) byTracking.set(`${p.receivedOn}|${n}`, p)
  const seen = new Map<string, number>()
  const out = new Map<number, StoredParcel | ParcelId>()
  for (const [i, row] of rows.entries()) {
    const existing = row.trackingNumbers.map((n) => byTracking.get(`${row.receivedOn}|${n}`)).find(Boolean)
    if (existing) {
      out.set(i, existing)
      continue
    }
    const { id: _rowId, ...content } = row
    const text = canonicalJson(content)
    const occurrence = seen.get(text) ?? 0
    seen.set(text, occurrence + 1)
    out.set(i, `csv-${(await sha256Hex(`${text}#${occurrence}`)).slice(0, 24)}`)
  }
  return out
}

/** Imports a parcels CSV; any bad row rejects the whole file and nothing is written. */
export async function importParcelsCsv(db: UnorderedDb, text: string, now: string): Promise<ParcelsImport> {
  const parsed = parseParcelsCsv(text)
  if (!parsed.ok) return { ok: false, error: parsed.error }
  const errors = parsed.rows.flatMap((r) => ('error' in r ? [`row ${r.row}: ${r.error}`] : []))
  if (errors.length > 0) {
    const shown = errors.slice(0, MAX_PROBLEMS)
    return { ok: false, error: `${errors.length} of ${parsed.rows.length} rows are invalid; nothing was imported`, problems: shown }
  }
  const good = parsed.rows.filter((r): r is Extract<typeof r, { parcel: Parcel }> => 'parcel' in r)
  if (good.length === 0) return { ok: false, error: 'the file has no parcel rows' }

  // Hashing awaits WebCrypto, which would end an IndexedDB transaction: ids are settled before it.
  const ids = await stableIds(good.map((r) => r.parcel), await db.parcels.toArray())
  return db.transaction('rw', [db.parcels, db.decisions, db.shipments], async () => {
    const parcels: Parcel[] = []
    const decisions: Decision[] = []
    for (const [i, row] of good.entries()) {
      const match = ids.get(i)!
      const id = typeof match === 'string' ? match : match.id
      const createdAt = typeof match === 'string' ? ((await db.parcels.get(id))?.createdAt ?? now) : (match.createdAt ?? now)
      parcels.push({ ...row.parcel, id, createdAt })
      if (row.decision) decisions.push({ ...row.decision, parcelId: id } as Decision)
    }
    const counts = await addParcels(db, parcels)
    for (const d of decisions) await putDecision(db, d)
    return { ok: true, summary: { rows: parsed.rows.length, added: counts.added, updated: counts.updated, unchanged: counts.unchanged, coverage: 0, issues: [] } }
  })
}
