// The shape of one benchmark metric, and a median helper.
export interface Metric {
  /** Dotted name, e.g. `reconcile.100k.ms`; `npm run bench -- reconcile` selects by prefix. */
  name: string
  unit: string
  budget: number
  /** Measures and returns the value (lower is better), or the value with the numbers it was computed from. */
  run: () => Promise<number | Measured> | number | Measured
}

/** A value computed from other measurements (a ratio), printed with them so a surprising value can be read. */
export interface Measured {
  value: number
  detail: Record<string, number>
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  const mid = s.length >> 1
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2
}

/** Runs `fn` `runs` times after `warmup` unmeasured runs and returns the median in ms. */
export function medianMs(fn: () => unknown, runs = 7, warmup = 2): number {
  for (let i = 0; i < warmup; i++) fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return median(times)
}
