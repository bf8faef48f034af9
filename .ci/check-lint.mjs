// Firefox lint gate (ST1): `web-ext lint` on dist/firefox must report 0 errors, and every warning
// (code + file) must be in .ci/lint-allowlist.json with a reason; a new warning fails.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

process.chdir(fileURLToPath(new URL('..', import.meta.url)))
const allow = JSON.parse(readFileSync('.ci/lint-allowlist.json', 'utf8')).warnings
const glob = (pattern) => new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*')}$`)

const r = spawnSync('node_modules/.bin/web-ext', ['lint', '--source-dir', 'dist/firefox', '--output', 'json'], {
  encoding: 'utf8',
  env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
})
let report
try {
  report = JSON.parse(r.stdout)
} catch {
  console.error(`web-ext lint produced no JSON (exit ${r.status}):\n${r.stdout}\n${r.stderr}`)
  process.exit(1)
}
const show = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} — ${m.message}`
const unlisted = report.warnings.filter((w) => !allow.some((a) => a.code === w.code && glob(a.file).test(w.file ?? '')))
const unused = allow.filter((a) => !report.warnings.some((w) => a.code === w.code && glob(a.file).test(w.file ?? '')))
for (const e of report.errors) console.log(`lint error: ${show(e)}`)
for (const w of report.warnings) console.log(`lint warning${unlisted.includes(w) ? ' (NOT allow-listed)' : ' (allow-listed)'}: ${show(w)}`)
for (const n of report.notices) console.log(`lint notice: ${show(n)}`)
for (const a of unused) console.log(`lint allowlist entry no longer needed: ${a.code} ${a.file}`)
console.log(`web-ext lint: ${report.errors.length} errors, ${report.warnings.length} warnings (${unlisted.length} not allow-listed), ${report.notices.length} notices`)
process.exit(report.errors.length === 0 && unlisted.length === 0 ? 0 : 1)
