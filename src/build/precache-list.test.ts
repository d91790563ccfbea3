import { expect, test } from 'vitest'
import { createPrecacheManifest, isPrecached, type BuiltFile } from './precache-list'

const encoder = new TextEncoder()

function file(path: string, text = path): BuiltFile {
  return { path, content: encoder.encode(text) }
}

const build: BuiltFile[] = [
  file('index.html'),
  file('articles/mina-lavrov-dunia-islam.html'),
  file('assets/index-abc123.js'),
  file('assets/roots-def456.js'),
  file('assets/index-abc123.js.map'),
  file('icons/icon-192.png'),
  file('manifest.webmanifest'),
  file('favicon.svg'),
  file('sw.js'),
  file('screenshots/reader-side-by-side.png'),
  file('.vite/manifest.json'),
]

test('every file the app can load is precached: pages, chunks, icons, the web manifest', () => {
  expect(createPrecacheManifest(build, '/').urls).toEqual([
    '/articles/mina-lavrov-dunia-islam.html',
    '/assets/index-abc123.js',
    '/assets/roots-def456.js',
    '/favicon.svg',
    '/icons/icon-192.png',
    '/index.html',
    '/manifest.webmanifest',
  ])
})

test('the worker itself, source maps, build metadata and the README screenshots are left out', () => {
  expect(isPrecached('sw.js')).toBe(false)
  expect(isPrecached('_headers')).toBe(false)
  expect(isPrecached('.vite/manifest.json')).toBe(false)
  expect(isPrecached('assets/index-abc123.js.map')).toBe(false)
  expect(isPrecached('screenshots/reader-side-by-side.png')).toBe(false)
  // Only the worker at the root is the worker: a page or asset of that name elsewhere is content.
  expect(isPrecached('articles/sw.js/index.html')).toBe(true)
})

test('URLs carry the base path and are percent-encoded like a request pathname', () => {
  const manifest = createPrecacheManifest([file('index.html'), file('articles/kata baru/index.html')], '/selaras/')
  expect(manifest.urls).toEqual(['/selaras/articles/kata%20baru/index.html', '/selaras/index.html'])
})

test('the version changes when any precached byte or name changes, and only then', () => {
  const version = createPrecacheManifest(build, '/').version
  expect(version).toMatch(/^[0-9a-f]{16}$/)
  // The same files in another order: the same version.
  expect(createPrecacheManifest([...build].reverse(), '/').version).toBe(version)
  // A prerendered page edited after bundling (what a writeBundle hook does): a new version.
  const edited = build.map((entry) => (entry.path === 'index.html' ? file('index.html', '<p>new</p>') : entry))
  expect(createPrecacheManifest(edited, '/').version).not.toBe(version)
  const renamed = build.map((entry) => (entry.path === 'favicon.svg' ? file('icon.svg', 'favicon.svg') : entry))
  expect(createPrecacheManifest(renamed, '/').version).not.toBe(version)
  // A file that is not precached does not make a new version.
  expect(createPrecacheManifest([...build, file('assets/other.js.map')], '/').version).toBe(version)
})
