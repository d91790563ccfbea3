import { memo, type ReactNode } from 'react'
import type { Token } from '../../lib/tokenize'
import type { AnnotatedUnit } from './annotate-unit'

interface AnnotatedSourceProps {
  readonly text: string
  readonly annotation: AnnotatedUnit
  /** Words lit up because their counterpart is hovered or a term they belong to is open. */
  readonly highlightedWords: ReadonlySet<number> | undefined
  /** Words of the glossary entry chosen in the panel. */
  readonly markedWords: ReadonlySet<number> | undefined
  readonly cursorWord: number | undefined
  /** The term whose popover is open, and whether it is pinned there. */
  readonly openTerm: { readonly index: number; readonly isPinned: boolean; readonly popoverId: string } | undefined
}

/**
 * The original text of one unit, every word in a span of its own and every glossary term around
 * its words. Only spans are added: the text content stays exactly the source's.
 */
export const AnnotatedSource = memo(function AnnotatedSource({
  text,
  annotation,
  highlightedWords,
  markedWords,
  cursorWord,
  openTerm,
}: AnnotatedSourceProps) {
  const { words, terms } = annotation
  let wordIndex = 0

  const word = (index: number, token: Token) => {
    const classes = ['word']
    if (highlightedWords?.has(index)) classes.push('is-aligned')
    if (markedWords?.has(index)) classes.push('is-marked')
    if (cursorWord === index) classes.push('has-cursor')
    return (
      <span key={`w${index}`} className={classes.join(' ')} data-word-index={index}>
        {token.text}
      </span>
    )
  }

  /** Adds the words that end by `limit`, and the text before each, from `position` on. */
  const addWords = (into: ReactNode[], position: number, limit: number): number => {
    for (let token = words[wordIndex]; token && token.end <= limit; token = words[++wordIndex]) {
      into.push(text.slice(position, token.start), word(wordIndex, token))
      position = token.end
    }
    return position
  }

  const nodes: ReactNode[] = []
  let position = 0
  terms.forEach((term, termIndex) => {
    position = addWords(nodes, position, term.start)
    nodes.push(text.slice(position, term.start))
    const inner: ReactNode[] = []
    inner.push(text.slice(addWords(inner, term.start, term.end), term.end))
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
  position = addWords(nodes, position, text.length)
  nodes.push(text.slice(position))
  return <>{nodes}</>
})
