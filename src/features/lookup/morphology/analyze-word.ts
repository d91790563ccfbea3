import { normalizeWord } from '../../../lib/tokenize'
import { analyseHyphenated, type HyphenContext } from './hyphenated-word'
import { createStemmer } from './stem-word'

/**
 * What the engine says about one word token.
 *
 * Affixes use the notation of the curated lexicon: prefixes "meN-", "peN-", "ber-", "ter-", "di-",
 * "ke-", "se-", "per-" (plus the proclitics "ku-", "kau-" and loan prefixes as written, "ultra-"),
 * outermost first; suffixes "-kan", "-i", "-an", "-nya", "-ku", "-mu", "-lah", "-kah", "-tah",
 * "-pun", innermost first.
 */
export interface WordAnalysis {
  /** The word exactly as given. */
  word: string
  /** Lower case. A compound, number or code is its own root (diesel-elektrik, 1950, su-35). */
  root: string
  prefixes: string[]
  suffixes: string[]
  reduplicated: boolean
  /**
   * The root is in the root set (or the word itself is). For a compound that the set does not
   * hold, true when every part of it is known (diesel-elektrik from diesel and elektrik).
   */
  known: boolean
}

export type WordParse = Omit<WordAnalysis, 'word'>

export interface AnalyzerOptions {
  /**
   * The roots known to take affixes (see root-list.ts). When given, a reading that strips affixes
   * down to a root outside this set is used only if no reading reaches a root inside it. When
   * absent, every root counts.
   */
  readonly affixableRoots?: ReadonlySet<string>
}

// Shapes are told apart once per distinct word (results are cached), never per token.
const lettersWithHyphens = /^\p{L}+(?:-\p{L}+)*$/u
const decade = /^(\p{N}+)-an$/iu
const ordinal = /^ke-(\p{N}+)$/iu

// One analyser serves a whole reading session; past this many distinct words the cache starts over
// rather than grow without bound.
const mostCachedWords = 100_000

const whole = (root: string, known: boolean): WordParse => ({
  root,
  prefixes: [],
  suffixes: [],
  reduplicated: false,
  known,
})

/**
 * An analyser over a set of lower-case roots. Results are cached per analyser, so a text is
 * analysed at the cost of its distinct words.
 *
 * - Numbers and codes (2019, 2,7, 8/3, Su-35, T/RA-1/P2) are left whole; a decade (1950-an) is
 *   the year + "-an", an ordinal written with a hyphen (ke-3) is "ke-" + the number.
 * - A word with a capital (a name, or any word at the start of a sentence) is analysed like any
 *   other when that leads to a known root, and is otherwise returned whole; the guesses for
 *   unknown words (solid loan prefixes, first-syllable reduplication) are not tried on it.
 *   A word in capitals throughout (TASS, MINA) is an acronym and is never taken apart.
 */
export function createAnalyzer(roots: ReadonlySet<string>, options: AnalyzerOptions = {}): (word: string) => WordAnalysis {
  const stem = createStemmer(roots, options.affixableRoots)
  const cache = new Map<string, WordAnalysis>()

  function analysePart(part: string): WordParse {
    const lower = normalizeWord(part)
    const isCapitalised = lower !== part
    if (isCapitalised && part.length > 1 && part === part.toLocaleUpperCase('id')) return whole(lower, roots.has(lower))
    const found = stem(lower, { isCapitalised })
    if (!found) return whole(lower, false)
    return {
      root: found.root,
      prefixes: [...found.prefixes],
      suffixes: [...found.suffixes],
      reduplicated: found.reduplicated,
      known: true,
    }
  }

  function analyseWord(word: string): WordParse {
    const lower = normalizeWord(word)
    if (!lettersWithHyphens.test(word)) {
      const decadeYear = decade.exec(word)?.[1]
      if (decadeYear !== undefined) return { ...whole(decadeYear, roots.has(decadeYear)), suffixes: ['-an'] }
      const ordinalNumber = ordinal.exec(word)?.[1]
      if (ordinalNumber !== undefined) return { ...whole(ordinalNumber, roots.has(ordinalNumber)), prefixes: ['ke-'] }
      return whole(lower, roots.has(lower))
    }
    if (!word.includes('-')) return analysePart(word)
    return analyseHyphenated(word, context)
  }

  const context: HyphenContext = { roots, analysePart, analyseWord }

  return (word) => {
    const cached = cache.get(word)
    if (cached) return cached
    const analysis: WordAnalysis = { word, ...analyseWord(word) }
    // Shared between callers through the cache: freeze so that no caller can change another's result.
    Object.freeze(analysis.prefixes)
    Object.freeze(analysis.suffixes)
    Object.freeze(analysis)
    if (cache.size >= mostCachedWords) cache.clear()
    cache.set(word, analysis)
    return analysis
  }
}
