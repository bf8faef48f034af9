// Runs a browser's e2e block only when its binary exists: a loud skip, or a failure with REQUIRE_BROWSERS=1.
import { existsSync } from 'node:fs'
import { describe, test } from 'vitest'

export const REQUIRE_BROWSERS = process.env.REQUIRE_BROWSERS === '1'

/** `describe(name, body)` when `binary` exists; otherwise a loud skip, or a failing test under REQUIRE_BROWSERS=1. */
export function describeWithBrowser(name: string, binary: string, body: () => void): void {
  if (existsSync(binary)) {
    describe(name, body)
    return
  }
  const install = 'sudo apt-get install -y chromium firefox-esr'
  if (REQUIRE_BROWSERS) {
    describe(name, () => {
      test(`${name} binary is installed`, () => {
        throw new Error(`${binary} not found and REQUIRE_BROWSERS=1 (install: ${install})`)
      })
    })
    return
  }
  const bar = '!'.repeat(78)
  console.warn(`\n${bar}\n!! SKIPPING ${name} e2e tests: ${binary} not found.\n!! Install with: ${install}\n!! (set REQUIRE_BROWSERS=1 to make this a failure)\n${bar}\n`)
  // A missing binary is the one skip issue 2 allows; REQUIRE_BROWSERS=1 (CI) makes it a failure.
  describe.skip(name, body)
}
