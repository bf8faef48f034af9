// Debian Chromium with the built extension, Amazon hosts mapped to the fake server, all else unresolvable.
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core'
import { dumpDatabaseExpression, type DatabaseDump } from './database-dump.ts'
import type { FakeAmazon } from './fake-amazon.ts'
import { readNetLog, type NetLogSummary } from './netlog.ts'

/** The real binary, not Debian's /usr/bin/chromium wrapper (platform.md P8). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium'
export const CHROME_DIST = resolve(new URL('../../dist/chrome', import.meta.url).pathname)

export interface ChromiumSession {
  context: BrowserContext
  extensionId: string
  profileDir: string
  netLogPath: string
  /** The worker Playwright attached at launch. Playwright does not report a worker restarted after
   *  terminateServiceWorker(), so afterwards use workerRunning() and readDatabase() instead. */
  serviceWorker(): Promise<Worker>
  openPopup(): Promise<Page>
  openOptions(): Promise<Page>
  /** Dumps IndexedDB `name` of the extension origin, read from an extension page (null: no database yet). */
  readDatabase(tables?: readonly string[], name?: string): Promise<DatabaseDump | null>
  /** Whether Chromium currently runs the extension's service worker (from CDP, not Playwright's cache). */
  workerRunning(): Promise<boolean>
  /** Stops the extension's service worker the way Chrome's idle timeout does; the next event restarts it. */
  terminateServiceWorker(): Promise<void>
  /** Closes the browser, deletes the profile, and returns the parsed net-log. */
  close(): Promise<NetLogSummary>
}

export interface ChromiumOptions {
  fake: FakeAmazon
  dist?: string
  headless?: boolean
}

/** `MAP <host> 127.0.0.1:<port>` per storefront, then every other name unresolvable. */
export function hostResolverRules(fake: Pick<FakeAmazon, 'hosts' | 'port'>): string {
  return [...fake.hosts.map((h) => `MAP ${h} 127.0.0.1:${fake.port}`), 'MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1'].join(',')
}

export async function launchChromium({ fake, dist = CHROME_DIST, headless = true }: ChromiumOptions): Promise<ChromiumSession> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist}/manifest.json missing: run \`npm run build\` first`)
  const profileDir = mkdtempSync(join(tmpdir(), 'unordered-chromium-'))
  const netLogPath = join(profileDir, 'netlog.json')
  const context = await chromium.launchPersistentContext(join(profileDir, 'profile'), {
    executablePath: CHROMIUM_PATH,
    headless,
    // Browsers write into $HOME (platform.md P12).
    env: { ...process.env, HOME: profileDir, XDG_CONFIG_HOME: profileDir, XDG_CACHE_HOME: profileDir },
    // Never --disable-features: it would replace Playwright's own list (P7).
    args: [
      `--disable-extensions-except=${dist}`,
      `--load-extension=${dist}`,
      `--host-resolver-rules=${hostResolverRules(fake)}`,
      '--ignore-certificate-errors',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
      '--disable-domain-reliability',
      '--no-pings',
      `--log-net-log=${netLogPath}`,
    ],
  })
  // Playwright keeps listing a worker stopped behind its back, so track the live one ourselves.
  let worker: Worker | undefined = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
  context.on('serviceworker', (w) => {
    if (w.url().startsWith('chrome-extension://')) worker = w
  })
  const serviceWorker = async (): Promise<Worker> =>
    worker ?? (worker = await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith('chrome-extension://'), timeout: 15_000 }))
  const extensionId = new URL((await serviceWorker()).url()).host
  const browserCdp = await context.browser()!.newBrowserCDPSession()
  const workerTargets = async () => {
    const { targetInfos } = (await browserCdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] }
    return targetInfos.filter((t) => t.type === 'service_worker' && t.url.startsWith(`chrome-extension://${extensionId}/`))
  }
  const openPage = async (path: string) => {
    const page = await context.newPage()
    await page.goto(`chrome-extension://${extensionId}/${path}`)
    return page
  }

  return {
    context,
    extensionId,
    profileDir,
    netLogPath,
    serviceWorker,
    openPopup: () => openPage('src/popup/index.html'),
    openOptions: () => openPage('src/options/index.html'),
    async readDatabase(tables, name = 'unordered') {
      // From an extension page, not the worker: reading must not depend on (or keep alive) the worker.
      const page = await openPage('src/popup/index.html')
      try {
        return (await page.evaluate(dumpDatabaseExpression(name, tables))) as DatabaseDump | null
      } finally {
        await page.close()
      }
    },
    workerRunning: async () => (await workerTargets()).length > 0,
    async terminateServiceWorker() {
      // Closing the worker's target stops it like the idle timeout does (Puppeteer's
      // WebWorker.close does the same); the next extension event starts a fresh one.
      const targets = await workerTargets()
      if (targets.length === 0) throw new Error('extension service worker is not running')
      worker = undefined
      for (const t of targets) await browserCdp.send('Target.closeTarget', { targetId: t.targetId })
      const deadline = Date.now() + 10_000
      while ((await workerTargets()).length > 0) {
        if (Date.now() > deadline) throw new Error('extension service worker did not stop within 10 s')
        await new Promise((r) => setTimeout(r, 50))
      }
    },
    async close() {
      await browserCdp.detach().catch(() => {})
      await context.close()
      try {
        return readNetLog(netLogPath)
      } finally {
        rmSync(profileDir, { recursive: true, force: true })
      }
    },
  }
}
