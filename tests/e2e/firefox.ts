// Debian Firefox ESR driven over WebDriver BiDi, with the built add-on installed and all traffic
// sent through the fake Amazon's allow-listing proxy (platform.md §3.4).
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { BidiClient } from './bidi.ts'
import { dumpDatabaseExpression, type DatabaseDump } from './database-dump.ts'
import type { FakeAmazon } from './fake-amazon.ts'

export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr'
export const FIREFOX_DIST = resolve(new URL('../../dist/firefox', import.meta.url).pathname)
/** Pinned through `extensions.webextensions.uuids`, so extension URLs are predictable. */
export const EXTENSION_UUID = '6c1e0a52-3b7f-4d0e-9a41-2f8d5c7e9b10'

export interface FirefoxSession {
  bidi: BidiClient
  addonId: string
  /** `moz-extension://<uuid>` */
  extensionOrigin: string
  /** The first tab's browsing context. */
  context: string
  /** Opens a new tab at `url` and waits for load; returns its context id. */
  openTab(url: string): Promise<string>
  navigate(context: string, url: string): Promise<void>
  /** Evaluates an expression (promises awaited) in `context`, returning its JSON-serialised value. */
  evaluate<T = unknown>(context: string, expression: string): Promise<T>
  /** Polls `expression` in `context` until it is truthy; returns the value. */
  waitFor<T = unknown>(context: string, expression: string, timeoutMs?: number): Promise<T>
  openPopup(): Promise<string>
  openOptions(): Promise<string>
  /** Dumps IndexedDB `name` of the extension origin from an extension page (null: no database yet). */
  readDatabase(tables?: readonly string[], name?: string): Promise<DatabaseDump | null>
  /** Everything Firefox printed (background `console.log` included, via devtools.console.stdout.content). */
  output(): string
  /** The lines of output() our extension logged (they start with `unordered:`). */
  extensionLog(): string
  close(): Promise<void>
}

export interface FirefoxOptions {
  fake: FakeAmazon
  dist?: string
}

function userJs(proxyPort: number, geckoId: string): string {
  const prefs: Record<string, string | number | boolean> = {
    // Everything goes to our proxy, which tunnels only the storefront hosts (localhost included).
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.proxy.share_proxy_settings': false,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.server': '',
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.policy.firstRunURL': '',
    'app.normandy.enabled': false,
    'app.normandy.api_url': '',
    'app.update.auto': false,
    'app.update.disabledForTesting': true,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.region.network.url': '',
    'browser.region.update.enabled': false,
    'browser.search.update': false,
    'browser.discovery.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.newtabpage.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'media.gmp-manager.url': '',
    'geo.provider.network.url': '',
    'extensions.webextensions.uuids': JSON.stringify({ [geckoId]: EXTENSION_UUID }),
    'devtools.console.stdout.content': true,
  }
  return Object.entries(prefs).map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`).join('\n') + '\n'
}

/** Resolves with the BiDi websocket URL Firefox prints at startup. */
function bidiUrlFrom(proc: ChildProcess, log: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox printed no BiDi URL within 30 s:\n${log.join('')}`)), 30_000)
    const onData = (chunk: Buffer) => {
      log.push(chunk.toString())
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log.join(''))
      if (m) {
        clearTimeout(timer)
        resolve(m[1]!)
      }
    }
    proc.stdout!.on('data', onData)
    proc.stderr!.on('data', onData)
    proc.once('exit', (code) => reject(new Error(`Firefox exited with ${code}:\n${log.join('')}`)))
  })
}

export async function launchFirefox({ fake, dist = FIREFOX_DIST }: FirefoxOptions): Promise<FirefoxSession> {
  const manifestPath = join(dist, 'manifest.json')
  if (!existsSync(manifestPath)) throw new Error(`${manifestPath} missing: run \`npm run build\` first`)
  const geckoId = (JSON.parse(readFileSync(manifestPath, 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id
  const home = mkdtempSync(join(tmpdir(), 'unordered-firefox-'))
  const profile = join(home, 'profile')
  mkdirSync(profile)
  writeFileSync(join(profile, 'user.js'), userJs(fake.proxyPort, geckoId))
  const log: string[] = []
  const proc = spawn(
    FIREFOX_PATH,
    ['--headless', '--no-remote', '--remote-debugging-port=0', '--remote-allow-system-access', '--profile', profile, 'about:blank'],
    {
      env: { ...process.env, HOME: home, XDG_CONFIG_HOME: home, XDG_CACHE_HOME: home, MOZ_CRASHREPORTER_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  )
  const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()))
  const shutdown = async () => {
    if (proc.exitCode === null) proc.kill('SIGTERM')
    const timeout = setTimeout(() => proc.kill('SIGKILL'), 5_000)
    await exited
    clearTimeout(timeout)
    rmSync(home, { recursive: true, force: true })
  }
  let bidi: BidiClient
  try {
    bidi = await BidiClient.connect(`${await bidiUrlFrom(proc, log)}/session`)
    await bidi.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } })
  } catch (e) {
    await shutdown()
    throw e
  }
  const { extension: addonId } = await bidi.send<{ extension: string }>('webExtension.install', { extensionData: { type: 'path', path: dist } })
  const { contexts } = await bidi.send<{ contexts: { context: string }[] }>('browsingContext.getTree', {})
  const extensionOrigin = `moz-extension://${EXTENSION_UUID}`

  const navigate = async (context: string, url: string) => {
    await bidi.send('browsingContext.navigate', { context, url, wait: 'complete' })
  }
  const evaluate = async <T>(context: string, expression: string): Promise<T> => {
    // Serialise in the page: BiDi remote values are verbose, and `null` comes back without `.value`.
    const r = await bidi.send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } }>(
      'script.evaluate',
      { expression: `(async () => JSON.stringify({ v: await (${expression}) }))()`, target: { context }, awaitPromise: true },
    )
    if (r.type === 'exception') throw new Error(`evaluate failed: ${r.exceptionDetails?.text}`)
    return (JSON.parse(r.result!.value!) as { v: T }).v
  }
  const openTab = async (url: string) => {
    const { context } = await bidi.send<{ context: string }>('browsingContext.create', { type: 'tab' })
    await navigate(context, url)
    return context
  }
  const waitFor = async <T>(context: string, expression: string, timeoutMs = 10_000): Promise<T> => {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const v = await evaluate<T>(context, expression).catch(() => undefined)
      if (v) return v
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${expression}`)
      await new Promise((r) => setTimeout(r, 100))
    }
  }

  return {
    bidi,
    addonId,
    extensionOrigin,
    context: contexts[0]!.context,
    openTab,
    navigate,
    evaluate,
    waitFor,
    openPopup: () => openTab(`${extensionOrigin}/src/popup/index.html`),
    openOptions: () => openTab(`${extensionOrigin}/src/options/index.html`),
    async readDatabase(tables, name = 'unordered') {
      const page = await openTab(`${extensionOrigin}/src/popup/index.html`)
      try {
        return await evaluate<DatabaseDump | null>(page, dumpDatabaseExpression(name, tables))
      } finally {
        await bidi.send('browsingContext.close', { context: page }).catch(() => {})
      }
    },
    output: () => log.join(''),
    extensionLog: () => log.join('').split('\n').filter((l) => l.includes('unordered:')).join('\n'),
    async close() {
      await bidi.send('browser.close', {}).catch(() => {})
      bidi.close()
      await shutdown()
    },
  }
}
