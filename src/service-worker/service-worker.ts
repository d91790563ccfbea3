/// <reference lib="webworker" />
// The offline service worker (issue 4). Install keeps every file of the build in one versioned
// cache; the worker then answers from it first, so a page and all its lazy chunks come from the same
// build, on- or offline. A new build's worker waits until the reader asks for it (no skipWaiting on
// install): swapping code under an open article could break it mid-read.
import { cacheNamePrefix, skipWaitingMessage, type PrecacheManifest } from './precache-manifest'
import { precachedUrlFor } from './precached-url'

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

async function dropOldCachesAndClaim(): Promise<void> {
  const names = await caches.keys()
  await Promise.all(
    names.filter((name) => name.startsWith(cacheNamePrefix) && name !== cacheName).map((name) => caches.delete(name)),
  )
  // On the first visit the page that registered us is not controlled yet; claiming it makes it
  // work offline without a reload. On an update the reader has already asked to reload.
  await worker.clients.claim()
}

worker.addEventListener('fetch', (event) => {
  const { request } = event
  const url = precachedUrlFor(request, scope)
  if (url === undefined) return // not ours: the browser fetches it as if there were no worker
  event.respondWith(fromCache(url, request))
})

async function fromCache(url: string, request: Request): Promise<Response> {
  const cached = await caches.match(url, { cacheName })
  // Only if the cache was evicted under storage pressure: the network still works when online.
  return cached ?? fetch(request)
}

worker.addEventListener('message', (event) => {
  const data: unknown = event.data
  if (typeof data === 'object' && data !== null && 'type' in data && data.type === skipWaitingMessage) {
    void worker.skipWaiting()
  }
})
