// Tiny strict schema combinators for message payloads: plain objects only, no extra keys, bounded sizes.

export type Schema<T> = (v: unknown) => v is T

type Shape = Record<string, Schema<unknown>>
type Optional<T> = Schema<T | undefined> & { optional: true }
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { optional: true } ? K : never }[keyof S]
type Out<S extends Shape> = { [K in Exclude<keyof S, OptionalKeys<S>>]: S[K] extends Schema<infer T> ? T : never } & {
  [K in OptionalKeys<S>]?: S[K] extends Schema<infer T> ? Exclude<T, undefined> : never
}

/** A plain data object (no class instance, array or null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false
  const proto: unknown = Object.getPrototypeOf(v)
  return proto === Object.prototype || proto === null
}

export const str = (max: number, min = 0): Schema<string> => (v): v is string => typeof v === 'string' && v.length >= min && v.length <= max

export const int = (min: number, max: number): Schema<number> => (v): v is number => Number.isSafeInteger(v) && (v as number) >= min && (v as number) <= max

export const bool: Schema<boolean> = (v): v is boolean => typeof v === 'boolean'

export const oneOf = <const T extends readonly (string | number | null)[]>(values: T): Schema<T[number]> => (v): v is T[number] => values.includes(v as T[number])

export const matches = (re: RegExp, max: number): Schema<string> => (v): v is string => typeof v === 'string' && v.length <= max && re.test(v)

export const arrayOf = <T>(item: Schema<T>, max: number, min = 0): Schema<T[]> => (v): v is T[] =>
  Array.isArray(v) && v.length >= min && v.length <= max && v.every((x) => item(x))

export function optional<T>(s: Schema<T>): Optional<T> {
  const f = ((v: unknown) => v === undefined || s(v)) as Optional<T>
  f.optional = true
  return f
}

/** A strict object: every required key present and valid, optional keys valid when present, no other key. */
export function object<S extends Shape>(shape: S): Schema<Out<S>> {
  const keys = Object.keys(shape)
  return (v): v is Out<S> => {
    if (!isPlainObject(v)) return false
    for (const k of Object.keys(v)) if (!Object.hasOwn(shape, k)) return false
    for (const k of keys) {
      const present = Object.hasOwn(v, k)
      const s = shape[k]!
      if (!present && !(s as Partial<Optional<unknown>>).optional) return false
      if (present && !s(v[k])) return false
    }
    return true
  }
}

/** Exactly one of several object schemas. */
export const either = <A, B>(a: Schema<A>, b: Schema<B>): Schema<A | B> => (v): v is A | B => a(v) !== b(v)

/** Narrows a schema with a further check on the already-typed value. */
export const refine = <T>(s: Schema<T>, check: (v: T) => boolean): Schema<T> => (v): v is T => s(v) && check(v)

export const emptyObject: Schema<Record<string, never>> = object({})
