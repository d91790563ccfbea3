// What the build, the worker and the page agree on: the precache manifest (the files to keep for
// offline use, and a version that changes whenever any of them does), the cache names, the
// messages and the Trusted Types policy name. One module, so the parties cannot drift apart.

export interface PrecacheManifest {
  /** A hash of every precached file's path and content: a new build with any change gets a new one. */
  readonly version: string
  /** Absolute paths (the app's base included), sorted; percent-encoded as a request's pathname is. */
  readonly urls: readonly string[]
}

/** The global the worker's source reads its manifest from; the build defines it as a literal. */
export const manifestPlaceholder = '__SELARAS_PRECACHE_MANIFEST__'

/** Every cache this app creates starts with this, so an update deletes its own old caches only. */
export const cacheNamePrefix = 'selaras-precache-'

/** The message a page posts to a waiting worker when the reader chooses to reload into it. */
export const skipWaitingMessage = 'SKIP_WAITING'

/**
 * The one Trusted Types policy the app's CSP allows: the page's registration code turns the worker's
 * URL into a TrustedScriptURL with it (src/features/offline/register-service-worker.ts).
 */
export const serviceWorkerPolicyName = 'selaras-service-worker'
