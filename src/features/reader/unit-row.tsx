import { createContext, memo, use, useState, type ReactNode } from 'react'
import type { SourceUnit, UnitTranslation } from '../../content/article-schema'
import type { TranslationStyle } from '../../lib/reader-view'
import type { AnnotatedUnit } from './annotate-unit'
import { AnnotatedSource } from './annotated-source'
import { AnnotatedTranslation } from './annotated-translation'
import { CopyLinkButton, type CopyResult } from './copy-link-button'
import { isVisibleTranslation } from './use-unit-visibility'

/** What is lit up in one row; rows with nothing lit get undefined, so memo skips them. */
export interface RowHighlight {
  readonly sourceWords?: ReadonlySet<number>
  readonly translationWords?: ReadonlySet<number>
  readonly markedWords?: ReadonlySet<number>
  readonly cursorWord?: number
  readonly openTerm?: { readonly index: number; readonly isPinned: boolean; readonly popoverId: string }
}

/**
 * The words every row shows, translated once by the reader: a row of its own would subscribe to
 * i18next and translate them again, thousands of times over on a book.
 */
export interface RowLabels {
  readonly kind: Readonly<Record<'aside' | 'credit', string>>
  readonly translationHidden: string
  readonly showTranslation: string
  readonly hideTranslation: string
  readonly notes: (count: number) => string
  readonly copyLink: string
  readonly copyLinkTarget: string
}

interface UnitRowProps {
  readonly unit: SourceUnit
  readonly annotation: AnnotatedUnit
  readonly translation: UnitTranslation | undefined
  readonly translationLanguage: string
  readonly translationStyle: TranslationStyle
  /** Shown where translations are hidden by default, or hidden where they are shown. */
  readonly isFlipped: boolean
  readonly isTarget: boolean
  readonly highlight: RowHighlight | undefined
  readonly sentenceHintId: string
  readonly labels: RowLabels
  readonly onToggleTranslation: (unitId: string) => void
  readonly onCopyResult: (result: CopyResult) => void
}

/**
 * Whether translations show unless a row is flipped. One value for every row, read only by the
 * parts that change with it: the global switch re-renders a cell and a button a row, not the rows.
 */
export const TranslationsShownByDefault = createContext(true)

function useIsVisibleTranslation(isFlipped: boolean): boolean {
  return isVisibleTranslation(use(TranslationsShownByDefault), isFlipped)
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
  isFlipped,
  isTarget,
  highlight,
  sentenceHintId,
  labels,
  onToggleTranslation,
  onCopyResult,
}: UnitRowProps) {
  const translationId = `${unit.id}-translation`
  const sourceId = `${unit.id}-source`
  // Words get spans once a pointer (or a finger) is over the row, before the press that looks one
  // up; the keyboard's word cursor and every highlight come with a row highlight. Until then the
  // row is its text and its terms, a fraction of the elements. Not on pointerdown: spans replacing
  // the text under a pressed pointer would cost that press its click.
  const [isReached, setIsReached] = useState(false)
  const hasWordSpans = isReached || highlight !== undefined

  return (
    <div
      className={`unit-row unit-row--${unit.kind}`}
      id={unit.id}
      data-unit-row=""
      data-targeted={isTarget || undefined}
      onPointerOver={isReached ? undefined : () => setIsReached(true)}
    >
      {unit.kind !== 'sentence' && <span className="unit-kind">{labels.kind[unit.kind]}</span>}
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
            hasWordSpans={hasWordSpans}
            highlightedWords={highlight?.sourceWords}
            markedWords={highlight?.markedWords}
            cursorWord={highlight?.cursorWord}
            openTerm={highlight?.openTerm}
          />
        </span>
      </div>
      <TranslationCell
        id={translationId}
        isFlipped={isFlipped}
        hiddenLabel={labels.translationHidden}
        unitId={unit.id}
        language={translationLanguage}
        text={
          translation && (
            <AnnotatedTranslation
              text={translation[translationStyle]}
              words={hasWordSpans ? annotation.translationWords[translationStyle] : undefined}
              highlightedWords={highlight?.translationWords}
            />
          )
        }
        notes={
          translation &&
          translation.notes.length > 0 && (
            <>
              <summary>{labels.notes(translation.notes.length)}</summary>
              <ul lang={translationLanguage}>
                {translation.notes.map((note) => (
                  <li key={note}>{note}</li>
                ))}
              </ul>
            </>
          )
        }
      />
      <div className="unit-actions">
        {translation && (
          <RowToggle
            controls={translationId}
            isFlipped={isFlipped}
            showLabel={labels.showTranslation}
            hideLabel={labels.hideTranslation}
            onToggle={() => onToggleTranslation(unit.id)}
          />
        )}
        <CopyLinkButton unitId={unit.id} label={labels.copyLink} targetLabel={labels.copyLinkTarget} onResult={onCopyResult} />
      </div>
    </div>
  )
})

interface TranslationCellProps {
  readonly id: string
  readonly unitId: string
  readonly language: string
  readonly isFlipped: boolean
  readonly hiddenLabel: string
  /** The translation's element, made by the row: the same object when only visibility changes. */
  readonly text: ReactNode
  readonly notes: ReactNode
}

/**
 * The translation side of a row. A hidden translation stays in the DOM with `hidden`: showing or
 * hiding every translation of a long article then changes attributes, not thousands of elements.
 */
function TranslationCell({ id, unitId, language, isFlipped, hiddenLabel, text, notes }: TranslationCellProps) {
  const isVisible = useIsVisibleTranslation(isFlipped)
  if (!text) return <div className="unit-translation" id={id} data-visible={isVisible} />
  return (
    <div className="unit-translation" id={id} data-visible={isVisible}>
      <span lang={language} data-unit={unitId} className="unit-text" hidden={!isVisible}>
        {text}
      </span>
      {notes && (
        <details className="unit-notes" hidden={!isVisible}>
          {notes}
        </details>
      )}
      <span className="translation-hidden" hidden={isVisible}>
        {hiddenLabel}
      </span>
    </div>
  )
}

interface RowToggleProps {
  readonly controls: string
  readonly isFlipped: boolean
  readonly showLabel: string
  readonly hideLabel: string
  readonly onToggle: () => void
}

function RowToggle({ controls, isFlipped, showLabel, hideLabel, onToggle }: RowToggleProps) {
  const isVisible = useIsVisibleTranslation(isFlipped)
  return (
    <button type="button" className="unit-toggle" aria-controls={controls} aria-expanded={isVisible} onClick={onToggle}>
      {isVisible ? hideLabel : showLabel}
    </button>
  )
}
