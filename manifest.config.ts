// One manifest source, two targets: Chrome (MV3 service worker) and Firefox (event page + gecko settings).
import { defineManifest } from '@crxjs/vite-plugin'
import pkg from './package.json' with { type: 'json' }
import { CONTENT_SCRIPT_MATCHES, HOST_PATTERNS } from './src/amazon/pages.ts'

export type Target = 'chrome' | 'firefox'

export const GECKO_ID = 'unordered@unordered.app'
export const EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'none'; base-uri 'none'; connect-src 'self'"

export function manifestFor(target: Target) {
  const firefox = target === 'firefox'
  return defineManifest({
    manifest_version: 3,
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    version: pkg.version,
    icons: { 16: 'icons/icon-16.png', 32: 'icons/icon-32.png', 48: 'icons/icon-48.png', 128: 'icons/icon-128.png' },
    action: { default_popup: 'src/popup/index.html', default_title: '__MSG_extName__' },
    options_ui: { page: 'src/options/index.html', open_in_tab: true },
    // crxjs's Firefox mode reads background.scripts[0] and ignores service_worker (platform.md P4).
    background: firefox
      ? { scripts: ['src/background/index.ts'], type: 'module' }
      : { service_worker: 'src/background/index.ts', type: 'module' },
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    optional_permissions: ['notifications'],
    host_permissions: [...HOST_PATTERNS],
    content_scripts: [{ matches: [...CONTENT_SCRIPT_MATCHES], js: ['src/content/order-pages.ts'], run_at: 'document_idle', all_frames: false }],
    incognito: 'not_allowed',
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(firefox
      ? {
          browser_specific_settings: {
            gecko: { id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : { minimum_chrome_version: '120', externally_connectable: { ids: [] } }),
  } as Parameters<typeof defineManifest>[0])
}
