// `page/*` messages: pages captured by content scripts on Amazon order pages.
import { marketplaceOfUrl, pagePathKind } from '../../amazon/pages.ts'
import type { CapturedPage } from '../../messaging/protocol.ts'
import { serve } from '../../messaging/server.ts'
import { recordCapture } from '../status-store.ts'

const MAX_HTML = 20 * 1024 * 1024

function isCapturedPage(p: unknown): p is CapturedPage {
  if (typeof p !== 'object' || p === null) return false
  const { url, html } = p as Record<string, unknown>
  return typeof url === 'string' && url.length < 8192 && typeof html === 'string' && html.length <= MAX_HTML
}

export function registerPageHandlers(): void {
  serve('page/captured', isCapturedPage, async (page, ctx) => {
    const marketplace = marketplaceOfUrl(page.url)
    // The page must come from the tab's own storefront: a payload URL on another host is refused.
    if (!marketplace || new URL(page.url).origin !== ctx.origin) return { kind: 'unknown', accepted: false }
    const kind = pagePathKind(new URL(page.url).pathname) ?? 'unknown'
    await recordCapture({ kind, marketplace, at: new Date().toISOString() })
    return { kind, marketplace, accepted: kind !== 'unknown' }
  })
}
