// A one-hash Bloom filter over strings: a cheap "certainly not wanted" before a Set or string-table lookup.
//
// Why: the ledger's order numbers all have one length, so a Set lookup that misses still compares
// the looked-up string with the entries of its bucket, reading strings scattered over the heap;
// hashing the looked-up string reads only that string. Before the string table of wanted tracking
// keys, it is the smaller thing to miss in: 16 bits a key against the table's 8 bytes a slot.

export interface StringFilter {
  bits: Int32Array
  /** 32 − log2(bit count): the hash's high bits pick the bit. */
  shift: number
}

/**
 * FNV-1a of the length and the last eight characters (where numbers of one carrier or account
 * differ), with a final multiply so the high bits depend on every character hashed.
 */
export function hashString(s: string): number {
  let h = Math.imul(0x811c9dc5 ^ s.length, 0x01000193)
  for (let i = Math.max(0, s.length - 8); i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  return Math.imul(h ^ (h >>> 15), 0x9e3779b1)
}

/**
 * A filter holding the keys of `values` (a Set's or a Map's): about 16 bits per value, so about 6 %
 * of other strings pass. Read with `forEach`: a key iterator allocates a result per key.
 */
export function stringFilter(values: ReadonlySet<string> | ReadonlyMap<string, unknown>): StringFilter {
  const filter = newFilter(values.size)
  values.forEach((_: unknown, v: string) => addHash(filter, hashString(v)))
  return filter
}

/** An empty filter sized for `count` values; fill it with `addHash`. */
export function newFilter(count: number): StringFilter {
  let log2 = 10
  while (log2 < 24 && 1 << log2 < count * 16) log2++
  return { bits: new Int32Array(1 << (log2 - 5)), shift: 32 - log2 }
}

/** Adds the value whose `hashString` is `h`. */
export function addHash(filter: StringFilter, h: number): void {
  const b = h >>> filter.shift
  filter.bits[b >>> 5]! |= 1 << (b & 31)
}

/** False when `s` was certainly not among the values; true when it may have been. */
export function mayContain(filter: StringFilter, s: string): boolean {
  return mayContainHash(filter, hashString(s))
}

/** `mayContain` for a string whose `hashString` is `h`. */
export function mayContainHash(filter: StringFilter, h: number): boolean {
  const b = h >>> filter.shift
  return (filter.bits[b >>> 5]! & (1 << (b & 31))) !== 0
}
