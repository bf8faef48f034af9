// Builds a regular-expression alternation from pack spellings, so a word never matches inside another word.

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

const LATIN = /\p{Script=Latin}/u
const DIGIT = /\d/

// Guards come from the characters themselves, not the language: a Latin-script spelling must not
// touch other Latin letters ("mai" inside "maison"), one starting with a digit must not follow a
// digit (ja "1月" inside "11月"). CJK spellings need no guard.
function guarded(word: string): string {
  const first = word[0] ?? ''
  const last = word[word.length - 1] ?? ''
  const before = LATIN.test(first) ? '(?<!\\p{Script=Latin})' : DIGIT.test(first) ? '(?<!\\d)' : ''
  const after = LATIN.test(last) ? '(?!\\p{Script=Latin})' : ''
  return `${before}${escape(word)}${after}`
}

/** An alternation (no capturing group) of `words`, longest first, each guarded against word fragments. */
export function phraseAlternation(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.toLowerCase()))].filter((w) => w.length > 0)
  unique.sort((a, b) => b.length - a.length)
  return unique.length === 0 ? '(?!)' : unique.map(guarded).join('|')
}

// Pack arrays are long-lived constants, so their compiled patterns are cached by identity.
const CACHE = new WeakMap<readonly string[], RegExp>()

/** Finds the first occurrence of any of `words` in lower-cased normalised `text`. */
export function findPhrase(text: string, words: readonly string[]): { index: number; length: number } | undefined {
  let re = CACHE.get(words)
  if (!re) {
    re = new RegExp(phraseAlternation(words), 'u')
    CACHE.set(words, re)
  }
  const m = re.exec(text)
  return m ? { index: m.index, length: m[0].length } : undefined
}
