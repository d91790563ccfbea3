import type { KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceUnit, UnitTranslation } from '../../content/article-schema'
import type { TranslationStyle } from '../../lib/reader-view'
import { CopyLinkButton, type CopyResult } from './copy-link-button'

interface UnitRowProps {
  readonly unit: SourceUnit
  readonly translation: UnitTranslation | undefined
  readonly translationLanguage: string
  readonly translationStyle: TranslationStyle
  readonly isTranslationVisible: boolean
  readonly isTarget: boolean
  readonly onToggleTranslation: (unitId: string) => void
  readonly onCopyResult: (result: CopyResult) => void
}

export const sentenceHintId = 'sentence-hint'

/**
 * One unit of the article and its translation. The element carrying `lang="id"` and `data-unit`
 * holds the source text and nothing else: tests, tools and later features rely on that contract.
 */
export function UnitRow({
  unit,
  translation,
  translationLanguage,
  translationStyle,
  isTranslationVisible,
  isTarget,
  onToggleTranslation,
  onCopyResult,
}: UnitRowProps) {
  const { t } = useTranslation('reader')
  const translationId = `${unit.id}-translation`
  const canToggle = translation !== undefined

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      onToggleTranslation(unit.id)
    }
  }

  const toggleProps = canToggle
    ? {
        role: 'button',
        tabIndex: 0,
        'aria-expanded': isTranslationVisible,
        'aria-controls': translationId,
        'aria-describedby': sentenceHintId,
        onClick: () => onToggleTranslation(unit.id),
        onKeyDown: handleKeyDown,
      }
    : {}

  return (
    <div className={`unit-row unit-row--${unit.kind}`} id={unit.id} data-unit-row="" data-targeted={isTarget || undefined}>
      <div className="unit-original">
        {unit.kind !== 'sentence' && <span className="unit-kind">{t(`kind.${unit.kind}`)}</span>}
        <span lang="id" data-unit={unit.id} className="unit-text" {...toggleProps}>
          {unit.text}
        </span>
      </div>
      <div className="unit-translation" id={translationId} data-visible={isTranslationVisible}>
        {translation && isTranslationVisible && (
          <>
            <span lang={translationLanguage} data-unit={unit.id} className="unit-text">
              {translation[translationStyle]}
            </span>
            {translation.notes.length > 0 && (
              <details className="unit-notes">
                <summary>{t('notes', { count: translation.notes.length })}</summary>
                <ul lang={translationLanguage}>
                  {translation.notes.map((note) => (
                    <li key={note}>{note}</li>
                  ))}
                </ul>
              </details>
            )}
          </>
        )}
        {translation && !isTranslationVisible && <span className="translation-hidden">{t('translationHidden')}</span>}
      </div>
      <div className="unit-actions">
        <CopyLinkButton unitId={unit.id} onResult={onCopyResult} />
      </div>
    </div>
  )
}
