// Small durable status (last capture) kept in storage.local: module variables die with the worker.
import { browser } from '../platform/browser.ts'
import type { StatusSnapshot } from '../messaging/protocol.ts'

type LastCapture = NonNullable<StatusSnapshot['lastCapture']>

export async function recordCapture(capture: LastCapture): Promise<void> {
  await browser.storage.local.set({ lastCapture: capture })
}

export async function readStatus(): Promise<StatusSnapshot> {
  const { lastCapture } = await browser.storage.local.get('lastCapture')
  return { lastCapture: (lastCapture as LastCapture | undefined) ?? null }
}
