// Background entry: every listener is registered synchronously at top level, so a woken worker
// handles the very first message (platform.md §4.1); work waits on the database, not registration.
import { originOf } from '../messaging/sender.ts'
import { browser, type Runtime } from '../platform/browser.ts'
import { openDb, type UnorderedDb } from '../storage/db.ts'
import { localDay, type BackgroundContext } from './context.ts'
import { runReconcileJob } from './reconcile-job.ts'
import { createBackgroundServer, TAB_KINDS } from './server.ts'
import { recordInstallDay } from './settings-store.ts'

let opened: Promise<UnorderedDb> | undefined
const handle = openDb()

const ctx: BackgroundContext = {
  db: () => (opened ??= handle.open().then(() => handle, (e) => {
    opened = undefined
    throw e
  })),
  session: browser.storage.session,
  clearStorage: async () => {
    await browser.storage.local.clear()
    await browser.storage.session.clear()
    // The deleted database handle reopens (empty) on next use.
    opened = undefined
  },
  setToolbarCount: async (count) => {
    await browser.action.setBadgeText({ text: count > 0 ? String(count) : '' })
  },
  broadcast: async (notice) => {
    // No extension page open means no receiver; that is not an error.
    await browser.runtime.sendMessage(notice).catch(() => undefined)
  },
  now: () => new Date().toISOString(),
  today: () => localDay(new Date()),
}

const { server, rateLimiter } = createBackgroundServer(ctx, { id: browser.runtime.id, origin: originOf(browser.runtime.getURL('/'))! })

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  // Not ours (or a notice): return undefined synchronously so no response is sent.
  if (!server.accepts(message)) return undefined
  return server.dispatch(message, sender)
})

// Needs no `tabs` permission: only the id of the closed tab is read.
browser.tabs.onRemoved.addListener((tabId: number) => rateLimiter.forget(tabId, TAB_KINDS).catch(() => undefined))

browser.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') void ctx.db().then((db) => recordInstallDay(db, ctx.today()))
})

// The toolbar count does not survive a browser restart; recompute it.
browser.runtime.onStartup.addListener(() => {
  void runReconcileJob(ctx).catch(() => undefined)
})
