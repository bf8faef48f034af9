// Per-tab, per-command rate limit for content-script messages; counters live in storage.session (SEC5).

/** The slice of `storage.session` the limiter needs (survives worker restarts, not browser restarts). */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>
  set(items: Record<string, unknown>): Promise<void>
  remove(keys: string | string[]): Promise<void>
}

export interface RateLimiter {
  /** Counts one message; false when the tab already sent `perMinute` of this kind in the current minute. */
  allow(tabId: number, kind: string): Promise<boolean>
  /** Drops a closed tab's counters so storage.session does not collect one per tab ever opened. */
  forget(tabId: number, kinds: readonly string[]): Promise<void>
}

interface Window {
  minute: number
  count: number
}

const isWindow = (v: unknown): v is Window =>
  typeof v === 'object' && v !== null && Number.isSafeInteger((v as Window).minute) && Number.isSafeInteger((v as Window).count)

/**
 * Fixed one-minute windows. Calls are serialised inside one worker so concurrent messages cannot
 * both read the same count; the count itself is in `session`, so a restarted worker keeps it.
 */
export function sessionRateLimiter(session: SessionArea, perMinute: (kind: string) => number, now: () => number = Date.now): RateLimiter {
  let queue: Promise<unknown> = Promise.resolve()
  const keyOf = (tabId: number, kind: string) => `rate:${tabId}:${kind}`
  const step = async (tabId: number, kind: string): Promise<boolean> => {
    const key = keyOf(tabId, kind)
    const minute = Math.floor(now() / 60_000)
    const stored = (await session.get(key))[key]
    const count = isWindow(stored) && stored.minute === minute ? stored.count : 0
    if (count >= perMinute(kind)) return false
    await session.set({ [key]: { minute, count: count + 1 } satisfies Window })
    return true
  }
  return {
    allow(tabId, kind) {
      const result = queue.then(() => step(tabId, kind))
      queue = result.catch(() => undefined)
      return result
    },
    forget(tabId, kinds) {
      const result = queue.then(() => session.remove(kinds.map((k) => keyOf(tabId, k))))
      queue = result.catch(() => undefined)
      return result
    },
  }
}
