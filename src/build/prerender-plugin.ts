import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { createServer, type Plugin, type ResolvedConfig, type Rollup } from 'vite'
import type * as RenderPage from '../app/render-page'
import { appModulePlugins } from './app-module-plugins.ts'
import { fillPageTemplate, pageFilePath } from './page-template.ts'

/**
 * Prerenders every page into the build output once the client bundle is written, so that the
 * article is in the HTML and shows before any script runs (issue 4). The app is rendered through
 * a Vite server in SSR mode: the same source, globs and JSON imports as the client uses.
 */
export function prerender(): Plugin {
  let config: ResolvedConfig
  return {
    name: 'selaras:prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved
    },
    async writeBundle(_options, bundle) {
      const outDir = resolve(config.root, config.build.outDir)
      const template = await readFile(join(outDir, 'index.html'), 'utf8')
      const server = await createServer({
        root: config.root,
        base: config.base,
        configFile: false,
        plugins: appModulePlugins(),
        logLevel: 'error',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, ws: false },
      })
      try {
        const { renderPage, prerenderPaths } = (await server.ssrLoadModule('/src/app/render-page.tsx')) as typeof RenderPage
        for (const pathname of prerenderPaths()) {
          const page = await renderPage(pathname)
          const preloads = contentToPreload(contentChunksOf(pathname, bundle)).map((fileName) => config.base + fileName)
          const file = join(outDir, pageFilePath(pathname, config.base))
          await mkdir(dirname(file), { recursive: true })
          await writeFile(file, fillPageTemplate(template, { ...page, preloads }))
        }
      } finally {
        await server.close()
      }
    },
  }
}

/**
 * How much content a page preloads. Past this (a book) the chunks would compete for the network
 * and the main thread with the page's own HTML, which already holds the text: they load after it
 * shows. On the 100,000-word bench book, 11 MB of preloads put its first screen at ~380 ms, not ~220.
 */
export const preloadedContentLimit = 512 * 1024

interface ContentChunk {
  readonly fileName: string
  readonly code: string
}

/** The content chunks a page preloads: all of an article's, or none when they are a book's. */
export function contentToPreload(chunks: readonly ContentChunk[]): string[] {
  const size = chunks.reduce((total, chunk) => total + chunk.code.length, 0)
  return size <= preloadedContentLimit ? chunks.map((chunk) => chunk.fileName) : []
}

/** The chunks holding an article's text, translations and glossary: what it loads before hydrating. */
function contentChunksOf(pathname: string, bundle: Rollup.OutputBundle): Rollup.OutputChunk[] {
  const slug = /\/articles\/([^/]+)$/.exec(pathname)?.[1]
  if (!slug) return []
  const folder = `/src/content/articles/${decodeURIComponent(slug)}/`
  const isNeededContent = (id: string) =>
    id.includes(folder) && /\/(original\.json|translations\/[^/]+\.json|glossary\/[^/]+\.json)$/.test(id)
  return Object.values(bundle).flatMap((output) =>
    output.type === 'chunk' && output.moduleIds.some(isNeededContent) ? [output] : [],
  )
}
