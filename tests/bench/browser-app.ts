import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser } from '@playwright/test'
import { build, preview, type PreviewServer } from 'vite'
import { chromiumArgs, findChromium } from '../browser.mjs'

export interface BrowserApp {
  readonly browser: Browser
  readonly baseUrl: string
  close(): Promise<void>
}

/**
 * The production build served on loopback and a Chromium to drive it, for benchmarks that need a
 * real browser. Returns undefined, with a printed reason, when there is no Chromium.
 */
export async function startBrowserApp(): Promise<BrowserApp | undefined> {
  const executablePath = findChromium()
  if (!executablePath) {
    console.log('skipped: no Chromium (set CHROMIUM_PATH or install chromium)')
    return undefined
  }
  const root = join(import.meta.dirname, '../..')
  const outDir = mkdtempSync(join(tmpdir(), 'selaras-bench-'))
  await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } })
  const server: PreviewServer = await preview({ root, logLevel: 'error', build: { outDir }, preview: { port: 0, host: '127.0.0.1' } })
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address ? address.port : 4173
  const browser = await chromium.launch({ executablePath, args: chromiumArgs })
  return {
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await browser.close()
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
