// The background's request server: every handler registered, content-script messages rate-limited.
import { createServer, type Server } from '../messaging/server.ts'
import { sessionRateLimiter } from '../messaging/rate-limit.ts'
import type { Kind } from '../messaging/protocol.ts'
import type { BackgroundContext } from './context.ts'
import { registerHandlers } from './handlers/index.ts'

/** Per tab and minute. A person paging through orders or soft-navigating stays far below these. */
export const RATE_LIMITS: Partial<Record<Kind, number>> = { 'page/captured': 60, 'shipment/mark': 30 }

export function createBackgroundServer(ctx: BackgroundContext, self: { id: string; origin: string }): Server {
  const server = createServer({ self, rateLimiter: sessionRateLimiter(ctx.session, (kind) => RATE_LIMITS[kind as Kind] ?? 30) })
  registerHandlers(server, ctx)
  return server
}
