// Which precached file answers a request, if any. Pure, so the routing rules are unit-tested
// without a browser; the worker only adds the Cache API around it.

export interface RequestFacts {
  readonly url: string
  readonly method: string
  /** RequestMode: 'navigate' for a page load, anything else for a subresource. */
  readonly mode: string
}

export interface PrecacheScope {
  /** The worker's origin: requests to any other origin are never answered from the cache. */
  readonly origin: string
  /** The app's base path, with a trailing slash ("/" or "/selaras/"). */
  readonly base: string
  readonly urls: ReadonlySet<string>
}

/**
 * The precached URL to answer `request` with, or undefined to let it go to the network.
 *
 * A subresource is answered only by its exact path. A page load (navigation) is answered by the
 * page prerendered for that exact path (`/articles/x` by `/articles/x.html`, where the build writes
 * it: src/build/page-template.ts; a folder's `index.html` too) and otherwise by the app shell,
 * `index.html`, which routes on the client: so every page of the app opens offline, and an unknown
 * path gets the app's own "not found".
 */
export function precachedUrlFor(request: RequestFacts, scope: PrecacheScope): string | undefined {
  if (request.method !== 'GET') return undefined
  const url = new URL(request.url)
  if (url.origin !== scope.origin || !url.pathname.startsWith(scope.base)) return undefined
  const path = url.pathname
  if (request.mode !== 'navigate') {
    // Vite's files are named by content hash; a query string would be some other resource's.
    return url.search === '' && scope.urls.has(path) ? path : undefined
  }
  // A page's query string and fragment are the app's business, not a different document.
  if (scope.urls.has(path)) return path
  const page = path.replace(/\/$/, '')
  const prerendered = [`${page}.html`, `${page}/index.html`].find((url) => scope.urls.has(url))
  if (prerendered) return prerendered
  const shell = `${scope.base}index.html`
  return scope.urls.has(shell) ? shell : undefined
}

/**
 * For a request the current build does not precache: the path of a hashed file of another build
 * (Vite names them in `assets/` by content), which a page opened under the build before may still
 * ask for, so an earlier build's cache may answer it. Undefined for anything else.
 */
export function earlierBuildFileFor(request: RequestFacts, scope: PrecacheScope): string | undefined {
  if (request.method !== 'GET' || request.mode === 'navigate') return undefined
  const url = new URL(request.url)
  if (url.origin !== scope.origin || url.search !== '' || !url.pathname.startsWith(`${scope.base}assets/`)) return undefined
  return url.pathname
}
