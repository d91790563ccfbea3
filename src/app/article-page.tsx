import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../content/assemble-article'
import { hasArticle } from '../content/load-article'
import { Reader } from '../features/reader/reader'
import type { ReaderView } from '../lib/reader-view'
import { ArticleError } from './article-error'
import { ErrorBoundary } from '../components/error-boundary'
import { useReaderAnnotations } from './reader-annotations'
import { useArticle } from './use-article'

interface ArticlePageProps {
  readonly slug: string
  readonly view: ReaderView
  readonly onViewChange: (view: ReaderView) => void
}

export function documentTitle(articleTitle: string, appName: string): string {
  return `${articleTitle} · ${appName}`
}

export function ArticlePage({ slug, ...readerProps }: ArticlePageProps) {
  const { t } = useTranslation()
  if (!hasArticle(slug)) {
    return (
      <section className="article-error" aria-labelledby="not-found-heading">
        <h1 id="not-found-heading">{t('articleError.notFound', { slug })}</h1>
      </section>
    )
  }
  return (
    <ErrorBoundary fallback={(error) => <ArticleError error={error} />}>
      <LoadedArticle slug={slug} {...readerProps} />
    </ErrorBoundary>
  )
}

function LoadedArticle({ slug, view, onViewChange }: ArticlePageProps) {
  const { t } = useTranslation()
  const state = useArticle(slug)
  const title = state.status === 'ready' ? state.article.meta.title : undefined

  useEffect(() => {
    if (title) document.title = documentTitle(title, t('appName'))
  }, [title, t])

  switch (state.status) {
    case 'loading':
      return <p className="loading">{t('loading')}</p>
    case 'failed':
      return <ArticleError error={state.error} />
    case 'ready':
      return <ReadyArticle article={state.article} view={view} onViewChange={onViewChange} />
  }
}

function ReadyArticle({ article, view, onViewChange }: Omit<ArticlePageProps, 'slug'> & { article: Article }) {
  // The first translation is the one the glossary follows until a language picker chooses otherwise.
  const annotations = useReaderAnnotations(article, article.translations[0]?.language ?? 'en')
  return <Reader article={article} view={view} onViewChange={onViewChange} annotations={annotations} />
}
