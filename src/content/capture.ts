// Passive capture: sends the rendered order page once, then again only when its order cards change.
import { pagePathKind } from '../amazon/pages.ts'
import type { PageVerdict, Reply } from '../messaging/protocol.ts'

/** What capture needs from the page and the extension; the entry file passes the real ones. */
export interface CaptureEnv {
  document: Document
  location: { href: string; pathname: string }
  send(page: { url: string; html: string }): Promise<Reply<'page/captured'>>
  /** False once the extension was reloaded or updated under this content script. */
  contextAlive(): boolean
  MutationObserver: typeof MutationObserver
  setTimeout(fn: () => void, ms: number): unknown
  clearTimeout(handle: unknown): void
  onVerdict?(verdict: PageVerdict): void
}

export const DEBOUNCE_MS = 500
/** A page that keeps mutating still gets captured at least this often while it changes. */
export const MAX_WAIT_MS = 3000

// Order, shipment and package ids in link parameters: which cards are on the page, without a selector.
const ID_PARAM = /[?&](orderI[dD]s?|shipmentId|packageIndex)=([^&#]{1,200})/g

/**
 * A cheap signature of what the page shows: the URL plus the ids its links name. Timers, ads and
 * carousels change the markup all the time; a new set of order cards changes the ids.
 */
export function contentSignature(href: string, links: Iterable<{ href: string }>): string {
  const ids = new Set<string>()
  for (const a of links) for (const m of a.href.matchAll(ID_PARAM)) ids.add(`${m[1]}=${m[2]}`)
  return `${href}\n${[...ids].sort().join('\n')}`
}

const isInvalidated = (reply: Reply<'page/captured'>) => !reply.ok && reply.code === 'failed' && /context invalidated|receiving end does not exist/i.test(reply.message ?? '')

/** Starts capturing; returns a function that stops it (used by tests and on a dead extension context). */
export function startCapture(env: CaptureEnv): () => void {
  let lastSent = ''
  let timer: unknown
  let firstPending = 0
  let stopped = false
  const observer = new env.MutationObserver(() => schedule())

  const stop = () => {
    stopped = true
    observer.disconnect()
    if (timer !== undefined) env.clearTimeout(timer)
    timer = undefined
  }

  async function captureNow(): Promise<void> {
    timer = undefined
    firstPending = 0
    if (stopped) return
    if (!env.contextAlive()) return stop()
    if (!pagePathKind(env.location.pathname)) return
    const signature = contentSignature(env.location.href, env.document.links)
    if (signature === lastSent) return
    lastSent = signature
    const reply = await env.send({ url: env.location.href, html: env.document.documentElement.outerHTML })
    if (isInvalidated(reply)) return stop()
    if (reply.ok) env.onVerdict?.(reply.value)
  }

  function schedule(): void {
    if (stopped) return
    const now = Date.now()
    if (firstPending === 0) firstPending = now
    if (timer !== undefined) env.clearTimeout(timer)
    const wait = now - firstPending >= MAX_WAIT_MS ? 0 : DEBOUNCE_MS
    timer = env.setTimeout(() => void captureNow(), wait)
  }

  void captureNow()
  if (!stopped) observer.observe(env.document.documentElement, { childList: true, subtree: true })
  return stop
}
