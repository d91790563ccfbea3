import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, findChromium } from './browser.mjs'

// Parallel checkouts on one machine each set their own port; the build goes to a folder of that port's.
const port = Number(process.env.SELARAS_TEST_PORT ?? 4173)
const outDir = `dist-test/${port}`

export default defineConfig({
  testDir: './e2e',
  outputDir: '../test-results',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: 'list',
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'on-first-retry',
  },
  webServer: {
    // The built app, as users get it: the dev server's on-demand transforms would time the tests, not the app.
    command: `npx vite build --logLevel error --outDir ${outDir} && npx vite preview --outDir ${outDir} --port ${port} --strictPort`,
    cwd: '..',
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
