// @vitest-environment node
/**
 * Issue 4's budget: the JavaScript a prerendered article needs before it is interactive stays at or
 * under 110 KB gzip. That is what its HTML makes the browser fetch: the entry script and every
 * module it preloads, with their static imports. The article's own text, translations and
 * glossary come along as data chunks; they are content, measured and printed, but not code.
 * Deterministic: the same build gives the same bytes.
 */
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { afterAll, expect, test } from 'vitest'

// Kilobytes of 1,000 bytes, as Vite reports them: the stricter reading of "110 KB".
const budgetBytes = 110_000
const root = join(import.meta.dirname, '../..')
const outDir = mkdtempSync(join(tmpdir(), 'selaras-budget-'))
afterAll(() => rmSync(outDir, { recursive: true, force: true }))

interface ManifestChunk {
  readonly file: string
  readonly src?: string
  readonly imports?: readonly string[]
}

test('the JavaScript an article needs before it is interactive is at most 110 KB gzip', { timeout: 60_000 }, () => {
  // A build of its own, in a process of its own: vitest's NODE_ENV=test would bundle React's development build.
  execFileSync(join(root, 'node_modules/.bin/vite'), ['build', '--outDir', outDir, '--manifest', '--logLevel', 'error'], {
    cwd: root,
    env: { ...process.env, NODE_ENV: 'production' },
  })
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Record<string, ManifestChunk>
  const byFile = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, { key, chunk }]))
  const html = readFileSync(join(outDir, 'articles/mina-lavrov-dunia-islam.html'), 'utf8')
  const fetched = [...html.matchAll(/<(?:script type="module"|link rel="modulepreload")[^>]* (?:src|href)="\/([^"]+\.js)"/g)].map(
    (match) => match[1] ?? '',
  )
  expect(fetched.length, 'the page names its entry script').toBeGreaterThan(0)

  const needed = new Set<string>()
  const visit = (file: string) => {
    if (needed.has(file)) return
    needed.add(file)
    const entry = byFile.get(file)
    if (!entry) throw new Error(`the page fetches ${file}, which the build did not write`)
    for (const key of entry.chunk.imports ?? []) visit(manifest[key]?.file ?? key)
  }
  fetched.forEach(visit)

  const sizes = [...needed].map((file) => ({
    file,
    kind: /^src\/content\/articles\/.+\.json$/.test(byFile.get(file)?.chunk.src ?? '') ? 'content' : 'code',
    gzip: gzipSync(readFileSync(join(outDir, file))).length,
  }))
  const total = (kind: string) => sizes.filter((size) => size.kind === kind).reduce((sum, size) => sum + size.gzip, 0)
  const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`
  console.log(
    [
      ...sizes.map((size) => `${size.kind.padEnd(8)}${kb(size.gzip).padStart(9)}  ${size.file}`),
      `code ${kb(total('code'))} gzip (budget ${kb(budgetBytes)}); content ${kb(total('content'))} gzip`,
    ].join('\n'),
  )
  expect(total('code'), `code before interactive: ${kb(total('code'))} gzip`).toBeLessThanOrEqual(budgetBytes)
  expect(total('content'), 'the article text is fetched with the page, not after it').toBeGreaterThan(0)
})
