// Test helper: the synthetic export fixtures, as bytes, and zips built from them with fflate.
import { readFileSync } from 'node:fs'
import { strToU8, zipSync } from 'fflate'

const DIR = new URL('../../fixtures/amazon/data-export/', import.meta.url)

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(name, DIR)))
}

export function fixtureText(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8')
}

/** A zip holding `members` (path → text or bytes), as Amazon's download would. */
export function zipOf(members: Record<string, string | Uint8Array>): Uint8Array {
  const entries: Record<string, Uint8Array> = {}
  for (const [path, content] of Object.entries(members)) entries[path] = typeof content === 'string' ? strToU8(content) : content
  return zipSync(entries)
}
