import { loanPrefixes, type NativePrefix, type Suffix } from './affixes'
import { isDisallowedConfix, prefersPrefixFirst } from './confix-rules'
import { prefixSteps } from './prefix-rules'
import { peelSuffixes, type SuffixLayer } from './suffix-layers'

/** A word taken apart down to a root that the root set holds. */
export interface Stem {
  readonly root: string
  /** Outermost first: memperkuat → ["meN-", "per-"]. */
  readonly prefixes: readonly string[]
  /** Innermost first: kebijakannya → ["-an", "-nya"]. */
  readonly suffixes: readonly Suffix[]
  /** Partial reduplication of the first syllable (rerata, lelembut, pepohonan). */
  readonly reduplicated: boolean
}

// Confix stripping allows at most three prefixes (kesepersepuluh = ke- + se- + per- + sepuluh).
const mostPrefixes = 3

// A root found by stripping keeps at least three letters: the root list has dozens of one- and
// two-letter entries (letter names, interjections) that would otherwise swallow real words.
const shortestRoot = 3

// meN-, di- and the proclitics ku-/kau- only ever stand first: nothing is prefixed to a meN- verb.
const outermostOnly: ReadonlySet<NativePrefix> = new Set<NativePrefix>(['meN-', 'di-', 'ku-', 'kau-'])

// Solid loan prefixes are a guess for unknown words only; pro- is left out because solid
// pro- words (produk, promotor, profesi) are nearly all loans as a whole.
const solidLoanPrefixes = [...loanPrefixes].filter((prefix) => prefix !== 'pro')

type RootTest = (candidate: string) => boolean

interface PrefixNode {
  readonly word: string
  readonly prefixes: readonly NativePrefix[]
}

export interface StemOptions {
  /**
   * Written with a capital, so perhaps a name: no guesses (solid loan prefixes, first-syllable
   * reduplication) and only readings that end on a root known to take affixes.
   */
  readonly isCapitalised: boolean
}

/**
 * Confix-stripping stemmer (Nazief & Adriani; Asian et al. 2005; Arifin et al. 2009) over a
 * root set. Written as a search rather than a single greedy pass: every reading the prefix rules
 * offer is followed, and the order in which readings are tried reproduces ECS's order — the whole
 * word, then suffixes alone, then prefixes after the suffixes, then the suffixes given back one by
 * one (the "loop pengembalian akhiran"), with the dictionary consulted at every step. Returns
 * undefined when no reading reaches a known root.
 */
export function createStemmer(
  roots: ReadonlySet<string>,
  affixableRoots?: ReadonlySet<string>,
): (word: string, options: StemOptions) => Stem | undefined {
  const isAnyRoot: RootTest = (candidate) => candidate.length >= shortestRoot && roots.has(candidate)
  const isAffixableRoot: RootTest = (candidate) =>
    candidate.length >= shortestRoot && roots.has(candidate) && (affixableRoots?.has(candidate) ?? true)

  const stemOf = (root: string, prefixes: readonly string[], layer: SuffixLayer): Stem => ({
    root,
    prefixes,
    suffixes: layer.suffixes,
    reduplicated: false,
  })

  /** Prefixes off a suffix layer, breadth first so that fewer prefixes win (as ECS's per-step look-ups do). */
  function stripPrefixes(layer: SuffixLayer, isRoot: RootTest): Stem | undefined {
    let frontier: PrefixNode[] = [{ word: layer.stem, prefixes: [] }]
    for (let depth = 1; depth <= mostPrefixes && frontier.length > 0; depth++) {
      const next: PrefixNode[] = []
      for (const node of frontier) {
        for (const step of prefixSteps(node.word, depth === 1)) {
          if (node.prefixes.includes(step.prefix)) continue
          if (depth > 1 && outermostOnly.has(step.prefix)) continue
          const prefixes = [...node.prefixes, step.prefix]
          const outermost = prefixes[0] ?? step.prefix
          if (
            isRoot(step.rest) &&
            !(layer.derivational && isDisallowedConfix(outermost, layer.derivational, step.rest))
          ) {
            return stemOf(step.rest, prefixes, layer)
          }
          next.push({ word: step.rest, prefixes })
        }
      }
      frontier = next
    }
    return undefined
  }

  function confixStrip(word: string, isRoot: RootTest): Stem | undefined {
    if (roots.has(word)) return { root: word, prefixes: [], suffixes: [], reduplicated: false }
    const { peeled, kanAsAn } = peelSuffixes(word)
    const searched = new Set<SuffixLayer>()
    const search = (layer: SuffixLayer): Stem | undefined => {
      if (searched.has(layer)) return undefined
      searched.add(layer)
      return stripPrefixes(layer, isRoot)
    }
    const [whole, ...withSuffixesOff] = peeled
    if (!whole) return undefined

    // Precedence adjustment: some words have their prefix taken off before their suffix.
    if (prefersPrefixFirst(whole.stem)) {
      const stem = search(whole)
      if (stem) return stem
    }
    for (const layer of withSuffixesOff) {
      if (isRoot(layer.stem)) return stemOf(layer.stem, [], layer)
    }
    // The same adjustment under a particle or possessive, so that memakainya reads like memakai.
    for (const layer of withSuffixesOff) {
      if (layer.derivational) break
      if (prefersPrefixFirst(layer.stem)) {
        const stem = search(layer)
        if (stem) return stem
      }
    }
    const innermost = peeled[peeled.length - 1] ?? whole
    const afterAllSuffixes = search(innermost)
    if (afterAllSuffixes) return afterAllSuffixes
    // Loop pengembalian akhiran: give the suffixes back one at a time, -kan first as k + -an.
    if (kanAsAn) {
      if (isRoot(kanAsAn.stem)) return stemOf(kanAsAn.stem, [], kanAsAn)
      const stem = search(kanAsAn)
      if (stem) return stem
    }
    for (let index = peeled.length - 2; index >= 0; index--) {
      const layer = peeled[index]
      const stem = layer && search(layer)
      if (stem) return stem
    }
    return undefined
  }

  function withSolidLoanPrefix(word: string, isRoot: RootTest): Stem | undefined {
    for (const prefix of solidLoanPrefixes) {
      // The rest must be a word of its own (four letters at least): nonton is not non- + ton.
      if (word.length - prefix.length < 4 || !word.startsWith(prefix)) continue
      const stem = confixStrip(word.slice(prefix.length), isRoot)
      if (stem) return { ...stem, prefixes: [`${prefix}-`, ...stem.prefixes] }
    }
    return undefined
  }

  /** Dwipurwa: the first consonant repeated with e (rerata ← rata, lelembut ← lembut, pepohonan ← pohon). */
  function withPartialReduplication(word: string, isRoot: RootTest): Stem | undefined {
    const first = word[0]
    if (first === undefined || word[1] !== 'e' || word[2] !== first || 'aiueo'.includes(first)) return undefined
    const stem = confixStrip(word.slice(2), isRoot)
    return stem && { ...stem, reduplicated: true }
  }

  const stemWith = (word: string, isRoot: RootTest, shouldGuess: boolean): Stem | undefined =>
    confixStrip(word, isRoot) ??
    (shouldGuess ? (withSolidLoanPrefix(word, isRoot) ?? withPartialReduplication(word, isRoot)) : undefined)

  // The open root list holds thousands of rare words that its own affix rules never attach an
  // affix to (upas, andung, mandu, rian). A reading that ends on one of them (mengupas as meN- +
  // upas) loses to any reading that ends on a root known to take affixes (kupas); it is used only
  // when there is no other, and never for a capitalised word, which is more likely a name.
  return (word, { isCapitalised }) => {
    const preferred = stemWith(word, isAffixableRoot, !isCapitalised)
    if (preferred || !affixableRoots || isCapitalised) return preferred
    return stemWith(word, isAnyRoot, true)
  }
}
