// The request server: sender before payload, strict schemas, rate limit per tab that survives a restart.
import { describe, expect, it } from 'vitest'
import { SENDER_CLASSES, type Kind } from '../../src/messaging/protocol.ts'
import { sessionRateLimiter } from '../../src/messaging/rate-limit.ts'
import { SCHEMAS } from '../../src/messaging/schemas.ts'
import { createServer, ok, type Server } from '../../src/messaging/server.ts'
import { amazonTabSender, memorySession, popupSender, SELF } from '../background/helpers/context.ts'

const KINDS = Object.keys(SENDER_CLASSES) as Kind[]

/** A server whose every handler only records that it ran. */
function recordingServer(extra: Partial<Parameters<typeof createServer>[0]> = {}): { server: Server; ran: Kind[] } {
  const ran: Kind[] = []
  const server = createServer({ self: SELF, ...extra })
  for (const kind of KINDS) {
    server.serve(kind, async () => {
      ran.push(kind)
      return ok({}) as never
    })
  }
  return { server, ran }
}

const VALID: { [K in Kind]: unknown } = {
  'page/captured': { url: 'https://www.amazon.de/your-orders/orders', html: '<html></html>' },
  'shipment/mark': { mark: 'received', orderId: '302-1234567-1234567' },
  'parcel/log': { drafts: [{ receivedOn: '2026-11-03', trackingNumbers: ['1Z999AA10123456784'] }] },
  'parcel/edit': { id: 'p1', parcel: { receivedOn: '2026-11-03', trackingNumbers: [] } },
  'parcel/delete': { id: 'p1' },
  'parcel/undo-delete': { undoToken: '0f3c2a1e-1111-2222-3333-444455556666' },
  'parcel/explain': { parcelId: 'p1', explanation: 'gift' },
  'match/confirm': { parcelId: 'p1', shipmentKey: 'amazon.de:302-1234567-1234567:s-AbCdEfGhI-0' },
  'match/reject': { parcelId: 'p1', shipmentKey: 'amazon.de:302-1234567-1234567:t-1Z999AA10123456784' },
  'import/export-file': { name: 'Your Orders.zip', base64: 'UEsDBA==' },
  'import/parcels-csv': { name: 'parcels.csv', text: 'received_on,tracking_numbers\n2026-11-03,X\n' },
  'backup/export': {},
  'backup/restore': { json: '{}', mode: 'merge' },
  'data/wipe': { confirm: 'delete-all' },
  'settings/get': {},
  'settings/set': { graceDays: 3 },
  'status/get': {},
}

const senderFor = (kind: Kind) => (SENDER_CLASSES[kind][0] === 'amazon-tab' ? amazonTabSender() : popupSender())

describe('createServer', () => {
  it('every valid example passes its schema (the examples below are meaningful)', () => {
    for (const kind of KINDS) expect((SCHEMAS[kind] as (v: unknown) => boolean)(VALID[kind]), kind).toBe(true)
  })

  it('answers a valid request from the right sender class through its handler', async () => {
    const { server, ran } = recordingServer()
    for (const kind of KINDS) expect(await server.dispatch({ type: kind, payload: VALID[kind] }, senderFor(kind)), kind).toEqual({ ok: true, value: {} })
    expect(ran).toEqual(KINDS)
  })

  it('ignores unknown types, notices and non-objects: no response at all', async () => {
    const { server } = recordingServer()
    for (const m of [null, 1, 'page/captured', [], { type: 'nope/never' }, { type: 'toString' }, { type: '__proto__' }, { notice: 'ledger/changed', body: {} }]) {
      expect(server.accepts(m)).toBe(false)
      expect(await server.dispatch(m, popupSender())).toBeUndefined()
    }
  })

  it('checks the sender before the payload: a bad sender with a bad payload is a bad sender', async () => {
    const { server, ran } = recordingServer()
    expect(await server.dispatch({ type: 'data/wipe', payload: 'garbage' }, amazonTabSender())).toEqual({ ok: false, code: 'bad-sender' })
    expect(await server.dispatch({ type: 'data/wipe', payload: 'garbage' }, popupSender())).toEqual({ ok: false, code: 'bad-payload' })
    expect(ran).toEqual([])
  })

  it('refuses every privileged command from a content script (SEC4)', async () => {
    const { server, ran } = recordingServer()
    const privileged = KINDS.filter((k) => !SENDER_CLASSES[k].includes('amazon-tab'))
    expect(privileged).toEqual(expect.arrayContaining(['import/export-file', 'import/parcels-csv', 'backup/export', 'backup/restore', 'data/wipe', 'settings/set', 'settings/get', 'parcel/log', 'match/confirm']))
    for (const kind of privileged) expect(await server.dispatch({ type: kind, payload: VALID[kind] }, amazonTabSender()), kind).toEqual({ ok: false, code: 'bad-sender' })
    expect(ran).toEqual([])
  })

  it('refuses page captures from extension pages', async () => {
    const { server } = recordingServer()
    expect(await server.dispatch({ type: 'page/captured', payload: VALID['page/captured'] }, popupSender())).toEqual({ ok: false, code: 'bad-sender' })
  })

  it('rejects extra envelope keys, extra payload keys, wrong types and oversize fields', async () => {
    const { server, ran } = recordingServer()
    const bad: Array<[Kind, unknown, object?]> = [
      ['status/get', {}, { extra: 1 }],
      ['status/get', { a: 1 }],
      ['status/get', undefined],
      ['settings/set', {}],
      ['settings/set', { graceDays: 3.5 }],
      ['settings/set', { graceDays: 3, theme: 'dark' }],
      ['parcel/log', { drafts: [] }],
      ['parcel/log', { drafts: [{ receivedOn: '2026-02-30', trackingNumbers: [] }] }],
      ['parcel/log', { drafts: [{ receivedOn: '2026-02-03', trackingNumbers: ['x'.repeat(65)] }] }],
      ['parcel/log', { drafts: Array.from({ length: 501 }, () => ({ receivedOn: '2026-02-03', trackingNumbers: [] })) }],
      ['shipment/mark', { mark: 'received', orderId: '302-1234567-1234567', shipmentKey: 'amazon.de:302-1234567-1234567:n-0' }],
      ['shipment/mark', { mark: 'lost', orderId: '302-1234567-1234567' }],
      ['page/captured', { url: 'https://www.amazon.de/', html: 'x'.repeat(20 * 1024 * 1024 + 1) }],
      ['page/captured', { url: '', html: '' }],
      ['import/export-file', { name: 'a.zip', base64: 'not base64!' }],
      ['data/wipe', { confirm: 'yes' }],
      ['parcel/explain', { parcelId: 'p1', explanation: 'aliens' }],
      ['match/confirm', { parcelId: 'p1', shipmentKey: 'evil' }],
    ]
    for (const [kind, payload, extra] of bad) {
      expect(await server.dispatch({ type: kind, payload, ...extra }, senderFor(kind)), `${kind} ${JSON.stringify(payload)?.slice(0, 80)}`).toEqual({ ok: false, code: 'bad-payload' })
    }
    expect(ran).toEqual([])
  })

  it('turns a throwing handler into { ok: false, code: "failed" }', async () => {
    const server = createServer({ self: SELF })
    server.serve('status/get', async () => {
      throw new Error('boom 302-1234567-1234567')
    })
    expect(await server.dispatch({ type: 'status/get', payload: {} }, popupSender())).toEqual({ ok: false, code: 'failed' })
  })

  it('registering a kind twice is a programmer error', () => {
    const { server } = recordingServer()
    expect(() => server.serve('status/get', async () => ok({}) as never)).toThrow(/twice/)
  })
})

describe('rate limit (SEC5)', () => {
  const capture = { type: 'page/captured', payload: VALID['page/captured'] }

  it('drops content-script messages over N per minute per tab and command; other tabs are unaffected', async () => {
    const session = memorySession()
    let now = 1_000_000_000_000
    const { server, ran } = recordingServer({ rateLimiter: sessionRateLimiter(session, () => 3, () => now) })
    const replies = []
    for (let i = 0; i < 5; i++) replies.push(await server.dispatch(capture, amazonTabSender('www.amazon.de', 7)))
    expect(replies.map((r) => r!.ok)).toEqual([true, true, true, false, false])
    expect(replies[4]).toEqual({ ok: false, code: 'rate-limited' })
    expect(await server.dispatch(capture, amazonTabSender('www.amazon.de', 8))).toMatchObject({ ok: true })
    expect(await server.dispatch({ type: 'shipment/mark', payload: VALID['shipment/mark'] }, amazonTabSender('www.amazon.de', 7))).toMatchObject({ ok: true })
    now += 60_000
    expect(await server.dispatch(capture, amazonTabSender('www.amazon.de', 7))).toMatchObject({ ok: true })
    expect(ran.filter((k) => k === 'page/captured')).toHaveLength(5)
  })

  it('the counter survives a worker restart (a new server over the same storage.session)', async () => {
    const session = memorySession()
    const now = () => 1_000_000_000_000
    const first = recordingServer({ rateLimiter: sessionRateLimiter(session, () => 2, now) })
    await first.server.dispatch(capture, amazonTabSender())
    await first.server.dispatch(capture, amazonTabSender())
    const restarted = recordingServer({ rateLimiter: sessionRateLimiter(session, () => 2, now) })
    expect(await restarted.server.dispatch(capture, amazonTabSender())).toEqual({ ok: false, code: 'rate-limited' })
    expect(restarted.ran).toEqual([])
  })

  it('concurrent messages cannot slip past the limit', async () => {
    const session = memorySession()
    const { server, ran } = recordingServer({ rateLimiter: sessionRateLimiter(session, () => 4, () => 0) })
    await Promise.all(Array.from({ length: 10 }, () => server.dispatch(capture, amazonTabSender())))
    expect(ran).toHaveLength(4)
  })

  it('forgetting a closed tab drops its counters and only its counters', async () => {
    const session = memorySession()
    const limiter = sessionRateLimiter(session, () => 1, () => 0)
    expect(await limiter.allow(7, 'page/captured')).toBe(true)
    expect(await limiter.allow(8, 'page/captured')).toBe(true)
    expect(await limiter.allow(7, 'page/captured')).toBe(false)
    await limiter.forget(7, ['page/captured', 'shipment/mark'])
    expect([...session.data.keys()]).toEqual(['rate:8:page/captured'])
    expect(await limiter.allow(7, 'page/captured')).toBe(true)
  })

  it('extension pages are not rate-limited', async () => {
    const session = memorySession()
    const { server, ran } = recordingServer({ rateLimiter: sessionRateLimiter(session, () => 1, () => 0) })
    for (let i = 0; i < 5; i++) await server.dispatch({ type: 'status/get', payload: {} }, popupSender())
    expect(ran).toHaveLength(5)
  })
})
