import type { Alignment, Glossary, SourceUnit, UnitTranslation } from '../../content/article-schema'
import { buildGlossaryIndex, markGlossaryTerms, type MarkedTerm } from '../../lib/find-glossary-terms'
import { locateSubstring, type TextRange } from '../../lib/locate-substring'
import { findWords, type Words } from '../../lib/tokenize'
import type { TranslationStyle } from '../../lib/reader-view'

/** A curated phrase alignment resolved to character ranges on each side. */
export interface ResolvedAlignment {
  readonly source: TextRange
  readonly natural: TextRange
  readonly literal: TextRange
}

/** Everything the reader needs to mark up one unit; computed once per article, not per render. */
export interface AnnotatedUnit {
  readonly words: Words
  readonly terms: readonly MarkedTerm[]
  readonly alignments: readonly ResolvedAlignment[]
  readonly translationWords: Readonly<Record<TranslationStyle, Words>>
}

function resolve(unit: SourceUnit, translation: UnitTranslation, alignment: Alignment): ResolvedAlignment | undefined {
  const source = locateSubstring(unit.text, alignment.source, alignment.sourceOccurrence)
  const natural = locateSubstring(translation.natural, alignment.natural, alignment.naturalOccurrence)
  const literal = locateSubstring(translation.literal, alignment.literal, alignment.literalOccurrence)
  // The content checks reject unresolvable alignments; skipping here keeps a bad file from breaking a page.
  return source && natural && literal ? { source, natural, literal } : undefined
}

export function annotateUnits(
  units: readonly SourceUnit[],
  translationUnits: Readonly<Record<string, UnitTranslation>> | undefined,
  glossary: Glossary | undefined,
): ReadonlyMap<string, AnnotatedUnit> {
  const index = glossary ? buildGlossaryIndex(glossary.entries) : undefined
  const annotated = new Map<string, AnnotatedUnit>()
  for (const unit of units) {
    const words = findWords(unit.text)
    const translation = translationUnits?.[unit.id]
    // Only a row a reader has reached needs these (its translation's word spans, a counterpart's
    // highlight): made on first use, they cost a long article's load nothing.
    let alignments: readonly ResolvedAlignment[] | undefined
    let naturalWords: Words | undefined
    let literalWords: Words | undefined
    annotated.set(unit.id, {
      words,
      terms: index ? markGlossaryTerms(unit.text, index, words) : [],
      get alignments() {
        return (alignments ??= translation
          ? translation.alignments.flatMap((alignment) => resolve(unit, translation, alignment) ?? [])
          : [])
      },
      translationWords: {
        get natural() {
          return (naturalWords ??= findWords(translation?.natural ?? ''))
        },
        get literal() {
          return (literalWords ??= findWords(translation?.literal ?? ''))
        },
      },
    })
  }
  return annotated
}

/** Indexes of the words that lie inside a range. */
export function wordsIn(words: Words, range: TextRange): Set<number> {
  const inside = new Set<number>()
  for (let index = 0; index < words.length; index++) {
    if (words.start(index) >= range.start && words.end(index) <= range.end) inside.add(index)
  }
  return inside
}

/** The alignment for exactly this stretch of the original, else the smallest one that covers it. */
export function alignmentFor(alignments: readonly ResolvedAlignment[], range: TextRange): ResolvedAlignment | undefined {
  let best: ResolvedAlignment | undefined
  for (const alignment of alignments) {
    const { start, end } = alignment.source
    if (start === range.start && end === range.end) return alignment
    const covers = start <= range.start && end >= range.end
    if (covers && (!best || end - start < best.source.end - best.source.start)) best = alignment
  }
  return best
}

/** The smallest alignment whose translation side (in the given style) holds this range. */
export function alignmentForTranslation(
  alignments: readonly ResolvedAlignment[],
  style: TranslationStyle,
  range: TextRange,
): ResolvedAlignment | undefined {
  let best: ResolvedAlignment | undefined
  for (const alignment of alignments) {
    const side = alignment[style]
    const covers = side.start <= range.start && side.end >= range.end
    if (covers && (!best || side.end - side.start < best[style].end - best[style].start)) best = alignment
  }
  return best
}
