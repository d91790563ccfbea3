import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Article } from '../../content/assemble-article'
import type { ReaderView } from '../../lib/reader-view'
import type { CopyResult } from './copy-link-button'
import { ReaderToolbar } from './reader-toolbar'
import { sentenceHintId, UnitRow } from './unit-row'
import { useHashTarget, useScrollToUnit } from './use-hash-target'
import { useUnitVisibility } from './use-unit-visibility'
import './reader.css'

interface ReaderProps {
  readonly article: Article
  readonly view: ReaderView
  readonly onViewChange: (view: ReaderView) => void
}

const statusTimeoutMs = 4000

export function Reader({ article, view, onViewChange }: ReaderProps) {
  const { t, i18n } = useTranslation('reader')
  const [chosenLanguage, setChosenLanguage] = useState<string>()
  const translation =
    article.translations.find((candidate) => candidate.language === chosenLanguage) ?? article.translations[0]
  const { areShownByDefault, isTranslationVisible, toggleTranslation, resetIfBaseChanges } = useUnitVisibility(view)
  const targetId = useHashTarget()
  useScrollToUnit(targetId)
  const [status, setStatus] = useState<CopyResult>()

  useEffect(() => {
    if (!status?.isCopied) return
    const timer = window.setTimeout(() => setStatus(undefined), statusTimeoutMs)
    return () => window.clearTimeout(timer)
  }, [status])

  const languageNames = new Intl.DisplayNames([i18n.language], { type: 'language' })
  const languageName = (language: string) => languageNames.of(language) ?? language
  const translationLanguage = translation?.language ?? 'en'

  return (
    <div className="reader" data-layout={view.layout}>
      <ReaderToolbar
        view={view}
        onViewChange={(next) => {
          resetIfBaseChanges(next)
          onViewChange(next)
        }}
        translationLanguages={article.translations.map((candidate) => candidate.language)}
        translationLanguage={translationLanguage}
        onTranslationLanguageChange={setChosenLanguage}
        languageName={languageName}
      />

      <article className="article" aria-labelledby="article-title">
        <header className="article-header">
          <p className="article-source">
            {t('sourceLine', { source: article.meta.source })} · <span lang="id">{article.meta.dateline}</span>,{' '}
            <span lang="id">{article.meta.datePrinted}</span>
          </p>
          <h1 id="article-title" lang="id">
            {article.meta.title}
          </h1>
          {translation && areShownByDefault && (
            <p className="article-title-translation" lang={translationLanguage}>
              {translation.title}
            </p>
          )}
          <p className="article-title-note">{t('titleByEditor')}</p>
        </header>

        <p id={sentenceHintId} hidden>
          {t('sentenceHint')}
        </p>

        {view.layout === 'side-by-side' && (
          <div className="column-headings" aria-hidden="true">
            <span>{t('columnOriginal', { language: languageName('id') })}</span>
            <span>{t('columnTranslation', { language: languageName(translationLanguage) })}</span>
          </div>
        )}

        {article.paragraphs.map((paragraph) => (
          <div className="paragraph" key={paragraph.units[0]?.id}>
            {paragraph.units.map((unit) => (
              <UnitRow
                key={unit.id}
                unit={unit}
                translation={translation?.units[unit.id]}
                translationLanguage={translationLanguage}
                translationStyle={view.translationStyle}
                isTranslationVisible={isTranslationVisible(unit.id)}
                isTarget={unit.id === targetId}
                onToggleTranslation={toggleTranslation}
                onCopyResult={setStatus}
              />
            ))}
          </div>
        ))}
      </article>

      <p role="status" className="reader-status">
        {status && (status.isCopied ? t('linkCopied') : t('copyFailed', { url: status.url }))}
      </p>
    </div>
  )
}
