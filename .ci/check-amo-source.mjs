// ST6: the AMO source zip rebuilds the submitted Firefox package. Unpacks dist/packages/unordered-source-
// <version>.zip into a temp dir, runs `npm ci && npm run build:firefox` there, and compares every file's
// SHA-256 with the list in its AMO_SOURCE.md. Run after `npm run package`.
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { unzipSync } from 'fflate'

process.chdir(fileURLToPath(new URL('..', import.meta.url)))
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
const zip = `dist/packages/unordered-source-${version}.zip`
const work = mkdtempSync(join(tmpdir(), 'unordered-amo-'))

function filesUnder(dir) {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]))
}

try {
  for (const [name, data] of Object.entries(unzipSync(readFileSync(zip)))) {
    mkdirSync(dirname(join(work, name)), { recursive: true })
    writeFileSync(join(work, name), data)
  }
  const expected = new Map(
    [...readFileSync(join(work, 'AMO_SOURCE.md'), 'utf8').matchAll(/^\| (\S+) \| ([0-9a-f]{64}) \|$/gm)].map((m) => [m[1], m[2]]),
  )
  const env = { ...process.env, NO_UPDATE_NOTIFIER: '1' }
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--prefer-offline'], { cwd: work, stdio: 'inherit', env })
  execFileSync('npm', ['run', '-s', 'build:firefox'], { cwd: work, stdio: 'pipe', env })
  const out = join(work, 'dist/firefox')
  const actual = new Map(filesUnder(out).map((f) => [relative(out, f), createHash('sha256').update(readFileSync(f)).digest('hex')]))
  const problems = []
  for (const [file, sum] of expected) if (actual.get(file) !== sum) problems.push(`${file}: ${actual.has(file) ? 'SHA-256 differs' : 'missing from the rebuild'}`)
  for (const file of actual.keys()) if (!expected.has(file)) problems.push(`${file}: not in AMO_SOURCE.md`)
  for (const p of problems) console.log(`AMO source: ${p}`)
  console.log(`AMO source rebuild: ${expected.size} files listed, ${problems.length} mismatches`)
  process.exitCode = expected.size > 0 && problems.length === 0 ? 0 : 1
} finally {
  rmSync(work, { recursive: true, force: true })
}
