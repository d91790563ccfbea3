import type { TextRange } from '../../lib/locate-substring'
import type { Words } from '../../lib/tokenize'
import type { AnnotatedUnit } from './annotate-unit'
import type { AnnotationTarget } from './use-annotation-popover'

/** Finding, in the DOM and in the annotations, what a reader's event or an open popover refers to. */

export function closestData(element: EventTarget | null, attribute: string): HTMLElement | null {
  return element instanceof Element ? element.closest<HTMLElement>(`[${attribute}]`) : null
}

/** The unit id of the original-text element an event happened in, or undefined. */
export function sourceUnitOf(element: Element | null): string | undefined {
  const source = element?.closest<HTMLElement>('[data-unit][lang="id"]')
  return source?.dataset['unit']
}

export function numberData(element: HTMLElement | null, key: string): number | undefined {
  const value = element?.dataset[key]
  return value === undefined ? undefined : Number(value)
}

/**
 * The word of `source` drawn at a viewport point, for a press that lands on text whose words have
 * no spans yet (a finger's first tap on a row). Undefined where the browser cannot tell.
 */
export function wordIndexAtPoint(source: HTMLElement, words: Words, x: number, y: number): number | undefined {
  // Not every browser (nor jsdom) has it, whatever the DOM typings say.
  const caret = typeof document.caretPositionFromPoint === 'function' ? document.caretPositionFromPoint(x, y) : null
  if (!caret || !source.contains(caret.offsetNode)) return undefined
  const before = document.createRange()
  before.setStart(source, 0)
  before.setEnd(caret.offsetNode, caret.offset)
  const offset = before.toString().length
  // A caret after a word's last letter is a press on that letter's right half.
  const inside = words.indexAt(offset)
  const index = inside !== -1 ? inside : words.indexAt(offset - 1)
  return index === -1 ? undefined : index
}

/** A word is not a tab stop: focus returns to its sentence, which holds the word cursor. */
export function focusableOf(anchor: HTMLElement): HTMLElement {
  if (!anchor.hasAttribute('data-word-index')) return anchor
  return anchor.closest<HTMLElement>('[data-unit][lang="id"]') ?? anchor
}

export function findAnchor(root: HTMLElement | null, target: AnnotationTarget): HTMLElement | null {
  const source = root?.querySelector<HTMLElement>(`[data-unit="${target.unitId}"][lang="id"]`)
  if (!source) return null
  const termIndex = target.kind === 'word' ? undefined : target.termIndex
  const wordIndex = target.kind === 'term' ? undefined : target.wordIndex
  if (termIndex !== undefined) return source.querySelector<HTMLElement>(`[data-term-index="${termIndex}"]`)
  if (wordIndex !== undefined) return source.querySelector<HTMLElement>(`[data-word-index="${wordIndex}"]`)
  return source
}

export function openRange(annotation: AnnotatedUnit, target: AnnotationTarget): TextRange | undefined {
  if (target.kind === 'word') return annotation.words.at(target.wordIndex)
  const term = target.termIndex === undefined ? undefined : annotation.terms[target.termIndex]
  if (target.kind === 'term') return term
  return term && [term, ...term.inner].find((match) => match.entryId === target.entryId)
}

export function rangesOfEntry(annotated: ReadonlyMap<string, AnnotatedUnit>, entryId: string): Map<string, TextRange[]> {
  const ranges = new Map<string, TextRange[]>()
  for (const [unitId, annotation] of annotated) {
    const found = annotation.terms.flatMap((term) => [term, ...term.inner]).filter((match) => match.entryId === entryId)
    if (found.length > 0) ranges.set(unitId, found)
  }
  return ranges
}

export function firstOccurrence(annotated: ReadonlyMap<string, AnnotatedUnit>, entryId: string) {
  for (const [unitId, annotation] of annotated) {
    const termIndex = annotation.terms.findIndex(
      (term) => term.entryId === entryId || term.inner.some((match) => match.entryId === entryId),
    )
    if (termIndex !== -1) return { unitId, termIndex }
  }
  return undefined
}
