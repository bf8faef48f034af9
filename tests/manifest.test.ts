// Both built manifests, frozen (PM1 snapshot) and checked point by point against issue 2 deliverable 2,
// platform.md §9 ST2–ST4 and PM2–PM6.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'

const ROOT = new URL('..', import.meta.url).pathname
const DIST = { chrome: join(ROOT, 'dist/chrome'), firefox: join(ROOT, 'dist/firefox') }
type Target = keyof typeof DIST

// Written out here on purpose, not imported from src: the test must catch a change to the source list.
const TLDS = ['com', 'ca', 'com.mx', 'com.br', 'co.uk', 'ie', 'de', 'fr', 'it', 'es', 'nl', 'com.be', 'se', 'pl', 'com.tr', 'co.za', 'eg', 'sa', 'ae', 'in', 'co.jp', 'sg', 'com.au']
const HOSTS = TLDS.map((t) => `www.amazon.${t}`)
const FORBIDDEN = ['tabs', 'cookies', 'scripting', 'webRequest', 'webRequestBlocking', 'activeTab', 'offscreen', 'debugger', 'history', '<all_urls>', '*://*/*', 'https://*/*', 'http://*/*', '*://*.amazon.*/*']
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self'"

// The keys we read; all optional because absence is part of what we check.
interface Manifest {
  name?: string
  description?: string
  default_locale?: string
  permissions?: string[]
  optional_permissions?: string[]
  host_permissions?: string[]
  content_scripts?: { matches: string[]; js?: string[]; all_frames?: boolean; run_at?: string }[]
  content_security_policy?: { extension_pages?: string }
  incognito?: string
  background?: { service_worker?: string; scripts?: string[]; type?: string }
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: { required?: string[]; optional?: string[] } }
    gecko_android?: { strict_min_version?: string }
  }
  externally_connectable?: { ids?: string[]; matches?: string[] }
  web_accessible_resources?: unknown[]
  minimum_chrome_version?: string
}

const manifests = {} as Record<Target, Manifest>

beforeAll(() => {
  if (!existsSync(join(DIST.chrome, 'manifest.json')) || !existsSync(join(DIST.firefox, 'manifest.json'))) {
    console.warn('manifest.test: dist/ is missing, running `npm run build` first')
    try {
      execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'pipe' })
    } catch (e) {
      throw new Error(`npm run build failed, cannot check the built manifests:\n${String((e as { stderr?: Buffer }).stderr ?? e)}`)
    }
  }
  for (const t of ['chrome', 'firefox'] as const) manifests[t] = JSON.parse(readFileSync(join(DIST[t], 'manifest.json'), 'utf8'))
}, 120_000)

/** The frozen surface of one manifest (PM1): any change needs a deliberate snapshot update. */
function frozen(m: Manifest) {
  return {
    permissions: m.permissions,
    optional_permissions: m.optional_permissions,
    host_permissions: m.host_permissions,
    content_scripts: m.content_scripts?.map((c) => ({ matches: c.matches, all_frames: c.all_frames, run_at: c.run_at })),
    content_security_policy: m.content_security_policy,
    incognito: m.incognito,
    background: m.background && Object.fromEntries(Object.entries(m.background).map(([k, v]) => [k, Array.isArray(v) ? v.length : typeof v === 'string' && k !== 'type' ? '<file>' : v])),
    browser_specific_settings: m.browser_specific_settings,
    externally_connectable: m.externally_connectable,
    web_accessible_resources: m.web_accessible_resources ?? '<absent>',
    minimum_chrome_version: m.minimum_chrome_version,
  }
}

test('both manifests match the frozen snapshot (PM1)', async () => {
  const text = JSON.stringify({ chrome: frozen(manifests.chrome), firefox: frozen(manifests.firefox) }, null, 2) + '\n'
  await expect(text).toMatchFileSnapshot('./__snapshots__/manifest.snap.json')
})

describe.each(['chrome', 'firefox'] as const)('%s manifest', (target) => {
  const m = () => manifests[target]

  test('permissions are exactly storage, alarms, unlimitedStorage; notifications optional', () => {
    expect(m().permissions?.slice().sort()).toEqual(['alarms', 'storage', 'unlimitedStorage'])
    expect(m().optional_permissions).toEqual(['notifications'])
  })

  test('host permissions are exactly the 23 storefronts (PM3)', () => {
    expect(m().host_permissions).toHaveLength(23)
    expect(new Set(m().host_permissions)).toEqual(new Set(HOSTS.map((h) => `https://${h}/*`)))
  })

  test('content scripts run only on order list, details and tracker paths of the 23 storefronts', () => {
    const matches = m().content_scripts!.flatMap((c) => c.matches)
    expect(m().content_scripts!.every((c) => c.all_frames !== true)).toBe(true)
    const hosts = new Set<string>()
    for (const pattern of matches) {
      const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern) ?? []
      expect(HOSTS, pattern).toContain(host)
      expect(path, pattern).toMatch(/your-orders|order-history|order-details|ship-track|progress-tracker/)
      hosts.add(host!)
    }
    expect(hosts.size).toBe(23)
  })

  test('no forbidden permission or wildcard host anywhere (PM2)', () => {
    const all = [...(m().permissions ?? []), ...(m().optional_permissions ?? []), ...(m().host_permissions ?? []), ...m().content_scripts!.flatMap((c) => c.matches)]
    for (const f of FORBIDDEN) expect(all, f).not.toContain(f)
    expect(all.filter((p) => p.includes('*.') || p.startsWith('*://') || p.startsWith('http://'))).toEqual([])
  })

  test('no web-accessible resources (PM4)', () => {
    expect(m().web_accessible_resources ?? []).toEqual([])
  })

  test('incognito is not_allowed (PM6) and the extension-pages CSP is exact (SEC11)', () => {
    expect(m().incognito).toBe('not_allowed')
    expect(m().content_security_policy?.extension_pages).toBe(CSP)
  })

  test('name and description come from _locales, with en and de present', () => {
    expect(m().name).toMatch(/^__MSG_\w+__$/)
    expect(m().description).toMatch(/^__MSG_\w+__$/)
    expect(m().default_locale).toBe('en')
    for (const lang of ['en', 'de']) {
      const messages = JSON.parse(readFileSync(join(DIST[target], '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>
      for (const key of [m().name!, m().description!].map((s) => s.slice(6, -2))) expect(messages[key]?.message, `${lang}/${key}`).toBeTruthy()
    }
  })
})

describe('chrome manifest (ST3, PM5)', () => {
  test('MV3 module service worker, no background.scripts, no browser_specific_settings', () => {
    const m = manifests.chrome
    expect(m.background?.service_worker).toBeTruthy()
    expect(m.background?.type).toBe('module')
    expect(m.background?.scripts).toBeUndefined()
    expect(m.browser_specific_settings).toBeUndefined()
  })

  test('externally_connectable ids are [] and minimum_chrome_version is set', () => {
    expect(manifests.chrome.externally_connectable).toEqual({ ids: [] })
    expect(Number(manifests.chrome.minimum_chrome_version)).toBeGreaterThanOrEqual(120)
  })
})

describe('firefox manifest (ST2)', () => {
  test('event page scripts, no service_worker', () => {
    expect(manifests.firefox.background?.scripts?.length).toBeGreaterThan(0)
    expect(manifests.firefox.background?.service_worker).toBeUndefined()
  })

  test('gecko id, minimum versions and data_collection_permissions', () => {
    const bss = manifests.firefox.browser_specific_settings!
    const id = bss.gecko!.id!
    expect(id.length).toBeLessThanOrEqual(80)
    expect(id).toMatch(/^(?:[\w.+-]+@[\w.-]+|\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\})$/i)
    expect(bss.gecko!.strict_min_version).toBe('140.0')
    expect(bss.gecko_android?.strict_min_version).toBe('142.0')
    expect(bss.gecko!.data_collection_permissions).toEqual({ required: ['none'] })
    expect(manifests.firefox.externally_connectable).toBeUndefined()
  })
})

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]))
}

test('no remote or dynamic code in dist (ST4)', () => {
  const banned: [string, RegExp][] = [
    ['eval(', /(?:^|[^\w$.])eval\s*\(/],
    ['new Function(', /new\s+Function\s*\(/],
    ['string timer', /set(?:Timeout|Interval)\s*\(\s*['"`]/],
    ['non-relative importScripts(', /importScripts\s*\(\s*['"`](?:https?:)?\/\//],
    ['<script src="http', /<script[^>]+src\s*=\s*['"]?(?:https?:)?\/\//i],
    ['import("http', /import\s*\(\s*['"`](?:https?:)?\/\//],
  ]
  const files = [...filesUnder(DIST.chrome), ...filesUnder(DIST.firefox)].filter((f) => /\.(?:m?js|html|json)$/.test(f))
  expect(files.length).toBeGreaterThan(4)
  const hits: string[] = []
  for (const f of files) {
    const text = readFileSync(f, 'utf8')
    for (const [name, re] of banned) if (re.test(text)) hits.push(`${f.slice(ROOT.length)}: ${name}`)
  }
  expect(hits).toEqual([])
})

test('no external messaging listeners in src (PM5)', () => {
  const hits = filesUnder(join(ROOT, 'src'))
    .filter((f) => /\.tsx?$/.test(f) && /onMessageExternal|onConnectExternal/.test(readFileSync(f, 'utf8')))
    .map((f) => f.slice(ROOT.length))
  expect(hits).toEqual([])
})
