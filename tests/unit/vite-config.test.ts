// @vitest-environment node
/**
 * Vite warns at every start (dev server, build, preview) when its config, or a module the config
 * imports, would not load under Node's own loader, which Vite plans to make the default. The
 * config imports the content checks (src/content, src/lib), so those modules name their imports'
 * files in full (`./tokenize.ts`).
 */
import { join } from 'node:path'
import { createLogger, loadConfigFromFile } from 'vite'
import { expect, test } from 'vitest'

test('the Vite config loads with no warning about what Node’s own loader would not take', { timeout: 30_000 }, async () => {
  const warnings: string[] = []
  const logger = createLogger('warn')
  logger.warn = (message) => warnings.push(message)
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, join(import.meta.dirname, '../..'), 'warn', logger)
  expect(loaded?.config.plugins?.length, 'the config was read').toBeGreaterThan(0)
  expect(warnings).toEqual([])
})
