// The plugin against a real (tiny) Vite build: a page that another plugin writes in `writeBundle`,
// as prerendering does, is in the worker's list, and `--outDir` is respected.
import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build, type Plugin } from 'vite'
import { afterEach, expect, test } from 'vitest'
import { precachePlugin } from './precache-plugin'

let root = ''

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

/** Stands in for the prerendering plugin: writes an article page once the bundle is on disk. */
function writesPageAfterBundle(outDir: string): Plugin {
  return {
    name: 'test:prerender',
    apply: 'build',
    async writeBundle() {
      await mkdir(join(outDir, 'articles/some-article'), { recursive: true })
      await writeFile(join(outDir, 'articles/some-article/index.html'), '<!doctype html><title>prerendered</title>')
    },
  }
}

test('the worker precaches every built file, pages written after the bundle included', { timeout: 60_000 }, async () => {
  root = await mkdtemp(join(tmpdir(), 'selaras-precache-'))
  await mkdir(join(root, 'src'))
  await mkdir(join(root, 'public'))
  await writeFile(join(root, 'index.html'), '<!doctype html><script type="module" src="/src/main.js"></script>')
  await writeFile(join(root, 'src/main.js'), "import('./lazy.js').then((lazy) => lazy.run())")
  await writeFile(join(root, 'src/lazy.js'), 'export function run() { document.title = "lazy" }')
  await writeFile(join(root, 'public/icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  const outDir = join(root, 'elsewhere/out')

  await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [precachePlugin(), writesPageAfterBundle(outDir)],
    build: { outDir, emptyOutDir: true },
  })

  const worker = await readFile(join(outDir, 'sw.js'), 'utf8')
  // Every string literal that is a path: the manifest's URLs, whatever quotes the minifier chose.
  const urls = [...worker.matchAll(/(["'`])(\/[^"'`]*)\1/g)].map((match) => match[2])
  expect(urls).toContain('/index.html')
  expect(urls).toContain('/articles/some-article/index.html')
  expect(urls).toContain('/icon.svg')
  expect(urls.filter((url) => url?.startsWith('/assets/') && url.endsWith('.js'))).toHaveLength(2)
  expect(urls).not.toContain('/sw.js')
  // A classic script: the worker starts in every browser, with no module support needed.
  expect(worker).not.toMatch(/^\s*(import|export)\b/m)
  expect(worker).toMatch(/^\(function\(\)\{/)
})
