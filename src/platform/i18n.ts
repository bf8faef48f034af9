// UI strings from _locales through browser.i18n: our words, never Amazon's labels.
import { browser } from './browser.ts'

export function t(key: string, subs?: string | string[]): string {
  return browser.i18n.getMessage(key, subs) || key
}
