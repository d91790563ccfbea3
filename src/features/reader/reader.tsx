import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react'
import { flushSync } from 'react-dom'
import { useTranslation } from 'react-i18next'
import { ErrorBoundary } from '../../components/error-boundary'
import { OnDemand, onDemand, preloadWhenIdle } from '../../components/on-demand'
import type { Article } from '../../content/assemble-article'
import type { ReaderView } from '../../lib/reader-view'
import type { TextRange } from '../../lib/locate-substring'
import { alignmentFor, alignmentForTranslation, annotateUnits, wordsIn, type AnnotatedUnit } from './annotate-unit'
import type { CopyResult } from './copy-link-button'
import { Passage } from './passage'
import { ReaderToolbar } from './reader-toolbar'
import { UnitRow, type RowHighlight, type RowLabels } from './unit-row'
import {
  closestData,
  findAnchor,
  firstOccurrence,
  focusableOf,
  numberData,
  openRange,
  rangesOfEntry,
  sourceUnitOf,
  wordIndexAtPoint,
} from './annotation-targets'
import { useAnnotationPopover, type AnnotationTarget } from './use-annotation-popover'
import { scrollIntoCentre } from './scroll-into-centre'
import { useHashTarget, useScrollToUnit } from './use-hash-target'
import { useUnitVisibility } from './use-unit-visibility'
import './reader.css'
import './annotations.css'

export interface TermRenderArgs {
  readonly headingId: string
  readonly entryId: string
  readonly asWritten: string
  readonly innerEntryIds: readonly string[]
  readonly translationLanguage: string
  readonly onOpenEntry: (entryId: string) => void
}

export interface WordRenderArgs {
  readonly headingId: string
  readonly articleSlug: string
  readonly unitId: string
  readonly word: string
  readonly translationLanguage: string
  readonly onOpenEntry: (entryId: string) => void
}

/** What other features show inside the reader; the app wires them in. */
export interface ReaderAnnotations {
  readonly renderTerm: (args: TermRenderArgs) => ReactNode
  readonly renderWord: (args: WordRenderArgs) => ReactNode
  readonly renderGlossaryPanel: (args: { onShowEntry: (entryId: string) => void }) => ReactNode
  /** Fetches what the renderers need ahead of the first use, once the page is idle. */
  readonly preload: () => Promise<unknown>
}

interface ReaderProps {
  readonly article: Article
  readonly view: ReaderView
  readonly onViewChange: (view: ReaderView) => void
  readonly annotations?: ReaderAnnotations
}

interface Cursor {
  readonly unitId: string
  readonly wordIndex: number
}

const statusTimeoutMs = 4000

/** Over this many units, off-screen passages are left unrendered by the browser (reader.css). */
const longArticleUnits = 200
/** Paragraphs a passage holds: the unit a long article's layout skips while off screen (reader.css). */
const paragraphsPerPassage = 8

function inGroupsOf<T>(items: readonly T[], size: number): T[][] {
  const groups: T[][] = []
  for (let start = 0; start < items.length; start += size) groups.push(items.slice(start, start + size))
  return groups
}

// Positioning code (Floating UI) is needed only once something is explained: not before the
// article is interactive, but fetched when the page is idle so the first hover does not wait.
const popoverModule = onDemand(() => import('./annotation-popover'))

export function Reader({ article, view, onViewChange, annotations }: ReaderProps) {
  const { t } = useTranslation('reader')
  const [chosenLanguage, setChosenLanguage] = useState<string>()
  const translation =
    article.translations.find((candidate) => candidate.language === chosenLanguage) ?? article.translations[0]
  const translationLanguage = translation?.language ?? 'en'
  const glossary = article.glossaries.find((candidate) => candidate.language === translationLanguage)
  const units = useMemo(() => article.paragraphs.flatMap((paragraph) => paragraph.units), [article])
  const passages = useMemo(() => inGroupsOf(article.paragraphs, paragraphsPerPassage), [article])
  const annotated = useMemo(() => annotateUnits(units, translation?.units, glossary), [units, translation, glossary])

  const { areShownByDefault, isFlipped, isTranslationVisible, toggleTranslation, resetIfBaseChanges } = useUnitVisibility(view)
  const targetId = useHashTarget()
  useScrollToUnit(targetId)
  const [status, setStatus] = useState<CopyResult>()
  const popover = useAnnotationPopover()
  const [cursor, setCursor] = useState<Cursor | null>(null)
  // Space on a sentence changes nothing where focus is, so the polite region says what happened;
  // the count keys the message, so the same words said twice in a row are announced twice.
  const [toggleAnnouncement, setToggleAnnouncement] = useState<{ readonly isShown: boolean; readonly count: number }>()
  const [hoveredTranslationWord, setHoveredTranslationWord] = useState<Cursor | null>(null)
  const [markedEntryId, setMarkedEntryId] = useState<string | null>(null)
  const [isGlossaryOpen, setIsGlossaryOpen] = useState(false)
  const articleRef = useRef<HTMLElement>(null)
  const popoverRef = useRef<HTMLDivElement | null>(null)
  const isPointerDown = useRef(false)
  // Focus handed back to the text after a popover closes must not open that text's popover again.
  const isRestoringFocus = useRef(false)
  const popoverId = useId()
  const popoverHeadingId = useId()
  const sentenceHintId = useId()
  const rowLabels = useMemo<RowLabels>(() => {
    // Once per count, not per row: i18next's plural lookup took 130-150 ms over the 5,000 rows of
    // the toggle benchmark's article (CPU profile of its load), for a handful of different counts.
    const notesLabels = new Map<number, string>()
    return {
      kind: { aside: t('kind.aside'), credit: t('kind.credit') },
      translationHidden: t('translationHidden'),
      showTranslation: t('showUnitTranslation'),
      hideTranslation: t('hideUnitTranslation'),
      notes: (count) => {
        let label = notesLabels.get(count)
        if (label === undefined) notesLabels.set(count, (label = t('notes', { count })))
        return label
      },
      copyLink: t('copyLink'),
      copyLinkTarget: t('copyLinkTarget'),
    }
  }, [t])

  // A press can end outside the article (a drag onto the toolbar): listen where it ends.
  useEffect(() => {
    const release = () => {
      isPointerDown.current = false
    }
    document.addEventListener('pointerup', release)
    document.addEventListener('pointercancel', release)
    return () => {
      document.removeEventListener('pointerup', release)
      document.removeEventListener('pointercancel', release)
    }
  }, [])

  useEffect(() => {
    if (!status?.isCopied) return
    const timer = window.setTimeout(() => setStatus(undefined), statusTimeoutMs)
    return () => window.clearTimeout(timer)
  }, [status])

  useEffect(() => {
    if (annotations) return preloadWhenIdle([popoverModule.preload, annotations.preload])
  }, [annotations])

  // Curated in the locale files, not Intl.DisplayNames: its first use loads ICU data, 90–270 ms of
  // a page load at 4x CPU. A language they do not name shows as its tag.
  const languageNames: Readonly<Record<string, string | undefined>> = t('languageName', { returnObjects: true })
  const languageName = (language: string) => languageNames[language] ?? language

  // ---- What is open, and where it is anchored -------------------------------------------------

  const open = popover.open
  const openAnnotation = open ? annotated.get(open.target.unitId) : undefined
  // Read from the DOM once committed: a word's span can come with the very render that opens it.
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  useLayoutEffect(() => {
    setAnchor(open ? findAnchor(articleRef.current, open.target) : null)
  }, [open])
  const close = popover.close

  useEffect(() => {
    if (!open) return
    function onPointerDown(event: globalThis.PointerEvent) {
      const target = event.target as Node
      if (popoverRef.current?.contains(target) || anchor?.contains(target)) return
      close()
    }
    function onKeyDown(event: globalThis.KeyboardEvent) {
      if (event.key !== 'Escape') return
      const shouldRestoreFocus = popoverRef.current?.contains(document.activeElement) ?? false
      close()
      if (shouldRestoreFocus && anchor) restoreFocus(anchor)
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open, anchor, close])

  // ---- Highlights, derived from what is open, hovered or chosen -------------------------------

  const rowHighlights = new Map<string, RowHighlight>()
  const addHighlight = (unitId: string, highlight: RowHighlight) =>
    rowHighlights.set(unitId, { ...rowHighlights.get(unitId), ...highlight })

  if (open && openAnnotation) {
    const range = openRange(openAnnotation, open.target)
    const alignment = range ? alignmentFor(openAnnotation.alignments, range) : undefined
    addHighlight(open.target.unitId, {
      sourceWords: range ? wordsIn(openAnnotation.words, range) : undefined,
      translationWords: alignment
        ? wordsIn(openAnnotation.translationWords[view.translationStyle], alignment[view.translationStyle])
        : undefined,
      openTerm:
        open.target.kind === 'term'
          ? { index: open.target.termIndex, isPinned: open.isPinned, popoverId }
          : undefined,
    })
  } else if (hoveredTranslationWord) {
    const hoveredAnnotation = annotated.get(hoveredTranslationWord.unitId)
    const word = hoveredAnnotation?.translationWords[view.translationStyle].at(hoveredTranslationWord.wordIndex)
    const alignment =
      hoveredAnnotation && word ? alignmentForTranslation(hoveredAnnotation.alignments, view.translationStyle, word) : undefined
    if (hoveredAnnotation && alignment) {
      addHighlight(hoveredTranslationWord.unitId, {
        sourceWords: wordsIn(hoveredAnnotation.words, alignment.source),
        translationWords: wordsIn(hoveredAnnotation.translationWords[view.translationStyle], alignment[view.translationStyle]),
      })
    }
  }
  if (cursor) addHighlight(cursor.unitId, { cursorWord: cursor.wordIndex })
  const markedRanges = useMemo(() => (markedEntryId ? rangesOfEntry(annotated, markedEntryId) : new Map()), [annotated, markedEntryId])
  for (const [unitId, ranges] of markedRanges) {
    const annotation = annotated.get(unitId)
    if (!annotation) continue
    const words = new Set<number>()
    for (const range of ranges as TextRange[]) for (const index of wordsIn(annotation.words, range)) words.add(index)
    addHighlight(unitId, { markedWords: words })
  }

  // ---- What the reader does, delegated from the article ---------------------------------------

  function targetAt(element: Element | null): AnnotationTarget | undefined {
    const unitId = sourceUnitOf(element)
    if (unitId === undefined) return undefined
    const termElement = closestData(element, 'data-term-index')
    const termIndex = numberData(termElement, 'termIndex')
    if (termIndex !== undefined) {
      const entryId = annotated.get(unitId)?.terms[termIndex]?.entryId
      return entryId === undefined ? undefined : { kind: 'term', unitId, termIndex, entryId }
    }
    const wordIndex = numberData(closestData(element, 'data-word-index'), 'wordIndex')
    return wordIndex === undefined ? undefined : { kind: 'word', unitId, wordIndex }
  }

  /** A press on a sentence's own text, between spans: the word drawn where it landed. */
  function wordAtPress(event: MouseEvent<HTMLElement>): AnnotationTarget | undefined {
    const source = event.target as HTMLElement
    const unitId = source.matches('[data-unit][lang="id"]') ? source.dataset['unit'] : undefined
    const words = unitId === undefined ? undefined : annotated.get(unitId)?.words
    if (unitId === undefined || !words || event.detail === 0) return undefined
    const wordIndex = wordIndexAtPoint(source, words, event.clientX, event.clientY)
    return wordIndex === undefined ? undefined : { kind: 'word', unitId, wordIndex }
  }

  function handlePointerOver(event: PointerEvent<HTMLElement>) {
    if (event.pointerType !== 'mouse') return
    const element = event.target as Element
    const translationWord = closestData(element, 'data-tword-index')
    if (translationWord) {
      const unitId = translationWord.closest<HTMLElement>('[data-unit]')?.dataset['unit']
      const wordIndex = numberData(translationWord, 'twordIndex')
      if (unitId !== undefined && wordIndex !== undefined) setHoveredTranslationWord({ unitId, wordIndex })
      return
    }
    const target = targetAt(element)
    // Hover opens terms only: sweeping the mouse over running text must not pop up every word.
    if (target?.kind === 'term') popover.hoverStart(target)
  }

  function handlePointerOut(event: PointerEvent<HTMLElement>) {
    if (event.pointerType !== 'mouse') return
    const from = event.target as Element
    const to = event.relatedTarget instanceof Element ? event.relatedTarget : null
    if (closestData(from, 'data-tword-index') && !closestData(to, 'data-tword-index')) setHoveredTranslationWord(null)
    const term = closestData(from, 'data-term-index')
    if (term && !term.contains(to)) popover.hoverEnd()
  }

  function restoreFocus(element: HTMLElement) {
    isRestoringFocus.current = true
    focusableOf(element).focus()
    isRestoringFocus.current = false
  }

  function handleFocus(event: FocusEvent<HTMLElement>) {
    // Radix's rule: a focus that comes with a pointer press is the press's business, not focus's.
    if (isPointerDown.current || isRestoringFocus.current) return
    const target = targetAt(event.target)
    if (target?.kind === 'term' && event.target === closestData(event.target, 'data-term-index')) popover.focus(target)
  }

  function handleBlur(event: FocusEvent<HTMLElement>) {
    const to = event.relatedTarget
    if (to instanceof Node && popoverRef.current?.contains(to)) return
    if (open && !(to instanceof Node && anchor?.contains(to))) popover.close()
    const leftSentence = sourceUnitOf(event.target) !== sourceUnitOf(to instanceof Element ? to : null)
    if (cursor && leftSentence) setCursor(null)
  }

  function handleClick(event: MouseEvent<HTMLElement>) {
    const target = targetAt(event.target as Element) ?? wordAtPress(event)
    if (!target) return
    // event.detail is 0 for clicks made with Enter or Space on a focused button.
    popover.press(target, event.detail === 0)
  }

  function handleKeyDown(event: KeyboardEvent<HTMLElement>) {
    const element = event.target as HTMLElement
    if (element.matches('[data-term-index]') && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault()
      const target = targetAt(element)
      if (target) popover.press(target, true)
      return
    }
    if (!element.matches('[data-unit][lang="id"]')) return
    const unitId = element.dataset['unit'] ?? ''
    const wordCount = annotated.get(unitId)?.words.length ?? 0
    const current = cursor?.unitId === unitId ? cursor.wordIndex : undefined
    const toggleAndAnnounce = () => {
      event.preventDefault()
      toggleTranslation(unitId)
      setToggleAnnouncement({ isShown: !isTranslationVisible(unitId), count: (toggleAnnouncement?.count ?? 0) + 1 })
    }
    const moveTo = (wordIndex: number) => {
      event.preventDefault()
      setToggleAnnouncement(undefined)
      setCursor({ unitId, wordIndex: Math.max(0, Math.min(wordCount - 1, wordIndex)) })
    }
    switch (event.key) {
      case 'ArrowRight':
        return moveTo(current === undefined ? 0 : current + 1)
      case 'ArrowLeft':
        return moveTo(current === undefined ? wordCount - 1 : current - 1)
      case 'Home':
        return moveTo(0)
      case 'End':
        return moveTo(wordCount - 1)
      case 'Enter':
        if (current === undefined) return toggleAndAnnounce()
        event.preventDefault()
        popover.press({ kind: 'word', unitId, wordIndex: current }, true)
        return
      case ' ':
        return toggleAndAnnounce()
      case 'Escape':
        if (!open) setCursor(null)
        return
    }
  }

  // ---- The glossary panel ---------------------------------------------------------------------

  const showEntry = useCallback(
    (entryId: string) => {
      // The marks first: their words' spans, replacing text under a smooth scroll, would stop it.
      flushSync(() => setMarkedEntryId(entryId))
      const first = firstOccurrence(annotated, entryId)
      if (!first) return
      const element = articleRef.current?.querySelector<HTMLElement>(
        `[data-unit="${first.unitId}"][lang="id"] ${
          first.termIndex === undefined ? '' : `[data-term-index="${first.termIndex}"]`
        }`,
      )
      if (!element) return
      scrollIntoCentre(element)
      element.focus({ preventScroll: true })
    },
    [annotated],
  )

  function openEntry(entryId: string) {
    if (!open) return
    const { target } = open
    popover.show({
      kind: 'entry',
      unitId: target.unitId,
      termIndex: target.kind === 'word' ? undefined : target.termIndex,
      wordIndex: target.kind === 'term' ? undefined : target.wordIndex,
      entryId,
    })
  }

  function popoverContent(): ReactNode {
    if (!open || !openAnnotation || !annotations) return null
    const { target } = open
    if (target.kind === 'word') {
      return annotations.renderWord({
        headingId: popoverHeadingId,
        articleSlug: article.slug,
        unitId: target.unitId,
        word: openAnnotation.words.at(target.wordIndex)?.text ?? '',
        translationLanguage,
        onOpenEntry: openEntry,
      })
    }
    const unitText = units.find((unit) => unit.id === target.unitId)?.text ?? ''
    const term = target.termIndex === undefined ? undefined : openAnnotation.terms[target.termIndex]
    const occurrence = term && [term, ...term.inner].find((match) => match.entryId === target.entryId)
    return annotations.renderTerm({
      headingId: popoverHeadingId,
      entryId: target.entryId,
      asWritten: occurrence ? unitText.slice(occurrence.start, occurrence.end) : '',
      innerEntryIds: target.kind === 'term' && term ? [...new Set(term.inner.map((match) => match.entryId))] : [],
      translationLanguage,
      onOpenEntry: openEntry,
    })
  }

  return (
    <div className="reader" data-layout={view.layout} data-long={units.length > longArticleUnits || undefined}>
      {/* The title before the reading options and the glossary panel, so that the page's headings
          run in order: the h1, then the panel's h2. The article, named by it, holds the text. */}
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
        isGlossaryOpen={annotations && glossary ? isGlossaryOpen : undefined}
        onGlossaryToggle={() => {
          // Closing the glossary also takes its marks off the text.
          if (isGlossaryOpen) setMarkedEntryId(null)
          setIsGlossaryOpen(!isGlossaryOpen)
        }}
      />

      {/* Without scripts the options are hidden (reader.css) and terms and sentences do nothing when
          pressed, though they are still in the tab order and named as controls: say why. */}
      <noscript>
        <p className="notice">{t('noScript')}</p>
      </noscript>

      {annotations && glossary && isGlossaryOpen && annotations.renderGlossaryPanel({ onShowEntry: showEntry })}

      <article
        ref={articleRef}
        className="article"
        aria-labelledby="article-title"
        onPointerOver={handlePointerOver}
        onPointerOut={handlePointerOut}
        onPointerDown={() => {
          isPointerDown.current = true
        }}
        onFocus={handleFocus}
        onBlur={handleBlur}
        onClick={handleClick}
        onKeyDown={handleKeyDown}
      >
        <p id={sentenceHintId} hidden>
          {t('sentenceHint')}
        </p>

        {view.layout === 'side-by-side' && (
          <div className="column-headings" aria-hidden="true">
            <span>{t('columnOriginal', { language: languageName('id') })}</span>
            <span>{t('columnTranslation', { language: languageName(translationLanguage) })}</span>
          </div>
        )}

        {passages.map((passage) => (
          <Passage key={passage[0]?.units[0]?.id} areTranslationsShownByDefault={areShownByDefault}>
            {passage.map((paragraph) => (
              <div className="paragraph" key={paragraph.units[0]?.id}>
                {paragraph.units.map((unit) => (
                  <UnitRow
                    key={unit.id}
                    unit={unit}
                    annotation={annotated.get(unit.id) as AnnotatedUnit}
                    translation={translation?.units[unit.id]}
                    translationLanguage={translationLanguage}
                    translationStyle={view.translationStyle}
                    isFlipped={isFlipped(unit.id)}
                    isTarget={unit.id === targetId}
                    highlight={rowHighlights.get(unit.id)}
                    sentenceHintId={sentenceHintId}
                    labels={rowLabels}
                    onToggleTranslation={toggleTranslation}
                    onCopyResult={setStatus}
                  />
                ))}
              </div>
            ))}
          </Passage>
        ))}
      </article>

      {open && anchor && annotations && (
        <ErrorBoundary
          key={JSON.stringify(open.target)}
          fallback={() => (
            <p role="alert" className="reader-status">
              {t('annotationsFailed')}
            </p>
          )}
        >
          <OnDemand module={popoverModule}>
            {({ AnnotationPopover }) => (
              <AnnotationPopover
                ref={popoverRef}
                id={popoverId}
                anchor={anchor}
                labelledBy={popoverHeadingId}
                shouldTakeFocus={open.shouldTakeFocus}
                onPointerEnter={popover.keepOpen}
                onPointerLeave={popover.hoverEnd}
                onRequestClose={(shouldRestoreFocus) => {
                  popover.close()
                  if (shouldRestoreFocus) restoreFocus(anchor)
                }}
              >
                {popoverContent()}
              </AnnotationPopover>
            )}
          </OnDemand>
        </ErrorBoundary>
      )}

      <p className="visually-hidden" aria-live="polite">
        {toggleAnnouncement ? (
          <span key={toggleAnnouncement.count}>
            {t(toggleAnnouncement.isShown ? 'translationShown' : 'translationHidden')}
          </span>
        ) : cursor &&
          t('cursorWord', {
            word: annotated.get(cursor.unitId)?.words.at(cursor.wordIndex)?.text,
            position: cursor.wordIndex + 1,
            count: annotated.get(cursor.unitId)?.words.length,
          })}
      </p>

      <p role="status" className="reader-status">
        {status && (status.isCopied ? t('linkCopied') : t('copyFailed', { url: status.url }))}
      </p>
    </div>
  )
}
