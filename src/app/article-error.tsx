import { useTranslation } from 'react-i18next'
import { ArticleContentError, formatContentProblem } from '../content/content-problem'

/** Says what is wrong in words an author can act on, in place of the article, never a blank page. */
export function ArticleError({ error }: { error: unknown }) {
  const { t } = useTranslation()
  const isContentError = error instanceof ArticleContentError
  return (
    <section className="article-error" role="alert" aria-labelledby="article-error-heading">
      <h1 id="article-error-heading">{t('articleError.heading')}</h1>
      <p>{isContentError ? t('articleError.contentIntro') : t('articleError.unexpected')}</p>
      {isContentError && (
        <ul className="problem-list" lang="en">
          {error.problems.map((problem) => (
            <li key={formatContentProblem(problem)}>
              <code>{formatContentProblem(problem)}</code>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
