// `npm run bench [-- PREFIX…]`: runs every metric in tests/bench/metrics/, one JSON line each.
// Budgets come from DESIGN.md §9. Speed is measured here, never asserted in tests.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Metric } from './metric.ts'

const dir = fileURLToPath(new URL('./metrics/', import.meta.url))
const prefixes = process.argv.slice(2).filter((a) => !a.startsWith('-'))
const wanted = (name: string) => prefixes.length === 0 || prefixes.some((p) => name.startsWith(p))

let failures = 0
for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts')).sort()) {
  const mod = (await import(pathToFileURL(dir + file).href)) as { metrics: Metric[] }
  for (const metric of mod.metrics) {
    if (!wanted(metric.name)) continue
    try {
      const value = await metric.run()
      const line = { metric: metric.name, value: Math.round(value * 1000) / 1000, unit: metric.unit, budget: metric.budget }
      console.log(JSON.stringify(line))
      if (value > metric.budget) failures++
    } catch (e) {
      failures++
      console.log(JSON.stringify({ metric: metric.name, value: null, unit: metric.unit, budget: metric.budget, error: e instanceof Error ? e.message : String(e) }))
    }
  }
}
if (failures > 0) {
  console.error(`${failures} metric(s) over budget or failed`)
  process.exitCode = 1
}
