import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import type { SourceUnit, UnitTranslation } from '../../content/article-schema'
import type { TranslationStyle } from '../../lib/reader-view'
import type { AnnotatedUnit } from './annotate-unit'
import { AnnotatedSource } from './annotated-source'
import { AnnotatedTranslation } from './annotated-translation'
import { CopyLinkButton, type CopyResult } from './copy-link-button'

/** What is lit up in one row; rows with nothing lit get undefined, so memo skips them. */
export interface RowHighlight {
  readonly sourceWords?: ReadonlySet<number>
  readonly translationWords?: ReadonlySet<number>
  readonly markedWords?: ReadonlySet<number>
  readonly cursorWord?: number
  readonly openTerm?: { readonly index: number; readonly isPinned: boolean; readonly popoverId: string }
}

interface UnitRowProps {
  readonly unit: SourceUnit
  readonly annotation: AnnotatedUnit
  readonly translation: UnitTranslation | undefined
  readonly translationLanguage: string
  readonly translationStyle: TranslationStyle
  readonly isTranslationVisible: boolean
  readonly isTarget: boolean
  readonly highlight: RowHighlight | undefined
  readonly sentenceHintId: string
  readonly onToggleTranslation: (unitId: string) => void
  readonly onCopyResult: (result: CopyResult) => void
}

/**
 * One unit of the article and its translation. The element carrying `lang="id"` and `data-unit`
 * holds the source text and nothing else: tests, tools and later features rely on that contract.
 */
export const UnitRow = memo(function UnitRow({
  unit,
  annotation,
  translation,
  translationLanguage,
  translationStyle,
  isTranslationVisible,
  isTarget,
  highlight,
  sentenceHintId,
  onToggleTranslation,
  onCopyResult,
}: UnitRowProps) {
  const { t } = useTranslation('reader')
  const translationId = `${unit.id}-translation`
  const sourceId = `${unit.id}-source`

  return (
    <div className={`unit-row unit-row--${unit.kind}`} id={unit.id} data-unit-row="" data-targeted={isTarget || undefined}>
      {unit.kind !== 'sentence' && <span className="unit-kind">{t(`kind.${unit.kind}`)}</span>}
      <div className="unit-original">
        {/* A group takes no name from its content: labelled by itself, a focused sentence is read
            out, where a screen reader in focus mode would otherwise say only "group". */}
        <span
          lang="id"
          data-unit={unit.id}
          id={sourceId}
          className="unit-text"
          role="group"
          tabIndex={0}
          aria-labelledby={sourceId}
          aria-describedby={sentenceHintId}
        >
          <AnnotatedSource
            text={unit.text}
            annotation={annotation}
            highlightedWords={highlight?.sourceWords}
            markedWords={highlight?.markedWords}
            cursorWord={highlight?.cursorWord}
            openTerm={highlight?.openTerm}
          />
        </span>
      </div>
      <div className="unit-translation" id={translationId} data-visible={isTranslationVisible}>
        {translation && isTranslationVisible && (
          <>
            <span lang={translationLanguage} data-unit={unit.id} className="unit-text">
              <AnnotatedTranslation
                text={translation[translationStyle]}
                words={annotation.translationWords[translationStyle]}
                highlightedWords={highlight?.translationWords}
              />
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
        {translation && (
          <button
            type="button"
            className="unit-toggle"
            aria-controls={translationId}
            aria-expanded={isTranslationVisible}
            onClick={() => onToggleTranslation(unit.id)}
          >
            {isTranslationVisible ? t('hideUnitTranslation') : t('showUnitTranslation')}
          </button>
        )}
        <CopyLinkButton unitId={unit.id} onResult={onCopyResult} />
      </div>
    </div>
  )
})
