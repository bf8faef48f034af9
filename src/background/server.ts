// The background's request server: every handler registered, content-script messages rate-limited.
import { createServer, type Server } from '../messaging/server.ts'
import { sessionRateLimiter, type RateLimiter } from '../messaging/rate-limit.ts'
import { SENDER_CLASSES, type Kind } from '../messaging/protocol.ts'
import type { BackgroundContext } from './context.ts'
import { registerHandlers } from './handlers/index.ts'

/** Per tab and minute. A person paging through orders or soft-navigating stays far below these. */
export const RATE_LIMITS: Partial<Record<Kind, number>> = { 'page/captured': 60, 'shipment/mark': 30 }

/** Request kinds an Amazon tab may send: the ones with per-tab counters. */
export const TAB_KINDS = (Object.keys(SENDER_CLASSES) as Kind[]).filter((k) => SENDER_CLASSES[k].includes('amazon-tab'))

export function createBackgroundServer(ctx: BackgroundContext, self: { id: string; origin: string }): { server: Server; rateLimiter: RateLimiter } {
  const rateLimiter = sessionRateLimiter(ctx.session, (kind) => RATE_LIMITS[kind as Kind] ?? 30)
  const server = createServer({ self, rateLimiter })
  registerHandlers(server, ctx)
  return { server, rateLimiter }
}
