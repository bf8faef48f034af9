// Parcels the user logged: add many, edit, attach a label photo, delete with undo (the deleted records are returned).
import type { Parcel, ParcelId } from '../../core/model/index.ts'
import { sameData } from '../canonical-json.ts'
import { compact } from '../compact.ts'
import type { UnorderedDb } from '../db.ts'
import { upgradeParcelToV2 } from '../migrations/v2-normalized-sender.ts'
import type { StoredDecision, StoredNotice, StoredParcel } from '../records.ts'
import { emptyCounts, type TableWriteCounts } from './write-counts.ts'

/** A parcel row as stored: undefined fields dropped, `normalizedSender` derived from `sender`. */
export function parcelRow(parcel: Parcel | StoredParcel): StoredParcel {
  return upgradeParcelToV2(compact({ ...parcel }))
}

/** Adds parcels (or rewrites ones with the same id when they differ), in one transaction. */
export async function addParcels(db: UnorderedDb, parcels: readonly Parcel[]): Promise<TableWriteCounts> {
  return db.transaction('rw', db.parcels, async () => {
    const counts = emptyCounts()
    const rows = new Map(parcels.map((p) => [p.id, parcelRow(p)]))
    const stored = await db.parcels.bulkGet([...rows.keys()])
    const puts: StoredParcel[] = []
    let i = 0
    for (const row of rows.values()) {
      const before = stored[i++]
      // An existing label photo survives a re-add that does not carry one.
      if (before?.labelPhoto && !row.labelPhoto) row.labelPhoto = before.labelPhoto
      if (!before) counts.added++
      else if (!sameParcel(before, row)) counts.updated++
      else { counts.unchanged++; continue }
      puts.push(row)
    }
    if (puts.length > 0) await db.parcels.bulkPut(puts)
    return counts
  })
}

/** Editable parcel fields. A key present with value `undefined` clears that field. */
export type ParcelPatch = Partial<Omit<Parcel, 'id'>>

export type EditResult = 'updated' | 'unchanged' | 'missing'

export async function editParcel(db: UnorderedDb, id: ParcelId, patch: ParcelPatch): Promise<EditResult> {
  return db.transaction('rw', db.parcels, async () => {
    const before = await db.parcels.get(id)
    if (!before) return 'missing'
    const next: Record<string, unknown> = { ...before }
    for (const [k, v] of Object.entries(patch)) {
      if (k === 'id') continue
      if (v === undefined) delete next[k]
      else next[k] = v
    }
    const row = parcelRow(next as unknown as StoredParcel)
    if (sameParcel(before, row)) return 'unchanged'
    await db.parcels.put(row)
    return 'updated'
  })
}

/** Attaches (or with `undefined`, removes) the label photo of a parcel. */
export async function setLabelPhoto(db: UnorderedDb, id: ParcelId, photo: Blob | undefined): Promise<EditResult> {
  return db.transaction('rw', db.parcels, async () => {
    const before = await db.parcels.get(id)
    if (!before) return 'missing'
    if (!photo && !before.labelPhoto) return 'unchanged'
    const { labelPhoto: _old, ...rest } = before
    await db.parcels.put(photo ? { ...rest, labelPhoto: photo } : rest)
    return 'updated'
  })
}

/** Everything a parcel deletion removed, so undo can put it back exactly. */
export interface DeletedParcel {
  parcel: StoredParcel
  decisions: StoredDecision[]
  notices: StoredNotice[]
}

/** Deletes a parcel with its decisions and notices (nothing may reference a missing parcel). */
export async function deleteParcel(db: UnorderedDb, id: ParcelId): Promise<DeletedParcel | undefined> {
  return db.transaction('rw', [db.parcels, db.decisions, db.notices], async () => {
    const parcel = await db.parcels.get(id)
    if (!parcel) return undefined
    const decisions = await db.decisions.where('parcelId').equals(id).toArray()
    const notices = await db.notices.where('parcelId').equals(id).toArray()
    await db.decisions.bulkDelete(decisions.map((d) => d.subject))
    await db.notices.bulkDelete(notices.map((n) => n.id))
    await db.parcels.delete(id)
    return { parcel, decisions, notices }
  })
}

/** Undo of `deleteParcel`: puts the parcel, its decisions and notices back. False when the id was reused meanwhile. */
export async function undoDeleteParcel(db: UnorderedDb, deleted: DeletedParcel): Promise<boolean> {
  return db.transaction('rw', [db.parcels, db.decisions, db.notices], async () => {
    if (await db.parcels.get(deleted.parcel.id)) return false
    await db.parcels.put(deleted.parcel)
    if (deleted.decisions.length > 0) await db.decisions.bulkPut(deleted.decisions)
    if (deleted.notices.length > 0) await db.notices.bulkPut(deleted.notices)
    return true
  })
}

/** Equal parcels; label photos compare by identity, size and type (their bytes cannot be read inside a transaction). */
function sameParcel(a: StoredParcel, b: StoredParcel): boolean {
  const { labelPhoto: pa, ...ra } = a
  const { labelPhoto: pb, ...rb } = b
  if (!sameData(ra, rb)) return false
  if (!pa || !pb) return !pa && !pb
  return pa === pb || (pa.size === pb.size && pa.type === pb.type)
}
