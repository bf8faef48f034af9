// Reads what each browser itself recorded while loading the extension: Chromium's extensions-page error console, Firefox's add-on warnings.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { ChromiumSession } from './chromium.ts'
import type { FirefoxSession } from './firefox.ts'

/** What chrome://extensions knows about one extension, each entry flattened to `<where>: <message>`. */
export interface ChromiumLoadReport {
  state: string
  /** False means the lists below were not being recorded (developer mode off): they would be empty whatever happened. */
  errorConsoleEnabled: boolean
  manifestErrors: string[]
  installWarnings: string[]
  runtimeErrors: string[]
  runtimeWarnings: string[]
}

/**
 * Opens chrome://extensions, turns developer mode on and reloads the extension from disk.
 *
 * Why the reload: Chromium's ErrorConsole records manifest warnings (in `manifestErrors`) only while it is
 * enabled, which is tied to developer mode, and it files them when the extension is installed. Launched with
 * --load-extension, developer mode is off, so getExtensionInfo() reports `[]` even for a manifest with an
 * unknown key (checked). Reloading with the console on makes Chromium parse dist/ again and file every
 * warning the extensions page would show; `developerPrivate.reload` answers once the reload has finished.
 */
export async function openChromiumExtensionsPage(chromium: ChromiumSession): Promise<Page> {
  const page = await chromium.context.newPage()
  await page.goto('chrome://extensions')
  await page.evaluate(
    `(async () => {
      await chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true })
      const failure = await chrome.developerPrivate.reload(${JSON.stringify(chromium.extensionId)}, { failQuietly: false, populateErrorForUnpacked: true })
      if (failure) throw new Error('reload failed: ' + JSON.stringify(failure))
    })()`,
  )
  return page
}

/** `chrome.developerPrivate.getExtensionInfo(id)`, evaluated on a page from openChromiumExtensionsPage(). */
export async function chromiumLoadReport(extensionsPage: Page, extensionId: string): Promise<ChromiumLoadReport> {
  const json = await extensionsPage.evaluate(
    `(async () => JSON.stringify(await chrome.developerPrivate.getExtensionInfo(${JSON.stringify(extensionId)})))()`,
  )
  type Entry = string | { manifestKey?: string; source?: string; message?: string }
  const info = JSON.parse(String(json)) as {
    state: string
    errorCollection: { isEnabled: boolean }
    manifestErrors: Entry[]
    installWarnings: Entry[]
    runtimeErrors: Entry[]
    runtimeWarnings: Entry[]
  }
  const flat = (entries: Entry[]) =>
    entries.map((e) => (typeof e === 'string' ? e : `${e.manifestKey ?? e.source ?? '?'}: ${e.message ?? JSON.stringify(e)}`))
  return {
    state: info.state,
    errorConsoleEnabled: info.errorCollection.isEnabled,
    manifestErrors: flat(info.manifestErrors),
    installWarnings: flat(info.installWarnings),
    runtimeErrors: flat(info.runtimeErrors),
    runtimeWarnings: flat(info.runtimeWarnings),
  }
}

/** Firefox's own lists for a running add-on: `warnings` is what about:debugging shows ("Reading manifest: Warning processing …"). */
export interface FirefoxLoadReport {
  active: boolean
  warnings: string[]
  errors: string[]
}

/**
 * Reads `extension.warnings` / `extension.errors` of the running add-on from the browser window (a chrome
 * context, reachable because firefox.ts starts with --remote-allow-system-access). These are the arrays
 * Firefox fills while it normalises the manifest against its schemas, and the ones about:debugging lists.
 * Null when no extension with that id is running, so a wrong id cannot pass as "no warnings".
 */
export async function firefoxLoadReport(firefox: FirefoxSession): Promise<FirefoxLoadReport | null> {
  const { contexts } = await firefox.bidi.send<{ contexts: { context: string; url: string }[] }>('browsingContext.getTree', { 'moz:scope': 'chrome' })
  const browserWindow = contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml')
  if (!browserWindow) throw new Error(`no browser.xhtml chrome context in ${JSON.stringify(contexts)}`)
  return firefox.evaluate<FirefoxLoadReport | null>(
    browserWindow.context,
    `(() => {
      const policy = WebExtensionPolicy.getByID(${JSON.stringify(firefox.addonId)})
      const extension = policy?.extension
      return extension ? { active: policy.active, warnings: [...extension.warnings], errors: [...extension.errors] } : null
    })()`,
  )
}

/** A temporary copy of a built dist/ whose manifest (and optionally files) a test changes; `remove()` deletes it. */
export function distCopy(dist: string, change: (dir: string, manifest: Record<string, unknown>) => void): { dir: string; remove(): void } {
  const dir = join(mkdtempSync(join(tmpdir(), 'unordered-dist-')), 'ext')
  cpSync(dist, dir, { recursive: true })
  const manifestPath = join(dir, 'manifest.json')
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, unknown>
  change(dir, manifest)
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2))
  return { dir, remove: () => rmSync(join(dir, '..'), { recursive: true, force: true }) }
}
