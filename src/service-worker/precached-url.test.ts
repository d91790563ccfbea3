import { expect, test } from 'vitest'
import { pageFilePath } from '../build/page-template'
import { earlierBuildFileFor, precachedUrlFor, type PrecacheScope, type RequestFacts } from './precached-url'

const origin = 'https://selaras.example'

const scope: PrecacheScope = {
  origin,
  base: '/',
  urls: new Set([
    '/index.html',
    '/articles/mina-lavrov-dunia-islam.html',
    '/guide/index.html',
    '/assets/roots-def456.js',
    '/favicon.svg',
  ]),
}

function navigate(path: string): RequestFacts {
  return { url: origin + path, method: 'GET', mode: 'navigate' }
}

function fetchOf(path: string, facts: Partial<RequestFacts> = {}): RequestFacts {
  return { url: origin + path, method: 'GET', mode: 'cors', ...facts }
}

test('an article opens from its own prerendered page, with or without a trailing slash or a query', () => {
  const page = '/articles/mina-lavrov-dunia-islam.html'
  expect(precachedUrlFor(navigate('/articles/mina-lavrov-dunia-islam'), scope)).toBe(page)
  expect(precachedUrlFor(navigate('/articles/mina-lavrov-dunia-islam/'), scope)).toBe(page)
  expect(precachedUrlFor(navigate('/articles/mina-lavrov-dunia-islam?ref=x#s5'), scope)).toBe(page)
  // A folder's index.html answers for the folder, as static hosts do.
  expect(precachedUrlFor(navigate('/guide'), scope)).toBe('/guide/index.html')
})

test('a prerendered page is looked up where the prerendering writes it', () => {
  for (const [base, pathname] of [
    ['/', '/'],
    ['/', '/articles/mina-lavrov-dunia-islam'],
    ['/selaras/', '/selaras/articles/mina-lavrov-dunia-islam'],
  ] as const) {
    const written = base + pageFilePath(pathname, base)
    const request = { url: origin + pathname, method: 'GET', mode: 'navigate' }
    expect(precachedUrlFor(request, { origin, base, urls: new Set([written]) }), pathname).toBe(written)
  }
})

test('the library and any page without a prerendered file get the app shell, which routes itself', () => {
  expect(precachedUrlFor(navigate('/'), scope)).toBe('/index.html')
  expect(precachedUrlFor(navigate('/index.html'), scope)).toBe('/index.html')
  expect(precachedUrlFor(navigate('/articles/not-prerendered'), scope)).toBe('/index.html')
})

test('a subresource is answered only by its exact precached path', () => {
  expect(precachedUrlFor(fetchOf('/assets/roots-def456.js'), scope)).toBe('/assets/roots-def456.js')
  expect(precachedUrlFor(fetchOf('/assets/roots-def456.js?v=2'), scope)).toBeUndefined()
  expect(precachedUrlFor(fetchOf('/assets/unknown.js'), scope)).toBeUndefined()
  // No shell for a missing script: it would be HTML where the page expects JavaScript.
  expect(precachedUrlFor(fetchOf('/articles/mina-lavrov-dunia-islam'), scope)).toBeUndefined()
})

test('other origins, other methods and paths outside the base go to the network untouched', () => {
  expect(precachedUrlFor({ url: 'https://cdn.example/favicon.svg', method: 'GET', mode: 'cors' }, scope)).toBeUndefined()
  expect(precachedUrlFor({ url: 'https://cdn.example/', method: 'GET', mode: 'navigate' }, scope)).toBeUndefined()
  expect(precachedUrlFor(fetchOf('/favicon.svg', { method: 'HEAD' }), scope)).toBeUndefined()
  const underBase: PrecacheScope = { ...scope, base: '/selaras/', urls: new Set(['/selaras/index.html']) }
  expect(precachedUrlFor(navigate('/elsewhere'), underBase)).toBeUndefined()
  expect(precachedUrlFor(navigate('/selaras/articles/x'), underBase)).toBe('/selaras/index.html')
})

test("a hashed file this build does not have may come from an earlier build's cache; nothing else may", () => {
  expect(earlierBuildFileFor(fetchOf('/assets/term-details-old123.js'), scope)).toBe('/assets/term-details-old123.js')
  expect(earlierBuildFileFor(fetchOf('/selaras/assets/a-1.js'), { ...scope, base: '/selaras/' })).toBe('/selaras/assets/a-1.js')
  expect(earlierBuildFileFor(fetchOf('/assets/a-1.js?v=2'), scope)).toBeUndefined()
  expect(earlierBuildFileFor(fetchOf('/assets/a-1.js', { method: 'POST' }), scope)).toBeUndefined()
  expect(earlierBuildFileFor(navigate('/assets/a-1.js'), scope)).toBeUndefined()
  expect(earlierBuildFileFor(fetchOf('/favicon-old.svg'), scope)).toBeUndefined()
  expect(earlierBuildFileFor({ url: 'https://cdn.example/assets/a-1.js', method: 'GET', mode: 'cors' }, scope)).toBeUndefined()
})
