/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import { appModulePlugins } from './src/build/app-module-plugins.ts'
import { contentCheckPlugin } from './src/build/content-check-plugin.ts'
import { contentSecurityPolicyPlugin } from './src/build/content-security-policy.ts'
import { precachePlugin } from './src/build/precache-plugin.ts'
import { prerender } from './src/build/prerender-plugin.ts'
import { servePrettyUrls } from './src/build/pretty-urls-plugin.ts'

export default defineConfig({
  plugins: [
    ...appModulePlugins(),
    contentCheckPlugin(),
    contentSecurityPolicyPlugin(),
    prerender(),
    precachePlugin(),
    servePrettyUrls(),
  ],
  server: { port: 5173 },
  // The Content-Security-Policy header comes from the build's _headers (content-security-policy.ts).
  preview: { port: 4173, strictPort: true },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    // Whole-app tests load content and on-demand chunks as the browser does; two busy cores are slow.
    testTimeout: 15_000,
  },
})
