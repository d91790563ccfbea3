/// <reference lib="webworker" />
// The offline service worker (issue 4). Install keeps every file of the build in one versioned
// cache; the worker then answers from it first, so a page and all its lazy chunks come from the same
// build, on- or offline (a page still open on the build before, from that build's cache, kept for
// it). A new build's worker waits until the reader asks for it (no skipWaiting on install):
// swapping code under an open article could break it mid-read.
import { cacheNamePrefix, skipWaitingMessage, type PrecacheManifest } from './precache-manifest'
import { earlierBuildFileFor, precachedUrlFor } from './precached-url'

// Defined by the build (`manifestPlaceholder`, src/build/precache-plugin.ts) as this build's manifest.
declare const __SELARAS_PRECACHE_MANIFEST__: PrecacheManifest
const manifest: PrecacheManifest = __SELARAS_PRECACHE_MANIFEST__

// DOM and WebWorker typings share the global `self`; in this file it is the worker's scope.
const worker = self as unknown as ServiceWorkerGlobalScope
const cacheName = cacheNamePrefix + manifest.version
const scope = {
  origin: worker.location.origin,
  base: new URL(worker.registration.scope).pathname,
  urls: new Set(manifest.urls),
}

worker.addEventListener('install', (event) => {
  event.waitUntil(precacheEverything())
})

async function precacheEverything(): Promise<void> {
  const cache = await caches.open(cacheName)
  // 'reload' skips the HTTP cache: an unhashed file (index.html, a prerendered page) must be this
  // build's, not one the browser kept from the last visit.
  await cache.addAll(manifest.urls.map((url) => new Request(url, { cache: 'reload' })))
}

worker.addEventListener('activate', (event) => {
  event.waitUntil(dropOldCachesAndClaim())
})

/**
 * A request in each cache that says when its build's worker became active. Not a file of the app,
 * so never served; a cache without it belongs to a build that never became active.
 */
const activatedAt = new Request(new URL('__selaras-activated-at', worker.registration.scope))

/**
 * Keeps this build's cache and the one of the build active before it, and drops the rest. Other
 * tabs opened under the build before keep running its code once this worker controls them, and
 * still ask for its lazy chunks: an update in one tab must not break a popover in another, offline
 * or after the server has dropped the old files.
 */
async function dropOldCachesAndClaim(): Promise<void> {
  const older = (await caches.keys()).filter((name) => name.startsWith(cacheNamePrefix) && name !== cacheName)
  const activations = await Promise.all(older.map(async (name) => ({ name, at: await activationTime(name) })))
  const previous = activations.filter((cache) => cache.at > 0).sort((a, b) => b.at - a.at)[0]
  await Promise.all(older.filter((name) => name !== previous?.name).map((name) => caches.delete(name)))
  await (await caches.open(cacheName)).put(activatedAt, new Response(String(Date.now())))
  // On the first visit the page that registered us is not controlled yet; claiming it makes it
  // work offline without a reload. On an update the reader has already asked to reload.
  await worker.clients.claim()
}

/** When the build of cache `name` became active, or 0 if it never did. */
async function activationTime(name: string): Promise<number> {
  const response = await (await caches.open(name)).match(activatedAt)
  return response ? Number(await response.text()) || 0 : 0
}

worker.addEventListener('fetch', (event) => {
  const { request } = event
  const url = precachedUrlFor(request, scope)
  if (url !== undefined) {
    event.respondWith(fromCache(url, request, { cacheName }))
    return
  }
  const earlierFile = earlierBuildFileFor(request, scope)
  if (earlierFile !== undefined) event.respondWith(fromCache(earlierFile, request))
  // Anything else is not ours: the browser fetches it as if there were no worker.
})

/** From `only` this build's cache, or any kept one; from the network if the cache has gone. */
async function fromCache(url: string, request: Request, only?: { cacheName: string }): Promise<Response> {
  const cached = await caches.match(url, only)
  // Only if the cache was evicted under storage pressure: the network still works when online.
  return cached ?? fetch(request)
}

worker.addEventListener('message', (event) => {
  const data: unknown = event.data
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === skipWaitingMessage) {
    void worker.skipWaiting()
  }
})
