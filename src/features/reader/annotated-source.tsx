import { Fragment, memo, type ReactNode } from 'react'
import type { AnnotatedUnit } from './annotate-unit'

interface AnnotatedSourceProps {
  readonly text: string
  readonly annotation: AnnotatedUnit
  /**
   * Whether words get spans. Only a row a reader has reached needs them: a book of 100,000 words
   * would otherwise carry 100,000 spans that nobody points at.
   */
  readonly hasWordSpans: boolean
  /** Words lit up because their counterpart is hovered or a term they belong to is open. */
  readonly highlightedWords: ReadonlySet<number> | undefined
  /** Words of the glossary entry chosen in the panel. */
  readonly markedWords: ReadonlySet<number> | undefined
  readonly cursorWord: number | undefined
  /** The term whose popover is open, and whether it is pinned there. */
  readonly openTerm: { readonly index: number; readonly isPinned: boolean; readonly popoverId: string } | undefined
}

/**
 * The original text of one unit, every glossary term in a span, and with `hasWordSpans` every
 * word in a span of its own, inside its term's or not. Only spans are added: the text content
 * stays exactly the source's. A term keeps its element when its words gain spans, so a press on
 * it that began before still ends in a click on it.
 */
export const AnnotatedSource = memo(function AnnotatedSource({
  text,
  annotation,
  hasWordSpans,
  highlightedWords,
  markedWords,
  cursorWord,
  openTerm,
}: AnnotatedSourceProps) {
  const { words, terms } = annotation
  let wordIndex = 0

  const word = (index: number) => {
    const classes = ['word']
    if (highlightedWords?.has(index)) classes.push('is-aligned')
    if (markedWords?.has(index)) classes.push('is-marked')
    if (cursorWord === index) classes.push('has-cursor')
    return (
      <span key={`w${index}`} className={classes.join(' ')} data-word-index={index}>
        {words.textOf(index)}
      </span>
    )
  }

  // Text keyed by where it starts. Unkeyed, it would be matched by position, and words gaining
  // spans before a term would make React move the term's element: a move blurs it, and a press
  // on it that began before the move never becomes a click.
  const piece = (from: number, to: number) => <Fragment key={`x${from}`}>{text.slice(from, to)}</Fragment>

  /** Adds the text from `position` to `limit`; with `withSpans`, the words that end by then in spans. */
  const addText = (into: ReactNode[], position: number, limit: number, withSpans: boolean) => {
    for (; wordIndex < words.length && words.end(wordIndex) <= limit; wordIndex++) {
      if (!withSpans) continue
      into.push(piece(position, words.start(wordIndex)), word(wordIndex))
      position = words.end(wordIndex)
    }
    into.push(piece(position, limit))
  }

  const nodes: ReactNode[] = []
  let position = 0
  terms.forEach((term, termIndex) => {
    addText(nodes, position, term.start, hasWordSpans)
    const inner: ReactNode[] = []
    addText(inner, term.start, term.end, hasWordSpans)
    const isOpen = openTerm?.index === termIndex
    nodes.push(
      <span
        key={`t${termIndex}`}
        className={isOpen ? 'term is-open' : 'term'}
        data-term-index={termIndex}
        role="button"
        tabIndex={0}
        aria-expanded={isOpen && openTerm.isPinned}
        aria-controls={isOpen ? openTerm.popoverId : undefined}
        aria-describedby={isOpen && !openTerm.isPinned ? openTerm.popoverId : undefined}
      >
        {inner}
      </span>,
    )
    position = term.end
  })
  addText(nodes, position, text.length, hasWordSpans)
  return <>{nodes}</>
})
