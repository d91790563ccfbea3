import { existsSync } from 'node:fs'
import { extname, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'
import { pageFilePath } from './page-template.ts'

/**
 * The prerendered page behind a URL without an extension (`/articles/x` → `/articles/x.html`), if
 * the build wrote one: the file is where the prerender put it (`pageFilePath`).
 */
export function prettyUrlFile(outDir: string, base: string, url: string): string | undefined {
  const [path = '', query] = url.split('?', 2)
  if (path.endsWith('/') || extname(path) !== '') return undefined
  let file: string
  try {
    file = resolve(outDir, pageFilePath(path, base))
  } catch {
    return undefined // a malformed escape names no file
  }
  if (!file.startsWith(outDir + sep) || !existsSync(file)) return undefined
  return query === undefined ? `${path}.html` : `${path}.html?${query}`
}

/**
 * `vite preview` sends a URL without an extension through its HTML fallback, which reads the whole
 * file before sending a byte: 300 ms for a book's 16 MB page. Static hosts stream such pretty URLs
 * as the `.html` files they are; so does the preview server, which the browser tests and benchmarks
 * load, so that they measure the app and not that fallback.
 */
export function servePrettyUrls(): Plugin {
  return {
    name: 'selaras:pretty-urls',
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, _response, next) => {
        const file = request.url === undefined ? undefined : prettyUrlFile(outDir, server.config.base, request.url)
        if (file !== undefined) request.url = file
        next()
      })
    },
  }
}
