// Test helper: the real Amazon pages, read in place, to prove that table inputs were seen in the wild.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const DIR = fileURLToPath(new URL('../../../../shared/fixtures/amazon-pages/', import.meta.url))

let text: string | undefined

/** The whole corpus as one decoded string (HTML entities for NBSP and JSON escapes undone), or undefined when absent. */
export function corpusText(): string | undefined {
  if (text !== undefined) return text
  if (!existsSync(DIR)) {
    console.warn(`[locale tests] ${DIR} is absent: skipping the "seen in the corpus" checks`)
    return undefined
  }
  text = readdirSync(DIR)
    .map((f) => readFileSync(DIR + f, 'utf8'))
    .join('\n')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/<\/span><span[^>]*>/g, '')
    .replace(/\\n\s*/g, ' ')
  return text
}
