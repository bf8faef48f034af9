// What `npm test` runs: both builds, the unit suite, then the real-browser suite in a network
// namespace, ending with one plain line `N passed, N failed[, N skipped]` summed from Vitest's JSON.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)
const outDir = '.tmp/test-results'
rmSync(outDir, { recursive: true, force: true })
mkdirSync(outDir, { recursive: true })
const vitest = 'node_modules/.bin/vitest'

function run(title, cmd, args) {
  console.log(`\n=== ${title}: ${[cmd, ...args].join(' ')}`)
  const started = Date.now()
  const r = spawnSync(cmd, args, { stdio: 'inherit' })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`=== ${title}: exit ${r.status ?? r.signal} in ${seconds} s`)
  return { ok: r.status === 0, seconds: Number(seconds) }
}

/** Counts from a Vitest JSON report; a crash or a file that failed to load counts as a failure. */
function counts(part, jsonFile, exitedOk) {
  if (!existsSync(jsonFile)) return { part, passed: 0, failed: 1, skipped: 0, note: 'no JSON report (Vitest crashed?)' }
  const j = JSON.parse(readFileSync(jsonFile, 'utf8'))
  const c = { part, passed: j.numPassedTests, failed: j.numFailedTests, skipped: j.numPendingTests + j.numTodoTests }
  const brokenFiles = j.testResults.filter((f) => f.status === 'failed' && f.assertionResults.every((a) => a.status !== 'failed')).length
  if (brokenFiles > 0) Object.assign(c, { failed: c.failed + brokenFiles, note: `${brokenFiles} test file(s) failed outside any test` })
  else if (!exitedOk && c.failed === 0) Object.assign(c, { failed: 1, note: 'Vitest exited non-zero with no failed test' })
  return c
}

const parts = []
const build = run('build', 'npm', ['run', '-s', 'build'])
if (!build.ok) parts.push({ part: 'build', passed: 0, failed: 1, skipped: 0, note: 'npm run build failed' })

const unitJson = `${outDir}/unit.json`
const unit = run('unit tests', vitest, ['run', '--config', 'tests/vitest.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${unitJson}`])
parts.push({ ...counts('unit', unitJson, unit.ok), seconds: unit.seconds })

if (build.ok) {
  const e2eJson = `${outDir}/e2e.json`
  const e2e = run('e2e tests (real browsers)', 'sh', ['tests/e2e/isolated.sh', vitest, 'run', '--config', 'tests/vitest.e2e.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${e2eJson}`])
  parts.push({ ...counts('e2e', e2eJson, e2e.ok), seconds: e2e.seconds })
} else {
  console.log('\n=== e2e tests NOT RUN: the build failed')
}

const total = parts.reduce((t, p) => ({ passed: t.passed + p.passed, failed: t.failed + p.failed, skipped: t.skipped + p.skipped }), { passed: 0, failed: 0, skipped: 0 })
writeFileSync(`${outDir}/counts.json`, JSON.stringify({ ...total, parts }, null, 2))
console.log('')
for (const p of parts) console.log(`${p.part}: ${p.passed} passed, ${p.failed} failed, ${p.skipped} skipped${p.seconds !== undefined ? ` (${p.seconds} s)` : ''}${p.note ? ` — ${p.note}` : ''}`)
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`)
process.exit(total.failed > 0 ? 1 : 0)
