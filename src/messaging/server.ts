// Receives requests: sender class first, then the rate limit, then the payload schema, then the handler.
import { SENDER_CLASSES, type ErrorCode, type Failure, type Kind, type Reply, type Req } from './protocol.ts'
import type { RateLimiter } from './rate-limit.ts'
import { SCHEMAS } from './schemas.ts'
import { classifySender, type SenderFields, type SenderVerdict } from './sender.ts'
import { isPlainObject } from './schema.ts'

/** The sender a handler runs for: always a trusted class, with the tab's storefront for Amazon tabs. */
export type TrustedSender = Extract<SenderVerdict, { ok: true }>

export type Handler<K extends Kind> = (payload: Req<K>, sender: TrustedSender) => Promise<Reply<K>>

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value })
export const fail = (code: ErrorCode, message?: string, problems?: string[]): Failure =>
  problems ? { ok: false, code, message, problems } : message ? { ok: false, code, message } : { ok: false, code }

export interface ServerOptions {
  self: { id: string; origin: string }
  /** Applied to Amazon-tab senders only; extension pages are trusted code. */
  rateLimiter?: RateLimiter
}

export interface Server {
  /** Registers the one handler of a request kind; its payload schema comes from SCHEMAS. */
  serve<K extends Kind>(type: K, handle: Handler<K>): void
  /** Synchronously: is this a request some handler answers? (Otherwise the listener must not respond.) */
  accepts(message: unknown): boolean
  /** Kinds with a registered handler. */
  served(): Kind[]
  /**
   * Answers one raw message. Undefined for anything that is not a served request (no response),
   * otherwise always a Reply: no exception crosses a context.
   */
  dispatch(message: unknown, sender: SenderFields | undefined): Promise<Reply<Kind> | undefined>
}

function kindOf(message: unknown): Kind | undefined {
  if (!isPlainObject(message)) return undefined
  const type = message.type
  return typeof type === 'string' && Object.hasOwn(SENDER_CLASSES, type) ? (type as Kind) : undefined
}

export function createServer(options: ServerOptions): Server {
  const routes = new Map<Kind, Handler<Kind>>()
  const accepts = (message: unknown): boolean => {
    const kind = kindOf(message)
    return kind !== undefined && routes.has(kind)
  }

  async function answer(kind: Kind, message: Record<string, unknown>, fields: SenderFields | undefined): Promise<Reply<Kind>> {
    const verdict = classifySender(fields, options.self.id, options.self.origin)
    if (!verdict.ok || !SENDER_CLASSES[kind].includes(verdict.class)) return fail('bad-sender')
    if (verdict.class === 'amazon-tab' && options.rateLimiter && !(await options.rateLimiter.allow(verdict.tabId, kind))) return fail('rate-limited')
    for (const key of Object.keys(message)) if (key !== 'type' && key !== 'payload') return fail('bad-payload')
    const payload = message.payload
    if (!(SCHEMAS[kind] as (v: unknown) => boolean)(payload)) return fail('bad-payload')
    return routes.get(kind)!(payload as Req<Kind>, verdict)
  }

  return {
    serve(type, handle) {
      if (routes.has(type)) throw new Error(`serve: ${type} registered twice`)
      routes.set(type, handle as unknown as Handler<Kind>)
    },
    accepts,
    served: () => [...routes.keys()],
    async dispatch(message, fields) {
      if (!accepts(message)) return undefined
      const kind = kindOf(message)!
      try {
        return await answer(kind, message as Record<string, unknown>, fields)
      } catch (e) {
        // Log the kind and error class only: messages may carry order ids or tracking numbers.
        console.warn(`unordered: ${kind} failed (${e instanceof Error ? e.name : typeof e})`)
        return fail('failed')
      }
    },
  }
}
