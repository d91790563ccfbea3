import { useTranslation } from 'react-i18next'
import { listArticles } from '../content/load-article'
import { articlePath } from './routes'

export function LibraryPage() {
  const { t } = useTranslation()
  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading">{t('library.heading')}</h1>
      <p>{t('library.intro')}</p>
      <ul className="library-list">
        {listArticles().map((entry) => (
          <li key={entry.slug}>
            {entry.meta ? (
              <a href={articlePath(entry.slug)}>
                <span lang="id" className="library-title">
                  {entry.meta.title}
                </span>
                {entry.titles.map(({ language, title }) => (
                  <span key={language} lang={language} className="library-title-translation">
                    {title}
                  </span>
                ))}
                <span className="library-source">
                  {entry.meta.source} · <span lang="id">{entry.meta.datePrinted}</span>
                </span>
              </a>
            ) : (
              <p role="alert">{t('library.brokenEntry', { slug: entry.slug })}</p>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
