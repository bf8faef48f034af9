// Classifies a message sender from browser-stamped fields only; anything doubtful is untrusted.
import { marketplaceOfUrl, STOREFRONT_ORIGINS } from '../amazon/pages.ts'
import type { MarketplaceId } from '../core/model/order.ts'
import type { SenderClass } from './protocol.ts'

/** The browser-stamped fields of `runtime.MessageSender` we rely on. */
export interface SenderFields {
  id?: string
  origin?: string
  url?: string
  frameId?: number
  tab?: { id?: number; incognito?: boolean }
}

export type SenderVerdict =
  | { ok: true; class: 'extension-page'; tabId?: number }
  | { ok: true; class: 'amazon-tab'; tabId: number; marketplace: MarketplaceId }
  | { ok: false; why: SenderRejection }

export type SenderRejection =
  | 'foreign-extension'
  | 'no-origin'
  | 'incognito'
  | 'url-mismatch'
  | 'foreign-origin'
  | 'no-tab'
  | 'subframe'

/**
 * `scheme://host[:port]` of a URL. Not `URL.origin`: outside browsers that is 'null' for the
 * non-special `chrome-extension:`/`moz-extension:` schemes, while browsers stamp the full origin.
 */
export function originOf(url: string): string | undefined {
  try {
    const u = new URL(url)
    return u.host ? `${u.protocol}//${u.host}` : undefined
  } catch {
    return undefined
  }
}

/**
 * Decides who sent a message. `sender.url` never grants trust (a compromised renderer forges it),
 * but a `url` that disagrees with `origin` withdraws it; a missing `origin` is untrusted
 * (Firefox < 126 left it unset). Incognito senders are dropped whatever their class (PV4).
 */
export function classifySender(sender: SenderFields | undefined, extensionId: string, extensionOrigin: string): SenderVerdict {
  if (!sender || typeof sender.id !== 'string' || sender.id !== extensionId) return { ok: false, why: 'foreign-extension' }
  const origin = sender.origin
  if (typeof origin !== 'string' || origin === '' || origin === 'null') return { ok: false, why: 'no-origin' }
  if (sender.tab?.incognito === true) return { ok: false, why: 'incognito' }
  if (sender.url !== undefined && originOf(sender.url) !== origin) return { ok: false, why: 'url-mismatch' }
  if (origin === extensionOrigin) return { ok: true, class: 'extension-page', tabId: sender.tab?.id }
  const marketplace = STOREFRONT_ORIGINS.has(origin) ? marketplaceOfUrl(origin) : undefined
  if (!marketplace) return { ok: false, why: 'foreign-origin' }
  if (!sender.tab || typeof sender.tab.id !== 'number') return { ok: false, why: 'no-tab' }
  if (sender.frameId !== 0) return { ok: false, why: 'subframe' }
  return { ok: true, class: 'amazon-tab', tabId: sender.tab.id, marketplace }
}

/** Whether a verdict's class may send a request accepted only from `allowed` classes. */
export function senderAllowed(verdict: SenderVerdict, allowed: readonly SenderClass[]): boolean {
  return verdict.ok && allowed.includes(verdict.class)
}
