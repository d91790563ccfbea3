import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { layouts, translationStyles, type ReaderView } from '../../lib/reader-view'

interface ReaderToolbarProps {
  readonly view: ReaderView
  readonly onViewChange: (view: ReaderView) => void
  readonly translationLanguages: readonly string[]
  readonly translationLanguage: string
  readonly onTranslationLanguageChange: (language: string) => void
  readonly languageName: (language: string) => string
  /** Undefined when the article has no glossary to open. */
  readonly isGlossaryOpen: boolean | undefined
  readonly onGlossaryToggle: () => void
}

/**
 * Native radios and a checkbox: the browser already gives them arrow keys, states and names.
 * On a phone the layout and translation-style choices fold away behind "More options"
 * (reader.css), so that the article's text starts on the first screen; elsewhere that button is
 * not shown and every choice is.
 */
export function ReaderToolbar({
  view,
  onViewChange,
  translationLanguages,
  translationLanguage,
  onTranslationLanguageChange,
  languageName,
  isGlossaryOpen,
  onGlossaryToggle,
}: ReaderToolbarProps) {
  const { t } = useTranslation(['reader', 'glossary'])
  const name = useId()
  const isOriginalOnly = view.layout === 'original'
  const [areMoreOptionsShown, setMoreOptionsShown] = useState(false)
  const hasLanguageChoice = translationLanguages.length > 1
  const foldedIds = [`${name}-layouts`, `${name}-styles`, ...(hasLanguageChoice ? [`${name}-languages`] : [])]

  return (
    <section className="reader-toolbar" aria-label={t('options')} data-more-options={areMoreOptionsShown ? 'shown' : undefined}>
      <button
        type="button"
        className="more-options-toggle"
        aria-expanded={areMoreOptionsShown}
        aria-controls={foldedIds.join(' ')}
        onClick={() => setMoreOptionsShown(!areMoreOptionsShown)}
      >
        {t('moreOptions')}
      </button>

      <fieldset className="segmented more-option" id={`${name}-layouts`}>
        <legend>{t('layout.legend')}</legend>
        {layouts.map((layout) => (
          <label key={layout}>
            <input
              type="radio"
              name={`${name}-layout`}
              value={layout}
              checked={view.layout === layout}
              onChange={() => onViewChange({ ...view, layout })}
            />
            <span>{t(`layout.${layout}`)}</span>
          </label>
        ))}
      </fieldset>

      {!isOriginalOnly && (
        <label className="switch">
          <input
            type="checkbox"
            checked={view.areTranslationsShown}
            onChange={(event) => onViewChange({ ...view, areTranslationsShown: event.target.checked })}
          />
          <span>{t('showTranslations')}</span>
        </label>
      )}

      <fieldset className="segmented more-option" id={`${name}-styles`}>
        <legend>{t('translationStyle.legend')}</legend>
        {translationStyles.map((style) => (
          <label key={style}>
            <input
              type="radio"
              name={`${name}-style`}
              value={style}
              checked={view.translationStyle === style}
              onChange={() => onViewChange({ ...view, translationStyle: style })}
            />
            <span>{t(`translationStyle.${style}`)}</span>
          </label>
        ))}
      </fieldset>

      {hasLanguageChoice && (
        <label className="select more-option" id={`${name}-languages`}>
          <span>{t('translationLanguage')}</span>
          <select value={translationLanguage} onChange={(event) => onTranslationLanguageChange(event.target.value)}>
            {translationLanguages.map((language) => (
              <option key={language} value={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        </label>
      )}

      {isGlossaryOpen !== undefined && (
        <button type="button" className="glossary-toggle" aria-expanded={isGlossaryOpen} onClick={onGlossaryToggle}>
          {t('glossary:openPanel')}
        </button>
      )}

      <p className="layout-hint more-option">{t(`layoutHint.${view.layout}`)}</p>
    </section>
  )
}
