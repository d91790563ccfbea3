import { defineConfig, devices } from '@playwright/test'
import { chromiumArgs, findChromium } from './browser.mjs'

const port = 4173

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
    command: `npx vite build --logLevel error && npx vite preview --port ${port} --strictPort`,
    cwd: '..',
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
  },
})
