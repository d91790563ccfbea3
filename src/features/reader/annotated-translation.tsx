import { memo, type ReactNode } from 'react'
import type { Token } from '../../lib/tokenize'

/**
 * A translation, with `hasWordSpans` its words in spans, so that an aligned phrase can light up
 * and be hovered; without, the plain text.
 */
export const AnnotatedTranslation = memo(function AnnotatedTranslation({
  text,
  words,
  hasWordSpans,
  highlightedWords,
}: {
  text: string
  words: readonly Token[]
  hasWordSpans: boolean
  highlightedWords: ReadonlySet<number> | undefined
}) {
  if (!hasWordSpans) return text
  const nodes: ReactNode[] = []
  let position = 0
  words.forEach((token, index) => {
    nodes.push(
      text.slice(position, token.start),
      <span key={index} className={highlightedWords?.has(index) ? 'tword is-aligned' : 'tword'} data-tword-index={index}>
        {token.text}
      </span>,
    )
    position = token.end
  })
  nodes.push(text.slice(position))
  return <>{nodes}</>
})
