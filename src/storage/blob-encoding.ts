// Blobs (label photos) as JSON: `{ blobType, base64 }`, for backups and content hashes.

export interface EncodedBlob {
  blobType: string
  base64: string
}

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

/** Decodes strict base64; undefined when the text is not base64. */
export function base64ToBytes(text: string): Uint8Array | undefined {
  if (!BASE64.test(text)) return undefined
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

export async function encodeBlob(blob: Blob): Promise<EncodedBlob> {
  return { blobType: blob.type, base64: bytesToBase64(new Uint8Array(await blob.arrayBuffer())) }
}

export function isEncodedBlob(v: unknown): v is EncodedBlob {
  return typeof v === 'object' && v !== null && typeof (v as EncodedBlob).blobType === 'string' && typeof (v as EncodedBlob).base64 === 'string'
}

/** A Blob from its encoding (the caller validated the base64). */
export function decodeBlob(encoded: EncodedBlob): Blob {
  const bytes = base64ToBytes(encoded.base64)
  if (!bytes) throw new TypeError('decodeBlob: invalid base64 (validate first)')
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: encoded.blobType })
}

/** A copy of a row with every top-level Blob field encoded. Runs outside transactions (reading a Blob is not IndexedDB work). */
export async function encodeBlobFields<T extends object>(row: T): Promise<T> {
  const entries = Object.entries(row)
  if (!entries.some(([, v]) => v instanceof Blob)) return row
  const out: Record<string, unknown> = {}
  for (const [k, v] of entries) out[k] = v instanceof Blob ? await encodeBlob(v) : v
  return out as T
}
