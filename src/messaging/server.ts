// Receives messages: sender class first, then the payload schema, then the handler.
import { SENDER_CLASS, type Kind, type Reply, type Req, type Res } from './protocol.ts'
import { classifySender, type SenderFields } from './sender.ts'

export type Validator<T> = (payload: unknown) => payload is T
export interface HandlerContext {
  tabId?: number
  origin: string
}
type Handler<K extends Kind> = (payload: Req<K>, ctx: HandlerContext) => Promise<Res<K>> | Res<K>

interface Route<K extends Kind> {
  validate: Validator<Req<K>>
  handle: Handler<K>
}

const routes = new Map<Kind, Route<Kind>>()

/** Registers the one handler of a message kind, with the schema its payload must pass. */
export function serve<K extends Kind>(type: K, validate: Validator<Req<K>>, handle: Handler<K>): void {
  if (routes.has(type)) throw new Error(`serve: ${type} registered twice`)
  routes.set(type, { validate, handle } as unknown as Route<Kind>)
}

/** Kinds with a registered handler (for the protocol-completeness test). */
export function servedKinds(): Kind[] {
  return [...routes.keys()]
}

/**
 * Dispatches one raw message. Returns undefined for unknown kinds (no response, so another
 * listener could answer), otherwise always a Reply: no exception crosses a context.
 */
export async function dispatch(
  message: unknown,
  sender: SenderFields,
  self: { id: string; origin: string },
): Promise<Reply<Kind> | undefined> {
  if (typeof message !== 'object' || message === null) return undefined
  const type = (message as { type?: unknown }).type
  if (typeof type !== 'string' || !Object.hasOwn(SENDER_CLASS, type)) return undefined
  const route = routes.get(type as Kind)
  if (!route) return undefined
  const verdict = classifySender(sender, self.id, self.origin)
  if (!verdict.ok || verdict.class !== SENDER_CLASS[type as Kind]) return { ok: false, code: 'bad-sender' }
  const payload = (message as { payload?: unknown }).payload
  if (!route.validate(payload)) return { ok: false, code: 'bad-payload' }
  try {
    const value = await route.handle(payload, { tabId: verdict.tabId, origin: sender.origin! })
    return { ok: true, value } as Reply<Kind>
  } catch (e) {
    return { ok: false, code: 'failed', message: e instanceof Error ? e.name : 'error' }
  }
}
