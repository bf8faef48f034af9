// `npm run bench [-- PREFIX…]`: runs every metric in tests/bench/metrics/, one JSON line each.
// Budgets come from DESIGN.md §9. Speed is measured here, never asserted in tests.
//
// Each metrics file runs in a fresh Node process (`--file NAME`): a metric that leaves a large heap
// behind (the million-shipment ledger, ten thousand imported orders) must not slow the next one
// through the garbage collector.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Metric } from './metric.ts'

const dir = fileURLToPath(new URL('./metrics/', import.meta.url))
const args = process.argv.slice(2)
const fileFlag = args.indexOf('--file')
const only = fileFlag >= 0 ? args[fileFlag + 1] : undefined
const prefixes = args.filter((a, i) => !a.startsWith('-') && !(fileFlag >= 0 && i === fileFlag + 1))

const round = (n: number) => Math.round(n * 1000) / 1000

/** Runs the metrics of one file in this process; returns how many were over budget or failed. */
async function runFile(file: string): Promise<number> {
  const mod = (await import(pathToFileURL(dir + file).href)) as { metrics: Metric[] }
  let failures = 0
  for (const metric of mod.metrics) {
    if (prefixes.length > 0 && !prefixes.some((p) => metric.name.startsWith(p))) continue
    try {
      const result = await metric.run()
      const { value, detail } = typeof result === 'number' ? { value: result, detail: undefined } : result
      const line = { metric: metric.name, value: round(value), unit: metric.unit, budget: metric.budget, ...(detail ? { detail: Object.fromEntries(Object.entries(detail).map(([k, v]) => [k, round(v)])) } : {}) }
      console.log(JSON.stringify(line))
      if (value > metric.budget) failures++
    } catch (e) {
      failures++
      console.log(JSON.stringify({ metric: metric.name, value: null, unit: metric.unit, budget: metric.budget, error: e instanceof Error ? e.message : String(e) }))
    }
  }
  return failures
}

let failures = 0
if (only) {
  failures = await runFile(only)
} else {
  const self = fileURLToPath(import.meta.url)
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
    // Metric names start with their file's name (`reconcile.scaling` is in reconcile.ts): skip files no prefix can select.
    const base = file.slice(0, -3)
    if (prefixes.length > 0 && !prefixes.some((p) => p.startsWith(base) || base.startsWith(p))) continue
    const child = spawnSync(process.execPath, [...process.execArgv, self, '--file', file, ...prefixes], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' })
    process.stdout.write(child.stdout)
    const lines = child.stdout.split('\n').filter((l) => l.startsWith('{'))
    for (const l of lines) {
      const m = JSON.parse(l) as { value: number | null; budget: number }
      if (m.value === null || m.value > m.budget) failures++
    }
    if (child.status !== 0 && lines.length === 0) {
      failures++
      console.log(JSON.stringify({ file, error: `exited with ${child.status ?? child.signal}` }))
    }
  }
}
if (failures > 0) {
  // The parent counts its children's lines and prints the one summary.
  if (!only) console.error(`${failures} metric(s) over budget or failed`)
  process.exitCode = 1
}
