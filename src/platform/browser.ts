// The one import of webextension-polyfill: every extension context reaches `browser` through here.
import browser from 'webextension-polyfill'

export { browser }
export type { Runtime, Tabs } from 'webextension-polyfill'
