// A tiny structural checker for backup records: each check returns an error message or undefined.
import { isMoney, isPlainDate } from '../../core/model/index.ts'
import { base64ToBytes } from '../blob-encoding.ts'
import { isPlainObject } from '../canonical-json.ts'

export type Check = (value: unknown, path: string) => string | undefined

export const str: Check = (v, p) => (typeof v === 'string' ? undefined : `${p} must be text`)
export const nonEmpty: Check = (v, p) => (typeof v === 'string' && v.length > 0 ? undefined : `${p} must be non-empty text`)
export const bool: Check = (v, p) => (typeof v === 'boolean' ? undefined : `${p} must be true or false`)
export const count: Check = (v, p) => (Number.isSafeInteger(v) && (v as number) >= 0 ? undefined : `${p} must be a whole number ≥ 0`)
export const date: Check = (v, p) => (isPlainDate(v) ? undefined : `${p} must be a date YYYY-MM-DD`)
export const money: Check = (v, p) => (isMoney(v) ? undefined : `${p} must be an amount { minor, currency }`)
export const isoTime: Check = (v, p) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)) ? undefined : `${p} must be an ISO timestamp`
export const anyJson: Check = (v, p) => (v === undefined ? `${p} is missing` : undefined)

export function oneOf(values: readonly string[]): Check {
  return (v, p) => (typeof v === 'string' && values.includes(v) ? undefined : `${p} must be one of ${values.join(', ')}`)
}

export function optional(check: Check): Check {
  return (v, p) => (v === undefined ? undefined : check(v, p))
}

export function nullable(check: Check): Check {
  return (v, p) => (v === null ? undefined : check(v, p))
}

export function arrayOf(check: Check): Check {
  return (v, p) => {
    if (!Array.isArray(v)) return `${p} must be a list`
    for (let i = 0; i < v.length; i++) {
      const e = check(v[i], `${p}[${i}]`)
      if (e) return e
    }
    return undefined
  }
}

/** An object with these typed fields; other fields are allowed (newer optional model fields), being JSON already. */
export function shape(fields: Record<string, Check>): Check {
  return (v, p) => {
    if (!isPlainObject(v)) return `${p} must be an object`
    for (const [name, check] of Object.entries(fields)) {
      const e = check(v[name], `${p}.${name}`)
      if (e) return e
    }
    return undefined
  }
}

export const encodedBlob: Check = shape({
  blobType: str,
  base64: (v, p) => (typeof v === 'string' && base64ToBytes(v) ? undefined : `${p} must be base64 data`),
})
