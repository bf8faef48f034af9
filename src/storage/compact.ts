// Drops undefined properties before a write: IndexedDB would otherwise keep `{ notes: undefined }` keys.
import { isPlainObject } from './canonical-json.ts'

/** A copy of a JSON-like record without undefined properties (recursively; Blobs and other objects kept as they are). */
export function compact<T>(value: T): T {
  if (Array.isArray(value)) return value.map((v) => compact(v)) as T
  if (!isPlainObject(value)) return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = compact(v)
  return out as T
}

/** Only the properties whose value is defined (shallow), for "a known value is never replaced by undefined". */
export function definedOnly<T extends object>(value: T): Partial<T> {
  const out: Partial<T> = {}
  for (const [k, v] of Object.entries(value)) if (v !== undefined) (out as Record<string, unknown>)[k] = v
  return out
}
