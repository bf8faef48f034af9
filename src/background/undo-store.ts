// Undo tokens for parcel deletion, kept in storage.session so a restarted worker can still undo.
import type { DeletedParcel } from '../storage/repositories/parcels.ts'
import type { BackgroundContext } from './context.ts'

/** How long a deletion can be undone. */
export const UNDO_MS = 10 * 60_000

interface StoredUndo {
  expires: number
  deleted: Omit<DeletedParcel, 'parcel'> & { parcel: Omit<DeletedParcel['parcel'], 'labelPhoto'> }
  photo?: { type: string; base64: string }
}

const key = (token: string) => `undo:${token}`

function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

function fromBase64(b64: string): Uint8Array<ArrayBuffer> {
  const s = atob(b64)
  const out = new Uint8Array(s.length)
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i)
  return out
}

/** Keeps what a deletion removed; returns the token that undoes it. Session storage holds JSON only, so a photo goes as base64. */
export async function keepForUndo(ctx: BackgroundContext, deleted: DeletedParcel, nowMs: number): Promise<string> {
  const token = crypto.randomUUID()
  const { labelPhoto, ...parcel } = deleted.parcel
  const entry: StoredUndo = { expires: nowMs + UNDO_MS, deleted: { ...deleted, parcel } }
  if (labelPhoto) entry.photo = { type: labelPhoto.type, base64: toBase64(new Uint8Array(await labelPhoto.arrayBuffer())) }
  await ctx.session.set({ [key(token)]: entry })
  return token
}

/** Takes (and forgets) what a token can restore; undefined when unknown or expired. */
export async function takeUndo(ctx: BackgroundContext, token: string, nowMs: number): Promise<DeletedParcel | undefined> {
  const entry = (await ctx.session.get(key(token)))[key(token)] as StoredUndo | undefined
  if (!entry) return undefined
  await ctx.session.remove(key(token))
  if (typeof entry.expires !== 'number' || entry.expires < nowMs) return undefined
  const photo = entry.photo ? new Blob([fromBase64(entry.photo.base64)], { type: entry.photo.type }) : undefined
  return { ...entry.deleted, parcel: photo ? { ...entry.deleted.parcel, labelPhoto: photo } : entry.deleted.parcel }
}
