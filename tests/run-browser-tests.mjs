// `npm test` runs this after the unit tests. Without a browser it says so in one line: under CI
// that fails the run; on a laptop it skips the browser tests loudly and keeps the unit results.
import { spawnSync } from 'node:child_process'
import { findChromium } from './browser.mjs'

const chromium = findChromium()
if (!chromium) {
  const message =
    'Browser tests need Chromium: none at $CHROMIUM_PATH, /usr/bin/chromium or Playwright\'s cache. ' +
    'Install one (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.'
  if (process.env.CI) {
    console.error(`FAIL: ${message}`)
    process.exit(1)
  }
  console.warn(`SKIPPED browser tests. ${message}`)
  process.exit(0)
}

const result = spawnSync('npx', ['playwright', 'test', '--config', 'tests/playwright.config.ts', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
})
process.exit(result.status ?? 1)
