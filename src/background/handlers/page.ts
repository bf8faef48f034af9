// `page/*` requests: pages captured by content scripts on Amazon order pages.
import { fail, ok, type Server } from '../../messaging/server.ts'
import type { BackgroundContext } from '../context.ts'
import { ingestPage } from '../ingest.ts'

export function registerPageHandlers(server: Server, ctx: BackgroundContext): void {
  server.serve('page/captured', async (page, sender) => {
    if (sender.class !== 'amazon-tab') return fail('bad-sender')
    return ok((await ingestPage(ctx, page, sender.marketplace)).verdict)
  })
}
