// Classifies a message sender from browser-stamped fields only; anything doubtful is untrusted.
import { STOREFRONT_ORIGINS } from '../amazon/pages.ts'
import type { SenderClass } from './protocol.ts'

/** The browser-stamped fields of `runtime.MessageSender` we rely on. */
export interface SenderFields {
  id?: string
  origin?: string
  url?: string
  frameId?: number
  tab?: { id?: number; incognito?: boolean }
}

export type SenderVerdict = { ok: true; class: SenderClass; tabId?: number } | { ok: false; why: string }

/**
 * Decides who sent a message. `sender.url` is never trusted (a compromised renderer forges it);
 * a missing `origin` is untrusted (Firefox < 126 left it unset).
 */
export function classifySender(sender: SenderFields, extensionId: string, extensionOrigin: string): SenderVerdict {
  if (!sender || sender.id !== extensionId) return { ok: false, why: 'foreign-extension' }
  if (typeof sender.origin !== 'string' || sender.origin === '' || sender.origin === 'null') return { ok: false, why: 'no-origin' }
  if (sender.tab?.incognito === true) return { ok: false, why: 'incognito' }
  if (sender.origin === extensionOrigin) return { ok: true, class: 'extension-page', tabId: sender.tab?.id }
  if (!STOREFRONT_ORIGINS.has(sender.origin)) return { ok: false, why: 'foreign-origin' }
  if (!sender.tab || typeof sender.tab.id !== 'number') return { ok: false, why: 'no-tab' }
  if (sender.frameId !== 0) return { ok: false, why: 'subframe' }
  return { ok: true, class: 'amazon-tab', tabId: sender.tab.id }
}
