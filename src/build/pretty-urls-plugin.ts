import { existsSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import type { Plugin } from 'vite'

/** The prerendered file behind a URL without an extension (`/articles/x` → `/articles/x.html`), if there is one. */
export function prettyUrlFile(outDir: string, url: string): string | undefined {
  const [path = '', query] = url.split('?', 2)
  if (path.endsWith('/') || extname(path) !== '') return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(path)
  } catch {
    return undefined
  }
  const file = resolve(join(outDir, `${decoded}.html`))
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
        const file = request.url === undefined ? undefined : prettyUrlFile(outDir, request.url)
        if (file !== undefined) request.url = file
        next()
      })
    },
  }
}
