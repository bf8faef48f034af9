// Meta-tests: repository conventions checked in plain Node instead of a review checklist (STYLE.md §9).
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = resolve(import.meta.dirname, '..')
const SRC = join(ROOT, 'src')
const CORPUS = resolve(ROOT, '../shared/fixtures/amazon-pages')

function walk(dir: string, accept: (f: string) => boolean): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name)
    return statSync(p).isDirectory() ? walk(p, accept) : accept(p) ? [p] : []
  })
}

const sourceFiles = walk(SRC, (f) => /\.(ts|tsx)$/.test(f))
const rel = (f: string) => relative(ROOT, f)
const layerOf = (f: string) => relative(SRC, f).split('/')[0]!

// Which layers each layer may import (STYLE.md §3). Leaves (background, content, popup, options, cli) import none of each other.
const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  amazon: ['amazon', 'core'],
  storage: ['storage', 'core'],
  messaging: ['messaging', 'core', 'amazon', 'platform'],
  platform: ['platform'],
  background: ['background', 'core', 'amazon', 'storage', 'messaging', 'platform'],
  content: ['content', 'messaging', 'platform', 'core', 'amazon'],
  popup: ['popup', 'core', 'storage', 'messaging', 'platform'],
  options: ['options', 'core', 'storage', 'messaging', 'platform'],
  cli: ['cli', 'core', 'amazon'],
}

function imports(file: string): string[] {
  const code = readFileSync(file, 'utf8')
  return [...code.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g)].map(
    (m) => (m[1] ?? m[2] ?? m[3])!,
  )
}

/** Strips comments so a rule quoted in a comment does not count as a use. */
function codeOnly(file: string): string {
  return readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1')
}

describe('layer boundaries', () => {
  it('every src/ layer exists and is known', () => {
    for (const layer of ['core', 'amazon', 'storage', 'messaging', 'background', 'content', 'popup', 'options', 'platform', 'cli']) {
      expect(existsSync(join(SRC, layer)), layer).toBe(true)
    }
    for (const f of sourceFiles) expect(Object.keys(ALLOWED), rel(f)).toContain(layerOf(f))
  })

  it('imports between layers follow STYLE.md §3', () => {
    const bad: string[] = []
    for (const f of sourceFiles) {
      const from = layerOf(f)
      for (const spec of imports(f)) {
        if (!spec.startsWith('.')) continue
        const target = resolve(dirname(f), spec)
        if (!target.startsWith(SRC + '/')) {
          bad.push(`${rel(f)} imports outside src: ${spec}`)
          continue
        }
        const to = layerOf(target)
        if (!ALLOWED[from]!.includes(to)) bad.push(`${rel(f)} (${from}) imports ${to}: ${spec}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('content scripts take from amazon only URL predicates and anchor selectors', () => {
    const bad = sourceFiles
      .filter((f) => layerOf(f) === 'content')
      .flatMap((f) => imports(f).filter((s) => s.includes('/amazon/') && !/\/amazon\/(pages|selectors)\.ts$/.test(s)).map((s) => `${rel(f)}: ${s}`))
    expect(bad).toEqual([])
  })

  it('only src/platform imports webextension-polyfill; only src/amazon/html.ts imports the HTML parser', () => {
    const bad: string[] = []
    for (const f of sourceFiles) {
      for (const spec of imports(f)) {
        if (spec === 'webextension-polyfill' && layerOf(f) !== 'platform') bad.push(`${rel(f)}: ${spec}`)
        if (/^(node-html-parser|htmlparser2|domhandler|css-select|parse5)(\/|$)/.test(spec) && rel(f) !== 'src/amazon/html.ts') bad.push(`${rel(f)}: ${spec}`)
      }
    }
    expect(bad).toEqual([])
  })

  it('src/core is pure: no DOM, browser APIs, Dexie, Preact or polyfill', () => {
    const bad: string[] = []
    for (const f of sourceFiles.filter((x) => layerOf(x) === 'core')) {
      const code = codeOnly(f)
      for (const m of code.matchAll(/(?<![\w$.\-/'\"])(document|window|browser|chrome|localStorage|indexedDB|navigator)\s*\.(?!ts\b)/g)) bad.push(`${rel(f)}: ${m[0]}`)
      for (const spec of imports(f)) if (/^(dexie|preact|webextension-polyfill|node:)/.test(spec)) bad.push(`${rel(f)}: imports ${spec}`)
    }
    expect(bad).toEqual([])
  })
})

describe('security conventions', () => {
  it('no HTML string sinks anywhere in src/ (platform.md §6.2, SEC1)', () => {
    const sinks = /\.innerHTML\b|\.outerHTML\s*=(?!=)|insertAdjacentHTML|dangerouslySetInnerHTML|document\.write|\bsrcdoc\b|createContextualFragment|parseFromString/
    const bad = sourceFiles.filter((f) => sinks.test(codeOnly(f))).map(rel)
    expect(bad).toEqual([])
  })

  it('no external messaging listeners (PM5)', () => {
    const bad = sourceFiles.filter((f) => /onMessageExternal|onConnectExternal/.test(codeOnly(f))).map(rel)
    expect(bad).toEqual([])
  })

  it('no dynamic code in src/ (ST4)', () => {
    const bad = sourceFiles.filter((f) => /\beval\s*\(|new Function\s*\(|set(Timeout|Interval)\(\s*['"`]/.test(codeOnly(f))).map(rel)
    expect(bad).toEqual([])
  })

  it('no setInterval in background code: schedules use alarms (R8)', () => {
    const bad = sourceFiles.filter((f) => layerOf(f) === 'background' && /\bsetInterval\s*\(/.test(codeOnly(f))).map(rel)
    expect(bad).toEqual([])
  })
})

describe('selectors stay home (STYLE.md §5)', () => {
  it('no querySelector*/closest/matches with a string literal outside selectors.ts and extract.ts', () => {
    const home = new Set(['src/amazon/selectors.ts', 'src/amazon/extract.ts', 'src/amazon/html.ts'])
    const bad = sourceFiles
      .filter((f) => !home.has(rel(f)))
      .filter((f) => /\.(querySelector|querySelectorAll|closest|matches)\(\s*['"`]/.test(codeOnly(f)))
      .map(rel)
    expect(bad).toEqual([])
  })
})

describe('protocol completeness (STYLE.md §9.8)', () => {
  it('every kind in Protocol has exactly one serve(...) in src/background', () => {
    const protocol = readFileSync(join(SRC, 'messaging/protocol.ts'), 'utf8')
    const body = /export interface Protocol\s*{([\s\S]*?)\n}/.exec(protocol)?.[1] ?? ''
    const kinds = [...body.matchAll(/^\s*'([a-z-]+\/[a-z-]+)'\s*:/gm)].map((m) => m[1]!)
    expect(kinds.length).toBeGreaterThan(0)
    const background = walk(join(SRC, 'background'), (f) => f.endsWith('.ts')).map(codeOnly).join('\n')
    for (const kind of kinds) {
      const n = background.split(`serve('${kind}'`).length - 1
      expect(n, kind).toBe(1)
    }
  })
})

describe('fixtures', () => {
  const projectFixtures = walk(join(ROOT, 'tests'), (f) => /\.(html|json|csv|txt|tsv)$/.test(f) && !f.includes('__snapshots__'))

  it('no file copied from the shared real-page corpus (by name or content)', (ctx) => {
    if (!existsSync(CORPUS)) {
      console.warn(`\n*** NOTICE: ${CORPUS} is absent; the corpus-copy check is skipped ***\n`)
      ctx.skip()
    }
    const corpusFiles = readdirSync(CORPUS).filter((n) => n !== 'README.md' && n !== 'MANIFEST.tsv')
    const names = new Set(corpusFiles)
    const hashes = new Set(corpusFiles.map((n) => createHash('sha256').update(readFileSync(join(CORPUS, n))).digest('hex')))
    const bad = walk(ROOT, (f) => !f.includes('/node_modules/') && !f.includes('/dist/') && !f.includes('/.git/'))
      .filter((f) => names.has(f.split('/').pop()!) || hashes.has(createHash('sha256').update(readFileSync(f)).digest('hex')))
      .map(rel)
    expect(bad).toEqual([])
  })

  it('synthetic fixtures hold no e-mail addresses or phone numbers', () => {
    const email = /[A-Za-z0-9._%+-]+@(?!example\.(com|org|net)\b)[A-Za-z0-9.-]+\.[a-z]{2,}/
    const phone = /(?:\+\d{1,3}[ .-]?)?\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b/
    const bad: string[] = []
    for (const f of projectFixtures.filter((x) => x.includes('/fixtures/'))) {
      const text = readFileSync(f, 'utf8')
      // Amazon's own support address is printed on its robot pages and is not personal data.
      const m = email.exec(text.replaceAll('api-services-support@amazon.com', ''))
      if (m) bad.push(`${rel(f)}: e-mail ${m[0]}`)
      if (phone.test(text)) bad.push(`${rel(f)}: phone-like number`)
    }
    expect(bad).toEqual([])
  })
})

describe('honest skips and dated TODOs (STYLE.md §9.10)', () => {
  const testFiles = walk(join(ROOT, 'tests'), (f) => /\.(ts|tsx|mjs)$/.test(f))

  it('every it.skip / test.skip / describe.skip / todo names an issue', () => {
    const bad: string[] = []
    for (const f of testFiles) {
      const lines = readFileSync(f, 'utf8').split('\n')
      lines.forEach((line, i) => {
        if (/\b(it|test|describe)\.(skip|todo)\(/.test(line) && !/#\d+|issue \d+/i.test(line + (lines[i - 1] ?? ''))) bad.push(`${rel(f)}:${i + 1}`)
      })
    }
    expect(bad).toEqual([])
  })

  it('no TODO [YYYY-MM] is past its date', () => {
    const now = new Date().toISOString().slice(0, 7)
    const bad: string[] = []
    for (const f of [...sourceFiles, ...testFiles]) {
      for (const m of readFileSync(f, 'utf8').matchAll(/TODO \[(\d{4}-\d{2})\]/g)) if (m[1]! < now) bad.push(`${rel(f)}: ${m[0]}`)
    }
    expect(bad).toEqual([])
  })
})
