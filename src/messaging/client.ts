// Typed send for content scripts and extension pages: the name fixes payload and reply types.
import { browser } from '../platform/browser.ts'
import type { Envelope, Kind, NoticeEnvelope, NoticeKind, Notices, Reply, Req } from './protocol.ts'

/** Sends one request; a missing reply or a dead extension context becomes `{ ok: false, code: 'failed' }`. */
export async function send<K extends Kind>(type: K, payload: Req<K>): Promise<Reply<K>> {
  const envelope: Envelope<K> = { type, payload }
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined
    return reply ?? { ok: false, code: 'failed', message: 'no reply' }
  } catch (e) {
    return { ok: false, code: 'failed', message: e instanceof Error ? e.message : String(e) }
  }
}

/** Listens for one notice kind in an extension page; returns the function that stops listening. */
export function onNotice<K extends NoticeKind>(notice: K, listener: (body: Notices[K]['body']) => void): () => void {
  const wrapped = (message: unknown): undefined => {
    const m = message as Partial<NoticeEnvelope> | null
    if (typeof m === 'object' && m !== null && m.notice === notice) listener(m.body as Notices[K]['body'])
    return undefined
  }
  browser.runtime.onMessage.addListener(wrapped)
  return () => browser.runtime.onMessage.removeListener(wrapped)
}
