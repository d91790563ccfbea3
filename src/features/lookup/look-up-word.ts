import type { WordData } from '../../content/load-word-data'
import { normalizeWord } from '../../lib/tokenize'
import type { WordAnalysis } from './morphology/analyze-word'
import type { WordLookup } from './word-details'

/**
 * A word's look-up: the curated lexicon's analysis where it has the form (it is the truth for the
 * article's words), else the stemmer's, with whatever meanings the lexicon has for its root.
 */
export function lookUpWord(
  word: string,
  unitId: string,
  data: WordData,
  analyze: ((word: string) => WordAnalysis) | undefined,
): WordLookup {
  const form = normalizeWord(word)
  const curated = data.lexicon.forms[form]
  const analysis = curated ?? analyze?.(word)
  const root = analysis?.root ?? form
  const rootEntry = data.lexicon.roots[root]
  return {
    asWritten: word,
    root: rootEntry?.class === 'name' ? nameAsWritten(root, word) : root,
    prefixes: analysis?.prefixes ?? [],
    suffixes: analysis?.suffixes ?? [],
    reduplicated: analysis?.reduplicated ?? false,
    isKnown: curated !== undefined || (analysis !== undefined && 'known' in analysis && analysis.known),
    glossHere: data.glosses?.units[unitId]?.[form],
    formGloss: curated?.gloss,
    rootGloss: rootEntry?.gloss,
  }
}

/**
 * A name's root as the text writes names: the lexicon keys every root in lower case, but "rusia"
 * is not how a reader will ever see Russia written. The word itself where it is the bare root
 * (which keeps "TASS" and "Rusia-Dunia" as written), else each part capitalized.
 */
export function nameAsWritten(root: string, word: string): string {
  if (normalizeWord(word) === root) return word
  return root.replace(/(^|-)(\p{L})/gu, (_, start: string, letter: string) => start + letter.toLocaleUpperCase('id'))
}
