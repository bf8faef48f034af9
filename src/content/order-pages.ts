// Content entry for Amazon order list, order details and tracker pages: starts passive capture.
import { send } from '../messaging/client.ts'
import { browser } from '../platform/browser.ts'
import { startCapture } from './capture.ts'

startCapture({
  document,
  location,
  send: (page) => send('page/captured', page),
  // After an extension reload or update the old script's runtime loses its id (platform.md §4.1).
  contextAlive: () => {
    try {
      return typeof browser.runtime?.id === 'string'
    } catch {
      return false
    }
  },
  MutationObserver,
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
})
