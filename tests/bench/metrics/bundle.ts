// bundle.*.gz.kB: gzip size of each entry plus every chunk it loads, from the built dist/chrome.
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, normalize } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Metric } from '../metric.ts'

const DIST = 'dist/chrome'

// Follows static and dynamic imports (`from "./x.js"`, `import("./x.js")`) to collect a closure.
function closure(entry: string, seen = new Set<string>()): Set<string> {
  if (seen.has(entry) || !existsSync(entry)) return seen
  seen.add(entry)
  const code = readFileSync(entry, 'utf8')
  for (const m of code.matchAll(/(?:from\s*|import\s*\(\s*|import\s*)["'`](\.{1,2}\/[^"'`]+|\/[^"'`]+)["'`]/g)) {
    const spec = m[1]!
    const path = spec.startsWith('/') ? join(DIST, spec) : normalize(join(dirname(entry), spec))
    closure(path, seen)
  }
  return seen
}

function htmlEntryScripts(html: string): string[] {
  const page = join(DIST, html)
  const src = readFileSync(page, 'utf8')
  return [...src.matchAll(/<script[^>]+src="([^"]+)"/g), ...src.matchAll(/<link[^>]+href="([^"]+\.css)"/g)].map((m) =>
    m[1]!.startsWith('/') ? join(DIST, m[1]!) : normalize(join(dirname(page), m[1]!)),
  )
}

function gzKb(files: Iterable<string>): number {
  let total = 0
  for (const f of files) total += gzipSync(readFileSync(f), { level: 9 }).length
  return total / 1024
}

function manifest(): { background: { service_worker: string }; content_scripts: { js: string[] }[]; action: { default_popup: string } } {
  if (!existsSync(join(DIST, 'manifest.json'))) {
    // A fresh clone has no build: make it (Vite's output goes to stderr, stdout carries the metric lines).
    console.error('bundle.*: dist/chrome is missing, running npm run build:chrome')
    execFileSync('npm', ['run', '-s', 'build:chrome'], { stdio: ['ignore', 2, 2] })
  }
  return JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'))
}

export const metrics: Metric[] = [
  { name: 'bundle.content.gz.kB', unit: 'kB', budget: 10, run: () => gzKb(manifest().content_scripts.flatMap((c) => c.js.map((j) => join(DIST, j)))) },
  {
    name: 'bundle.popup.gz.kB',
    unit: 'kB',
    budget: 45,
    run: () => {
      const files = new Set<string>()
      for (const s of htmlEntryScripts(manifest().action.default_popup)) closure(s, files)
      return gzKb(files)
    },
  },
  // DESIGN.md §9 sets no background budget; 150 kB guards against silent growth (Dexie ~31 kB,
  // htmlparser2 + entities, papaparse and fflate for imports are the bulk).
  { name: 'bundle.background.gz.kB', unit: 'kB', budget: 150, run: () => gzKb(closure(join(DIST, manifest().background.service_worker))) },
]
