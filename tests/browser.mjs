// Finds the Chromium the browser tests run in. Playwright cannot download its own browsers on
// every machine, so a system Chromium comes first; Playwright's own is the fallback elsewhere.
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
]

/** @returns {string | undefined} the path of a Chromium that exists, or undefined */
export function findChromium() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', playwrightChromium()]
  return candidates.find((path) => path !== undefined && path !== '' && existsSync(path))
}

function playwrightChromium() {
  try {
    return chromium.executablePath()
  } catch {
    return undefined
  }
}
