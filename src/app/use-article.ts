import { useEffect, useState } from 'react'
import type { Article } from '../content/assemble-article'
import { loadArticle, preloadedArticle } from '../content/load-article'

export type ArticleState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly article: Article }
  | { readonly status: 'failed'; readonly error: unknown }

export function useArticle(slug: string): ArticleState {
  const [state, setState] = useState<ArticleState & { slug: string }>(() => {
    const article = preloadedArticle(slug)
    return article ? { slug, status: 'ready', article } : { slug, status: 'loading' }
  })
  const isReady = state.slug === slug && state.status === 'ready'

  useEffect(() => {
    if (isReady) return
    let isCurrent = true
    loadArticle(slug).then(
      (article) => isCurrent && setState({ slug, status: 'ready', article }),
      (error: unknown) => isCurrent && setState({ slug, status: 'failed', error }),
    )
    return () => {
      isCurrent = false
    }
  }, [slug, isReady])

  return state.slug === slug ? state : { status: 'loading' }
}
