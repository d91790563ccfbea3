export type Route =
  | { readonly page: 'library' }
  | { readonly page: 'article'; readonly slug: string }
  | { readonly page: 'not-found' }

const base = import.meta.env.BASE_URL

export function articlePath(slug: string): string {
  return `${base}articles/${encodeURIComponent(slug)}`
}

export function libraryPath(): string {
  return base
}

export function matchRoute(pathname: string): Route {
  if (!pathname.startsWith(base)) return { page: 'not-found' }
  const rest = pathname.slice(base.length).replace(/\/$/, '')
  if (rest === '' || rest === 'index.html') return { page: 'library' }
  const article = /^articles\/([^/]+)$/.exec(rest)
  if (article?.[1]) return { page: 'article', slug: decodeURIComponent(article[1]) }
  return { page: 'not-found' }
}
