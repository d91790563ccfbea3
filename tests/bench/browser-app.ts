import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { chromium, type Browser } from '@playwright/test'
import { build, preview, type PreviewServer } from 'vite'
import { chromiumArgs, findChromium } from '../browser.mjs'
import { plainArticleHtml, stylesOf } from './plain-article-page'
import { precompressFiles, servePrecompressed } from './precompressed-files'
import {
  removeSyntheticArticles,
  seedSlug,
  writeSyntheticArticle,
  type SyntheticArticleSpec,
  type SyntheticArticleSummary,
} from './synthetic-articles'

export const seedArticlePath = `/articles/${seedSlug}`
/** The seed article as static HTML with no JavaScript, written into the build by the benchmarks. */
export const plainArticlePath = `/bench-plain/${seedSlug}.html`
/**
 * The same plain page, byte for byte, at a second address: loads of two identical pages show how
 * far apart noise alone puts two medians in a run.
 */
export const plainArticleCopyPath = `/bench-plain/${seedSlug}-copy.html`

export const toggleArticle: SyntheticArticleSpec = {
  slug: 'bench-5000-sentences',
  title: 'Bench: 5,000 sentences',
  size: { sentences: 5_000 },
}
export const bookArticle: SyntheticArticleSpec = {
  slug: 'bench-book-100000-words',
  title: 'Bench: a book of 100,000 words',
  size: { words: 100_000 },
}

export interface BrowserApp {
  readonly browser: Browser
  readonly baseUrl: string
  readonly chromiumPath: string
  readonly syntheticArticles: ReadonlyMap<string, SyntheticArticleSummary>
}

interface RunningApp extends BrowserApp {
  close(): Promise<void>
}

let shared: Promise<RunningApp | undefined> | undefined

/**
 * The production build served on loopback and a Chromium to drive it, shared by every browser
 * benchmark of a run: building (with two very large synthetic articles) is the slow part, so it
 * happens once, on first use. Returns undefined, with a printed reason, when there is no Chromium.
 * `closeBrowserApp` ends it.
 */
export function browserApp(): Promise<BrowserApp | undefined> {
  shared ??= startBrowserApp()
  return shared
}

export async function closeBrowserApp(): Promise<void> {
  const app = await shared?.catch(() => undefined)
  shared = undefined
  await app?.close()
}

async function startBrowserApp(): Promise<RunningApp | undefined> {
  const chromiumPath = findChromium()
  if (!chromiumPath) {
    console.log('skipped: no Chromium (set CHROMIUM_PATH or install chromium)')
    return undefined
  }
  const root = join(import.meta.dirname, '../..')
  const outDir = mkdtempSync(join(tmpdir(), 'selaras-bench-'))
  const started = performance.now()
  const syntheticArticles = new Map<string, SyntheticArticleSummary>()
  try {
    removeSyntheticArticles()
    for (const spec of [toggleArticle, bookArticle]) syntheticArticles.set(spec.slug, writeSyntheticArticle(spec))
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } })
  } catch (error) {
    rmSync(outDir, { recursive: true, force: true })
    throw error
  } finally {
    // The build output holds them now; the source tree must not, or they would ship and be tested.
    removeSyntheticArticles()
  }
  const styles = stylesOf(readFileSync(join(outDir, 'index.html'), 'utf8'))
  const plainHtml = plainArticleHtml(join(root, 'src/content/articles', seedSlug), styles)
  mkdirSync(join(outDir, plainArticlePath, '..'), { recursive: true })
  for (const path of [plainArticlePath, plainArticleCopyPath]) writeFileSync(join(outDir, path), plainHtml)
  precompressFiles(outDir)
  const sizes = [...syntheticArticles.values()]
    .map((article) => `${article.slug}: ${article.sentences.toLocaleString('en')} sentences, ${article.words.toLocaleString('en')} words`)
    .join('; ')
  console.log(`(built the app in ${((performance.now() - started) / 1000).toFixed(1)} s, with ${sizes})`)

  const server: PreviewServer = await preview({
    root,
    logLevel: 'error',
    build: { outDir },
    preview: { port: 0, host: '127.0.0.1' },
    plugins: [servePrecompressed(outDir)],
  })
  const address = server.httpServer.address()
  const port = typeof address === 'object' && address ? address.port : 4173
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs })
  return {
    browser,
    baseUrl: `http://127.0.0.1:${port}`,
    chromiumPath,
    syntheticArticles,
    async close() {
      await browser.close()
      await server.close()
      rmSync(outDir, { recursive: true, force: true })
    },
  }
}
