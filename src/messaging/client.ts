// Typed send for content scripts and extension pages: the name fixes payload and reply types.
import { browser } from '../platform/browser.ts'
import type { Envelope, Kind, Reply, Req } from './protocol.ts'

export async function send<K extends Kind>(type: K, payload: Req<K>): Promise<Reply<K>> {
  const envelope: Envelope<K> = { type, payload }
  try {
    const reply = (await browser.runtime.sendMessage(envelope)) as Reply<K> | undefined
    return reply ?? { ok: false, code: 'failed', message: 'no reply' }
  } catch (e) {
    return { ok: false, code: 'failed', message: e instanceof Error ? e.message : String(e) }
  }
}
