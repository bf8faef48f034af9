// @vitest-environment happy-dom
// Passive capture: once per load, again only when the order cards change, never twice for the same content.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { contentSignature, DEBOUNCE_MS, MAX_WAIT_MS, startCapture, type CaptureEnv } from '../../src/content/capture.ts'
import type { Reply } from '../../src/messaging/protocol.ts'

const LIST = 'https://www.amazon.de/your-orders/orders?timeFilter=year-2024'

function card(orderId: string): HTMLElement {
  const div = document.createElement('div')
  const a = document.createElement('a')
  a.href = `/gp/your-account/order-details?orderID=${orderId}`
  a.textContent = 'Order details'
  div.append(a)
  return div
}

interface Harness {
  sent: Array<{ url: string; html: string }>
  env: CaptureEnv
  alive: { value: boolean }
  reply: { value: Reply<'page/captured'> }
}

function harness(href = LIST): Harness {
  const sent: Harness['sent'] = []
  const alive = { value: true }
  const reply: Harness['reply'] = { value: { ok: true, value: { kind: 'order-list', accepted: true, badges: [] } } }
  const url = new URL(href)
  const env: CaptureEnv = {
    document,
    location: { get href() { return url.href }, get pathname() { return url.pathname } },
    send: async (page) => {
      sent.push(page)
      return reply.value
    },
    contextAlive: () => alive.value,
    MutationObserver,
    setTimeout: (fn, ms) => setTimeout(fn, ms),
    clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
  }
  return { sent, env, alive, reply }
}

async function settle(ms: number): Promise<void> {
  await Promise.resolve()
  await vi.advanceTimersByTimeAsync(ms)
}

let stop: (() => void) | undefined

beforeEach(() => {
  vi.useFakeTimers()
  document.body.replaceChildren(card('302-0000001-0000001'))
})
afterEach(() => {
  stop?.()
  stop = undefined
  vi.useRealTimers()
})

describe('startCapture', () => {
  it('sends the rendered page once per load, with the URL and the whole document', async () => {
    const h = harness()
    stop = startCapture(h.env)
    await settle(0)
    expect(h.sent).toHaveLength(1)
    expect(h.sent[0]!.url).toBe(LIST)
    expect(h.sent[0]!.html).toContain('orderID=302-0000001-0000001')
    expect(h.sent[0]!.html.startsWith('<html')).toBe(true)
  })

  it('sends again after lazy loading adds order cards, debounced', async () => {
    const h = harness()
    stop = startCapture(h.env)
    await settle(0)
    document.body.append(card('302-0000002-0000002'))
    await settle(DEBOUNCE_MS - 100)
    expect(h.sent).toHaveLength(1)
    document.body.append(card('302-0000003-0000003'))
    await settle(DEBOUNCE_MS + 10)
    expect(h.sent).toHaveLength(2)
    expect(h.sent[1]!.html).toContain('302-0000003-0000003')
  })

  it('never sends the same content twice: mutations that change no order card send nothing', async () => {
    const h = harness()
    stop = startCapture(h.env)
    await settle(0)
    for (let i = 0; i < 5; i++) {
      const ad = document.createElement('span')
      ad.textContent = `carousel ${i}`
      document.body.append(ad)
      await settle(DEBOUNCE_MS + 10)
    }
    expect(h.sent).toHaveLength(1)
  })

  it('a page that never stops mutating is still captured within the max wait', async () => {
    const h = harness()
    stop = startCapture(h.env)
    await settle(0)
    document.body.append(card('302-0000004-0000004'))
    for (let t = 0; t < MAX_WAIT_MS + DEBOUNCE_MS; t += 200) {
      document.body.append(document.createElement('i'))
      await settle(200)
    }
    expect(h.sent.length).toBeGreaterThanOrEqual(2)
  })

  it('does nothing on a path that is not an order page', async () => {
    const h = harness('https://www.amazon.de/dp/B000000000')
    stop = startCapture(h.env)
    await settle(0)
    document.body.append(card('302-0000005-0000005'))
    await settle(DEBOUNCE_MS + 10)
    expect(h.sent).toHaveLength(0)
  })

  it('stops quietly when the extension context is invalidated (before sending)', async () => {
    const h = harness()
    h.alive.value = false
    stop = startCapture(h.env)
    await settle(0)
    document.body.append(card('302-0000006-0000006'))
    await settle(DEBOUNCE_MS + 10)
    expect(h.sent).toHaveLength(0)
  })

  it('stops quietly when sending reports an invalidated context', async () => {
    const h = harness()
    h.reply.value = { ok: false, code: 'failed', message: 'Extension context invalidated.' }
    stop = startCapture(h.env)
    await settle(0)
    expect(h.sent).toHaveLength(1)
    document.body.append(card('302-0000007-0000007'))
    await settle(DEBOUNCE_MS + 10)
    expect(h.sent).toHaveLength(1)
  })

  it('keeps going after an ordinary refusal (e.g. rate-limited)', async () => {
    const h = harness()
    h.reply.value = { ok: false, code: 'rate-limited' }
    stop = startCapture(h.env)
    await settle(0)
    document.body.append(card('302-0000008-0000008'))
    await settle(DEBOUNCE_MS + 10)
    expect(h.sent).toHaveLength(2)
  })
})

describe('contentSignature', () => {
  it('depends on the URL and on the ids the links name, not on their order', () => {
    const a = [{ href: 'https://x/?orderID=1' }, { href: 'https://x/?orderId=2&shipmentId=S' }]
    expect(contentSignature('u', a)).toBe(contentSignature('u', [...a].reverse()))
    expect(contentSignature('u', a)).not.toBe(contentSignature('v', a))
    expect(contentSignature('u', a)).not.toBe(contentSignature('u', a.slice(1)))
    expect(contentSignature('u', [{ href: 'https://x/dp/B0' }])).toBe(contentSignature('u', []))
  })
})
