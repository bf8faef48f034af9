// tracking.detect.us: microseconds per number for detect() over a mixed, seeded list of 2,000 numbers.
import { detect, type DetectContext } from '../../../src/core/tracking/detect.ts'
import { gs1Mod10, s10Mod11, upsMod10 } from '../../../src/core/tracking/check-digits.ts'
import { medianMs, type Metric } from '../metric.ts'

// Budget 50 µs per number: a 100-number paste in the popup then ranks in ≤ 5 ms (a third of a 60 Hz
// frame), and carrier labels for 1,000 shipments cost ≤ 50 ms, half the popup's 100 ms first-render
// budget (DESIGN.md §9). detect is a linear scan of ~50 anchored regexes, so staying far below this
// is expected; crossing it means a regression such as a backtracking pattern.
const BUDGET_US = 50
const COUNT = 2_000

// Small deterministic PRNG (mulberry32) so every run measures the same list.
function prng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function mixedNumbers(): string[] {
  const rnd = prng(20261122)
  const digits = (n: number) => Array.from({ length: n }, () => Math.floor(rnd() * 10)).join('')
  const letters = (n: number) => Array.from({ length: n }, () => String.fromCharCode(65 + Math.floor(rnd() * 26))).join('')
  const makers: Array<() => string> = [
    () => `TBA${digits(12)}`,
    () => `AMZN_US(TBA${digits(12)})`,
    () => {
      const data = `${digits(6)}${letters(2)}${digits(7)}`
      return `1Z${data}${upsMod10(data)}`
    },
    () => {
      const data = `003404${digits(13)}`
      return `${data}${gs1Mod10(data)}`.replace(/(\d{4})/g, '$1 ')
    },
    () => {
      const data = `9400${digits(17)}`
      return `${data}${gs1Mod10(data)}`
    },
    () => {
      const serial = digits(8)
      return `${letters(2)}${serial}${s10Mod11(serial)}${['GB', 'CN', 'DE', 'US', 'JP', 'IT'][Math.floor(rnd() * 6)]}`
    },
    () => digits(10 + Math.floor(rnd() * 15)), // 10–24 digits: the collision-heavy all-digit shapes
    () => `JJD${digits(10 + Math.floor(rnd() * 7))}`,
    () => `YT${digits(16)}`,
    () => `DHL: ${digits(20)}`,
    () => `${letters(3)}${digits(Math.floor(rnd() * 12))}`, // junk that matches nothing
  ]
  return Array.from({ length: COUNT }, () => makers[Math.floor(rnd() * makers.length)]!())
}

const CONTEXTS: DetectContext[] = [{}, { marketplace: 'amazon.de' }, { marketplace: 'amazon.com', carrierText: 'Shipped with AMZL US' }, { marketplace: 'amazon.co.uk', userCarrier: 'royal-mail' }]

export const metrics: Metric[] = [
  {
    name: 'tracking.detect.us',
    unit: 'us',
    budget: BUDGET_US,
    run: () => {
      const numbers = mixedNumbers()
      let sink = 0
      const ms = medianMs(() => {
        for (let i = 0; i < numbers.length; i++) sink += detect(numbers[i]!, CONTEXTS[i % CONTEXTS.length]).length
      }, 7, 2)
      if (sink === 0) throw new Error('benchmark list matched nothing: the generator is broken')
      return (ms * 1000) / numbers.length
    },
  },
]
