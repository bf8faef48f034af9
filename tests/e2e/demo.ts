// `npm run demo`: the built extension in Chromium against the fake Amazon's synthetic store. Headed when
// a display exists (runs until Ctrl-C); otherwise visits the pages, opens the popup and saves a screenshot.
import { existsSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { CHROME_DIST, CHROMIUM_PATH, launchChromium } from './chromium.ts'
import { defaultRoutes, startFakeAmazon } from './fake-amazon.ts'
import { fixtureRoutes, listFixturePages } from './fixture-routes.ts'

const ROOT = new URL('../../', import.meta.url).pathname
const SCREENSHOT = join(ROOT, 'dist/demo/popup.png')
// Pages a shopper opens; CAPTCHA, sign-in and robot pages would only put the demo into a hard stop.
const DEMO_KINDS = ['order-list', 'order-details', 'tracker', 'invoice', 'digital-summary']

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH}. Install it with:\n  sudo apt-get install -y chromium`)
    return 1
  }
  if (!existsSync(join(CHROME_DIST, 'manifest.json'))) {
    console.error('dist/chrome is missing: run `npm run build` (or use `npm run demo`, which builds first).')
    return 1
  }
  // Per storefront in the order a shopper goes: list, details, tracker, invoice.
  const pages = listFixturePages()
    .filter((p) => DEMO_KINDS.includes(p.kind))
    .sort((a, b) => a.marketplace.localeCompare(b.marketplace) || DEMO_KINDS.indexOf(a.kind) - DEMO_KINDS.indexOf(b.kind))
  const fake = await startFakeAmazon({ routes: { ...defaultRoutes(), ...fixtureRoutes() } })
  const headed = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
  const chromium = await launchChromium({ fake, headless: !headed })
  console.log(`Fake Amazon on https://127.0.0.1:${fake.port} (the ${fake.hosts.length} storefront hosts are mapped to it inside this browser only; every other host is unresolvable).`)
  console.log(`Chromium ${headed ? 'window' : '(headless)'} with the extension ${chromium.extensionId} from dist/chrome.`)

  if (headed) {
    const tab = await chromium.context.newPage()
    await tab.goto('https://www.amazon.com/your-orders/orders')
    console.log('\nTry these synthetic pages in the Chromium window, then open the Unordered popup from the toolbar:')
    for (const p of pages) console.log(`  ${p.kind.padEnd(16)} ${p.url}`)
    console.log(`  popup in a tab:  chrome-extension://${chromium.extensionId}/src/popup/index.html`)
    console.log('\nPress Ctrl-C to stop.')
    await new Promise<void>((resolve) => {
      process.once('SIGINT', () => resolve())
      chromium.context.once('close', () => resolve())
    })
    await chromium.close().catch(() => {})
    await fake.close()
    return 0
  }

  const tab = await chromium.context.newPage()
  for (const p of pages) {
    await tab.goto(p.url)
    console.log(`visited ${p.kind.padEnd(16)} ${p.url}`)
  }
  await tab.waitForTimeout(500)
  const popup = await chromium.openPopup()
  await popup.setViewportSize({ width: 420, height: 640 })
  await popup.waitForLoadState('networkidle')
  mkdirSync(join(ROOT, 'dist/demo'), { recursive: true })
  await popup.screenshot({ path: SCREENSHOT, fullPage: true })
  const says = (await popup.locator('body').innerText()).trim().replace(/\n+/g, ' | ')
  const db = await chromium.readDatabase()
  const counts = db ? Object.entries(db.tables).map(([t, rows]) => `${t} ${rows.length}`).join(', ') : 'no database'
  await chromium.close()
  await fake.close()
  console.log(`\nThe popup says: ${says}`)
  console.log(`Extension database: ${counts}`)
  console.log(`Screenshot of the popup: ${SCREENSHOT}`)
  console.log('(No display found, so the demo ran headless. Run it in a desktop session to get a browser window.)')
  return 0
}

process.exitCode = await main()
