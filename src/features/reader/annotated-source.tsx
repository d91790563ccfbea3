import type { ReactNode } from 'react'
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

export const emptyWordSet: ReadonlySet<number> = new Set()

/**
 * The original text of one unit, every word in a span of its own and every glossary term around
 * its words. Only spans are added: the text content stays exactly the source's.
 */
export function AnnotatedSource({ text, annotation, highlightedWords, markedWords, cursorWord, openTerm }: AnnotatedSourceProps) {
  const { words, terms } = annotation
  const nodes: ReactNode[] = []
  let position = 0
  let wordIndex = 0

  const word = (index: number) => {
    const token = words[index]
    if (!token) return null
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

  terms.forEach((term, termIndex) => {
    while (wordIndex < words.length && (words[wordIndex]?.start ?? 0) < term.start) {
      const token = words[wordIndex]
      if (token) nodes.push(text.slice(position, token.start), word(wordIndex))
      position = token?.end ?? position
      wordIndex++
    }
    nodes.push(text.slice(position, term.start))
    const inner: ReactNode[] = []
    let innerPosition = term.start
    while (wordIndex < words.length && (words[wordIndex]?.end ?? 0) <= term.end) {
      const token = words[wordIndex]
      if (token) inner.push(text.slice(innerPosition, token.start), word(wordIndex))
      innerPosition = token?.end ?? innerPosition
      wordIndex++
    }
    inner.push(text.slice(innerPosition, term.end))
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
  while (wordIndex < words.length) {
    const token = words[wordIndex]
    if (token) nodes.push(text.slice(position, token.start), word(wordIndex))
    position = token?.end ?? position
    wordIndex++
  }
  nodes.push(text.slice(position))
  return <>{nodes}</>
}
