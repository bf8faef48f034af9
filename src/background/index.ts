// Background entry: every listener is registered synchronously at top level, so a woken worker
// handles the very first message (platform.md §4.1).
import { browser, type Runtime } from '../platform/browser.ts'
import { dispatch } from '../messaging/server.ts'
import { registerHandlers } from './handlers/index.ts'

registerHandlers()

const self = { id: browser.runtime.id, origin: new URL(browser.runtime.getURL('/')).origin }

browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  return dispatch(message, sender, self)
})
