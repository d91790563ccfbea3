import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

/*
 * The benchmarks serve the build as a static host does: each page, script and stylesheet
 * compressed once, ahead of time. Vite's preview compresses every response on the fly, in the
 * benchmark's own process, on the same two cores the browser is measured on: the 13 MB page of
 * the book took ~620 ms of CPU to compress during the very load being timed, and the app's
 * 334 KB script ~15 ms. No reader's device pays for that; the browser still decompresses, as it
 * would from any host.
 */

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html;charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
}

/** Writes `<file>.gz` beside every page, script and stylesheet under `dir`. */
export function precompressFiles(dir: string): void {
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !(extname(entry.name) in contentTypes)) continue
    const path = join(entry.parentPath, entry.name)
    writeFileSync(`${path}.gz`, gzipSync(readFileSync(path)))
  }
}

/**
 * Serves `<file>.gz` to a request that accepts gzip. Its middleware comes after the app's own
 * preview middlewares (its Content-Security-Policy header, its pretty URLs), so the response is
 * the app's in everything but who compressed it.
 */
export function servePrecompressed(dir: string): Plugin {
  const root = resolve(dir)
  return {
    name: 'selaras-bench-precompressed',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding']))
        const pathname = request.url === undefined ? '/' : decodeURIComponent(new URL(request.url, 'http://bench').pathname)
        const file = join(root, pathname)
        const type = contentTypes[extname(file)]
        if (!acceptsGzip || type === undefined || !file.startsWith(root + sep) || !existsSync(`${file}.gz`)) {
          next()
          return
        }
        response.setHeader('Content-Type', type)
        response.setHeader('Content-Encoding', 'gzip')
        response.setHeader('Vary', 'Accept-Encoding')
        createReadStream(`${file}.gz`).pipe(response)
      })
    },
  }
}
