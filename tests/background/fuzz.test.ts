// SEC2: random and malformed messages through the real server and a real Dexie: no uncaught error, no write,
// every invalid request answered { ok: false, code }.
import 'fake-indexeddb/auto'
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { createBackgroundServer } from '../../src/background/server.ts'
import { MARKETPLACES } from '../../src/core/locale/marketplaces.ts'
import { SENDER_CLASSES, type Kind } from '../../src/messaging/protocol.ts'
import type { Server } from '../../src/messaging/server.ts'
import type { SenderFields } from '../../src/messaging/sender.ts'
import { contentHash, type ContentHash } from '../../src/storage/hash.ts'
import { amazonTabSender, popupSender, SELF, testBackground, type TestBackground } from './helpers/context.ts'
import { fixturePage } from './helpers/fixtures.ts'

const KINDS = Object.keys(SENDER_CLASSES) as Kind[]
const PER_KIND = 10_000
const REFUSALS = ['bad-sender', 'bad-payload', 'rate-limited']
const CODES = [...REFUSALS, 'not-found', 'invalid-file']

// One valid payload per kind; every key is required, so dropping or retyping any key makes it invalid.
const VALID: { [K in Kind]: Record<string, unknown> } = {
  'page/captured': { url: 'https://www.amazon.de/your-orders/orders', html: '<html></html>' },
  'shipment/mark': { mark: 'received', orderId: '302-1234567-1234567' },
  'parcel/log': { drafts: [{ receivedOn: '2026-11-03', trackingNumbers: ['1Z999AA10123456784'] }] },
  'parcel/edit': { id: 'p1', parcel: { receivedOn: '2026-11-03', trackingNumbers: [] } },
  'parcel/delete': { id: 'p1' },
  'parcel/undo-delete': { undoToken: '0f3c2a1e-1111-2222-3333-444455556666' },
  'parcel/explain': { parcelId: 'p1', explanation: 'gift' },
  'match/confirm': { parcelId: 'p1', shipmentKey: 'amazon.de:302-1234567-1234567:s-AbCdEfGhI-0' },
  'match/reject': { parcelId: 'p1', shipmentKey: 'amazon.de:302-1234567-1234567:n-0' },
  'import/export-file': { name: 'Your Orders.zip', base64: 'UEsDBA==' },
  'import/parcels-csv': { name: 'parcels.csv', text: 'received_on\n2026-11-03\n' },
  'backup/export': {},
  'backup/restore': { json: '{}', mode: 'merge' },
  'data/wipe': { confirm: 'delete-all' },
  'settings/get': {},
  'settings/set': { graceDays: 3 },
  'status/get': {},
}

type Expect = 'ignored' | 'refused' | 'any'
interface Case {
  message: unknown
  sender: SenderFields | undefined
  expect: Expect
}

const storefront = fc.constantFrom(...MARKETPLACES.map((m) => m.host))
const goodAmazon = fc.tuple(storefront, fc.integer({ min: 1, max: 5 })).map(([h, tab]) => amazonTabSender(h, tab) as SenderFields)
const goodPage = fc.constantFrom<SenderFields>(popupSender(), { ...popupSender(), tab: { id: 9, incognito: false }, frameId: 0 })

// Senders that are never trusted, whatever they send.
const hostile: fc.Arbitrary<SenderFields | undefined> = fc.oneof(
  fc.constant(undefined),
  goodAmazon.map((s) => ({ ...s, id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' })),
  goodAmazon.map((s) => ({ ...s, id: undefined })),
  goodAmazon.map((s) => ({ ...s, origin: undefined })),
  goodAmazon.map((s) => ({ ...s, origin: 'null' })),
  goodAmazon.map((s) => ({ ...s, tab: { id: 1, incognito: true } })),
  goodAmazon.map((s) => ({ ...s, frameId: 1 })),
  goodAmazon.map((s) => ({ ...s, tab: undefined })),
  goodAmazon.map((s) => ({ ...s, url: 'https://evil.example/your-orders/orders' })),
  fc.webUrl().map((u) => ({ ...amazonTabSender(), origin: new URL(u).origin, url: undefined })),
  goodPage.map((s) => ({ ...s, tab: { id: 9, incognito: true } })),
  fc.record({ id: fc.option(fc.string()), origin: fc.option(fc.string()), url: fc.option(fc.string()), frameId: fc.option(fc.integer()) }, { requiredKeys: [] }).map(
    (r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== null)) as SenderFields,
  ),
)

const anySender = fc.oneof(goodAmazon, goodPage, hostile)
const wrongType = fc.constantFrom<unknown>(42.5, {}, [], true, -1, 'x'.repeat(70_000))

/** A valid payload broken in a way no schema may accept. */
function broken(kind: Kind): fc.Arbitrary<unknown> {
  const valid = VALID[kind]
  const keys = Object.keys(valid)
  const options: fc.Arbitrary<unknown>[] = [
    fc.constantFrom<unknown>(null, undefined, 0, 'payload', [valid], true),
    fc.tuple(fc.string({ minLength: 1 }).filter((k) => !keys.includes(k) && k !== '__proto__'), fc.anything()).map(([k, v]) => ({ ...valid, [k]: v })),
  ]
  if (keys.length > 0) {
    options.push(fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(valid).filter(([key]) => key !== k))))
    options.push(
      fc.tuple(fc.constantFrom(...keys), wrongType)
        // A long string is a right type for text fields; only where the limit is far below it.
        .filter(([k, v]) => !(typeof v === 'string' && ['html', 'text', 'json', 'base64'].includes(k)))
        .map(([k, v]) => ({ ...valid, [k]: v })),
    )
  }
  return fc.oneof(...options)
}

const kind = fc.constantFrom(...KINDS)
const caseArb: fc.Arbitrary<Case> = fc.oneof(
  // Anything at all, from anyone.
  fc.record({ message: fc.anything({ withNullPrototype: true, withBigInt: false }), sender: anySender }).map((c) => ({ ...c, expect: 'any' as Expect })),
  // Right shape, unknown or non-string type: no response.
  fc.record({ message: fc.record({ type: fc.oneof(fc.string().filter((s) => !KINDS.includes(s as Kind)), fc.integer(), fc.constant(null)), payload: fc.anything() }), sender: anySender }).map(
    (c) => ({ ...c, expect: 'ignored' as Expect }),
  ),
  // Known type, random payload, any sender.
  fc.record({ message: fc.record({ type: kind, payload: fc.anything() }), sender: anySender }).map((c) => ({ ...c, expect: 'any' as Expect })),
  // Known type, broken payload, a trusted sender of the right class: must be refused.
  kind.chain((k) =>
    fc.record({
      message: broken(k).map((payload) => ({ type: k, payload })),
      sender: SENDER_CLASSES[k].includes('extension-page') ? goodPage : goodAmazon,
    }),
  ).map((c) => ({ ...c, expect: 'refused' as Expect })),
  // Valid request from a hostile sender, or from the wrong class: must be refused.
  kind.chain((k) =>
    fc.record({
      message: fc.constant({ type: k, payload: VALID[k] }),
      sender: SENDER_CLASSES[k].includes('amazon-tab') ? hostile : fc.oneof(hostile, goodAmazon),
    }),
  ).map((c) => ({ ...c, expect: 'refused' as Expect })),
  // Extra envelope keys.
  fc.record({ message: kind.map((k) => ({ type: k, payload: VALID[k], extra: 1 })), sender: fc.oneof(goodPage, goodAmazon) }).map((c) => ({ ...c, expect: 'refused' as Expect })),
)

function isRoutable(message: unknown): boolean {
  if (typeof message !== 'object' || message === null || Array.isArray(message)) return false
  const proto = Object.getPrototypeOf(message)
  if (proto !== Object.prototype && proto !== null) return false
  const type = (message as { type?: unknown }).type
  return typeof type === 'string' && (KINDS as string[]).includes(type)
}

let bg: TestBackground
let server: Server
let seeded: { hash: ContentHash; writes: number }

beforeAll(async () => {
  bg = await testBackground({ today: '2025-03-20' })
  server = createBackgroundServer(bg.ctx, SELF).server
  // A ledger with orders and a parcel, so handlers that read find something.
  const list = fixturePage('amazon.de', 'order-list', 'multi-shipment')
  if (list) expect(await server.dispatch({ type: 'page/captured', payload: { url: list.url, html: list.html } }, amazonTabSender())).toMatchObject({ ok: true })
  const logged = { type: 'parcel/log', payload: { drafts: [{ receivedOn: '2025-03-14', trackingNumbers: ['00340434161234567890'], sender: 'Synthetic Sender' }] } }
  expect(await server.dispatch(logged, popupSender())).toMatchObject({ ok: true })
  seeded = { hash: await contentHash(bg.db), writes: bg.writes() }
  expect(seeded.hash.counts.parcels).toBe(1)
})

describe('fuzzed messages (SEC2)', () => {
  const tally = { ignored: 0, refused: 0, ok: 0, otherFailure: 0 }

  it('≥ 10,000 random and malformed messages: no throw, correct refusals, no DB write', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ message, sender, expect: expected }) => {
        const reply = await server.dispatch(message, sender)
        if (!isRoutable(message)) {
          expect(reply).toBeUndefined()
          tally.ignored++
          return
        }
        expect(expected).not.toBe('ignored')
        expect(reply).toBeTypeOf('object')
        if (reply!.ok) {
          expect(expected).toBe('any')
          tally.ok++
          return
        }
        expect(CODES).toContain(reply!.code)
        if (expected === 'refused') {
          expect(REFUSALS).toContain(reply!.code)
          tally.refused++
        } else tally.otherFailure++
      }),
      { numRuns: 12_000 },
    )
    expect(bg.writes()).toBe(seeded.writes)
    expect(await contentHash(bg.db)).toEqual(seeded.hash)
    expect(tally.refused).toBeGreaterThan(3000)
    expect(tally.ignored).toBeGreaterThan(1000)
  })

  it(`per request kind: ${PER_KIND} broken payloads from a trusted sender, all refused with bad-payload`, async () => {
    let tab = 1000
    for (const k of KINDS) {
      await fc.assert(
        fc.asyncProperty(broken(k), async (payload) => {
          // A fresh tab each time, so the per-tab rate limit never answers before the schema.
          const sender = SENDER_CLASSES[k].includes('extension-page') ? popupSender() : amazonTabSender('www.amazon.de', tab++)
          expect(await server.dispatch({ type: k, payload }, sender)).toEqual({ ok: false, code: 'bad-payload' })
        }),
        { numRuns: PER_KIND },
      )
    }
    expect(bg.writes()).toBe(seeded.writes)
    expect(await contentHash(bg.db)).toEqual(seeded.hash)
  })
})
