// `npm run package`: store zips from the builds in dist/ plus the AMO source zip (git-tracked files and
// AMO_SOURCE.md with the exact toolchain, build steps and the SHA-256 of every Firefox output file).
import { execFileSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { zipSync } from 'fflate'

const root = fileURLToPath(new URL('..', import.meta.url))
process.chdir(root)
const { version } = JSON.parse(readFileSync('package.json', 'utf8'))
const outDir = 'dist/packages'
// A fixed timestamp keeps the zips byte-identical across identical builds.
const MTIME = new Date('2020-01-01T00:00:00Z')

function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]))
}

function zip(entries) {
  const tree = {}
  for (const [name, data] of entries) tree[name] = [data, { mtime: MTIME, level: 9 }]
  return zipSync(tree)
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex')

function packBuild(target) {
  const dir = `dist/${target}`
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`${dir}/manifest.json missing: run \`npm run build\` first`)
  const files = filesUnder(dir)
  const out = join(outDir, `unordered-${target}-${version}.zip`)
  writeFileSync(out, zip(files.map((f) => [relative(dir, f), readFileSync(f)])))
  return { out, files: files.map((f) => ({ path: relative(dir, f), sha256: sha256(readFileSync(f)) })) }
}

function git(...args) {
  return execFileSync('git', args, { encoding: 'utf8' }).trim()
}

function amoSourceNotes(firefoxFiles) {
  const npmVersion = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim()
  const commit = git('rev-parse', 'HEAD')
  const dirty = git('status', '--porcelain', '--untracked-files=no') !== ''
  return `# Building Unordered ${version} from source (for addons.mozilla.org review)

The Firefox package \`unordered-firefox-${version}.zip\` is built from this source with Vite; nothing is
downloaded at build time except npm packages pinned by \`package-lock.json\`.

## Toolchain used for the submitted package

- Node.js ${process.version}
- npm ${npmVersion}
- OS: ${process.platform} ${process.arch} (Debian 12 on CI)
- Source: git commit ${commit}${dirty ? ' (with uncommitted changes in the working tree)' : ''}

## Steps

\`\`\`sh
npm ci
npm run build:firefox     # writes dist/firefox/
\`\`\`

The files of \`dist/firefox/\` must then match the SHA-256 list below (the zip holds exactly these files).

## SHA-256 of every file in dist/firefox

| file | sha256 |
|---|---|
${firefoxFiles.map((f) => `| ${f.path} | ${f.sha256} |`).join('\n')}
`
}

mkdirSync(outDir, { recursive: true })
const chrome = packBuild('chrome')
const firefox = packBuild('firefox')
const notes = amoSourceNotes(firefox.files)
writeFileSync(join(outDir, 'AMO_SOURCE.md'), notes)
const tracked = git('ls-files', '-z').split('\0').filter((f) => f && existsSync(f))
const source = join(outDir, `unordered-source-${version}.zip`)
writeFileSync(source, zip([...tracked.map((f) => [f, readFileSync(f)]), ['AMO_SOURCE.md', Buffer.from(notes)]]))

for (const [label, file, count] of [['Chrome Web Store', chrome.out, chrome.files.length], ['addons.mozilla.org', firefox.out, firefox.files.length], ['AMO source', source, tracked.length + 1]]) {
  console.log(`${label.padEnd(18)} ${file}  (${count} files, ${(statSync(file).size / 1024).toFixed(1)} KiB)`)
}
console.log(`AMO build notes    ${join(outDir, 'AMO_SOURCE.md')} (also inside the source zip)`)
