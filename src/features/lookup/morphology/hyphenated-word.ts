import { hyphenatedClitics, loanPrefixes } from './affixes'
import type { WordParse } from './analyze-word'
import { peelSuffixes } from './suffix-layers'

/** What the hyphen rules need from the rest of the analyser. */
export interface HyphenContext {
  readonly roots: ReadonlySet<string>
  /** Analyses one hyphen-free part (or a shorter hyphenated word), as written. */
  readonly analysePart: (part: string) => WordParse
  /** Analyses any word, hyphenated or not. */
  readonly analyseWord: (word: string) => WordParse
}

const startsWithCapital = (text: string): boolean => {
  const first = text[0]
  return first !== undefined && first !== first.toLocaleLowerCase('id')
}

function appendUnique<T>(first: readonly T[], second: readonly T[]): T[] {
  return [...first, ...second.filter((item) => !first.includes(item))]
}

/**
 * Two halves with one root are a reduplication, whatever affixes they carry: dicari-cari,
 * berlari-lari, anak-anaknya, tarik-menarik, kebarat-baratan. The second half of a meN- or peN-
 * word is often written with the nasal but without me-/pe- (meniru-nirukan, menyepak-nyepak,
 * memanggil-manggil), so it is read again with that prefix put back.
 */
function asAffixedReduplication(left: string, right: string, context: HyphenContext): WordParse | undefined {
  const leftParse = context.analysePart(left)
  if (!leftParse.known) return undefined
  let rightParse = context.analysePart(right)
  if (!rightParse.known || rightParse.root !== leftParse.root) {
    const lowerLeft = left.toLocaleLowerCase('id')
    const surface = lowerLeft.startsWith('me') ? 'me' : lowerLeft.startsWith('pe') ? 'pe' : undefined
    if (surface === undefined) return undefined
    const restored = context.analysePart(surface + right.toLocaleLowerCase('id'))
    if (!restored.known || restored.root !== leftParse.root) return undefined
    rightParse = { ...restored, prefixes: [] }
  }
  return {
    root: leftParse.root,
    prefixes: appendUnique(leftParse.prefixes, rightParse.prefixes),
    suffixes: appendUnique(leftParse.suffixes, rightParse.suffixes),
    reduplicated: true,
    known: true,
  }
}

/**
 * A word written with hyphens, letters only (numbers and codes never get here):
 * - a clitic after a hyphen is a suffix: kuasa-Mu, malaikat-malaikat-Nya, Allah-lah;
 * - the same word twice is plain reduplication: negara-negara → negara;
 * - the same root twice under affixes is affixed reduplication: dicari-cari → di- + cari;
 * - a loan prefix before a hyphen is a prefix: ultra-liberal → ultra- + liberal; so is se- or ke-
 *   before a name (se-Indonesia);
 * - anything else is a compound, kept whole: diesel-elektrik, sayur-mayur, bolak-balik. Rhyming
 *   and vowel-changing pairs (sayur-mayur, bolak-balik) are compounds, not reduplications: their
 *   halves differ.
 */
export function analyseHyphenated(word: string, context: HyphenContext): WordParse {
  const parts = word.split('-')
  const lowerParts = parts.map((part) => part.toLocaleLowerCase('id'))
  const lower = lowerParts.join('-')

  const clitic = hyphenatedClitics.get(lowerParts[lowerParts.length - 1] ?? '')
  if (clitic && parts.length >= 2) {
    const base = context.analyseWord(parts.slice(0, -1).join('-'))
    return { ...base, suffixes: [...base.suffixes, clitic] }
  }

  const [left, right] = parts
  const [lowerLeft, lowerRight] = lowerParts
  if (parts.length === 2 && left !== undefined && right !== undefined && lowerLeft !== undefined) {
    if (lowerLeft === lowerRight) {
      const half = context.analysePart(left)
      if (half.known) return { ...half, reduplicated: true }
      // A word that only exists doubled (kupu-kupu) is its own root.
      const isListed = context.roots.has(lower)
      return { root: isListed ? lower : half.root, prefixes: [], suffixes: [], reduplicated: true, known: isListed }
    }
    const reduplication = asAffixedReduplication(left, right, context)
    if (reduplication) return reduplication
    const isNativePrefixBeforeName = (lowerLeft === 'se' || lowerLeft === 'ke') && startsWithCapital(right)
    if (loanPrefixes.has(lowerLeft) || isNativePrefixBeforeName) {
      const rest = context.analysePart(right)
      return { ...rest, prefixes: [`${lowerLeft}-`, ...rest.prefixes] }
    }
  }

  // A listed compound, possibly with a particle or possessive after it (bolak-baliknya).
  for (const layer of peelSuffixes(lower).peeled) {
    if (layer.derivational) break
    if (context.roots.has(layer.stem)) {
      return { root: layer.stem, prefixes: [], suffixes: [...layer.suffixes], reduplicated: false, known: true }
    }
  }
  return {
    root: lower,
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: parts.every((part) => context.analysePart(part).known),
  }
}
