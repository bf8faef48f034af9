// Text normalisation that runs before every locale parser: one spelling for spaces, digits and ¥.

// U+00A0 NBSP, U+2007 figure space, U+2009 thin space, U+202F narrow NBSP (fr grouping), U+3000 ideographic space.
const ODD_SPACES = /[\u00A0\u2007\u2009\u202F\u3000]/g
const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19]/g

/** NFC, odd spaces → space, full-width digits/`￥`/`，．` → ASCII/`¥`, `−` → `-`, whitespace collapsed, trimmed. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(ODD_SPACES, ' ')
    .replace(FULL_WIDTH_DIGITS, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 0x30))
    .replace(/\uFFE5/g, '¥')
    .replace(/\uFF0C/g, ',')
    .replace(/\uFF0E/g, '.')
    .replace(/\u2212/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}
