// Recognises free-sample wording in an item title or card, in one language.
import type { Item } from '../model/order.ts'
import type { LanguagePack } from './language-pack.ts'
import { normalizeText } from './normalize.ts'
import { findPhrase } from './phrase-pattern.ts'

/** True when `text` contains one of the pack's sample words as a whole word ("Free Sample", "Gratisprobe", "サンプル"). */
export function isSampleText(text: string, pack: LanguagePack): boolean {
  if (typeof text !== 'string') return false
  return findPhrase(normalizeText(text).toLowerCase(), pack.labels.sample) !== undefined
}

/** An item is a sample when it cost nothing or its title says so in the page's language. */
export function isSampleItem(item: Pick<Item, 'title' | 'unitPrice'>, pack: LanguagePack | undefined): boolean {
  return item.unitPrice?.minor === 0 || (pack !== undefined && isSampleText(item.title, pack))
}
