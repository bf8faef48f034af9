// `status/*` messages: what the popup shows about the extension's own state.
import { serve } from '../../messaging/server.ts'
import { readStatus } from '../status-store.ts'

const isEmptyObject = (p: unknown): p is Record<string, never> =>
  typeof p === 'object' && p !== null && !Array.isArray(p) && Object.keys(p).length === 0

export function registerStatusHandlers(): void {
  serve('status/get', isEmptyObject, () => readStatus())
}
