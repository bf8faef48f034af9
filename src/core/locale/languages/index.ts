// The language packs Unordered ships, looked up by bare language code.
import type { LanguagePack } from '../language-pack.ts'
import { de } from './de.ts'
import { en } from './en.ts'
import { es } from './es.ts'
import { fr } from './fr.ts'
import { it } from './it.ts'
import { ja } from './ja.ts'

export const LANGUAGE_PACKS: readonly LanguagePack[] = [en, de, fr, it, es, ja]

const BY_TAG = new Map(LANGUAGE_PACKS.map((p) => [p.tag, p]))

/** The pack for a language code (`fr`, `fr-CA`, `fr_CA`, `FR`); undefined when none is shipped. */
export function languagePack(tag: string): LanguagePack | undefined {
  return BY_TAG.get(tag.toLowerCase().split(/[-_]/)[0] ?? '')
}
