// Turns the files of a finished build into the service worker's precache manifest. Pure (file
// contents in, manifest out) so that what gets cached is unit-tested without building.
import { createHash } from 'node:crypto'
import type { PrecacheManifest } from '../service-worker/precache-manifest'
import { headersFileName } from './content-security-policy.ts'

export interface BuiltFile {
  /** Relative to the build's output folder, with forward slashes. */
  readonly path: string
  readonly content: Uint8Array
}

/** The worker's own script, which the browser fetches and updates itself. */
export const serviceWorkerFileName = 'sw.js'

/**
 * Whether a file of the build belongs in the precache. Everything the app can load does: hashed
 * assets, lazy chunks, every HTML page, fonts, icons, the web manifest. Left out: the worker itself,
 * the host's `_headers`, source maps (only devtools read them), Vite's build metadata (`.vite/`, with `--manifest`) and
 * the README's screenshots, which no page shows.
 */
export function isPrecached(path: string): boolean {
  return (
    path !== serviceWorkerFileName &&
    path !== headersFileName &&
    !path.endsWith('.map') &&
    !path.startsWith('.vite/') &&
    !path.startsWith('screenshots/')
  )
}

/** The manifest for `files`: their URLs under `base` and one version hashed over every byte. */
export function createPrecacheManifest(files: readonly BuiltFile[], base: string): PrecacheManifest {
  const kept = files.filter((file) => isPrecached(file.path)).sort((a, b) => compare(a.path, b.path))
  const version = createHash('sha256')
  for (const file of kept) {
    // Each file's path and content hash, so a renamed file and an edited one both change the version.
    version.update(`${file.path}\0${createHash('sha256').update(file.content).digest('hex')}\n`)
  }
  return {
    version: version.digest('hex').slice(0, 16),
    urls: kept.map((file) => encodeURI(base + file.path)),
  }
}

/** Code-unit order, the same on every machine (localeCompare depends on the locale). */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
