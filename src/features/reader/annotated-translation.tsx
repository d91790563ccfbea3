import { memo, type ReactNode } from 'react'
import type { Words } from '../../lib/tokenize'

/**
 * A translation, given its `words` each in a span, so that an aligned phrase can light up and be
 * hovered; without, the plain text.
 */
export const AnnotatedTranslation = memo(function AnnotatedTranslation({
  text,
  words,
  highlightedWords,
}: {
  text: string
  words: Words | undefined
  highlightedWords: ReadonlySet<number> | undefined
}) {
  if (!words) return text
  const nodes: ReactNode[] = []
  let position = 0
  for (let index = 0; index < words.length; index++) {
    nodes.push(
      text.slice(position, words.start(index)),
      <span key={index} className={highlightedWords?.has(index) ? 'tword is-aligned' : 'tword'} data-tword-index={index}>
        {words.textOf(index)}
      </span>,
    )
    position = words.end(index)
  }
  nodes.push(text.slice(position))
  return <>{nodes}</>
})
