/**
 * The affixes the engine recognises, in the notation its output uses (the same notation as the
 * curated lexicon, src/content/lexicon/en.json, and its affix meanings, affixes.en.json).
 *
 * Native prefixes are named by their underlying form, not by the allomorph in the word:
 * mem-/men-/meng-/meny-/menge-/me- are all "meN-", be-/bel- are "ber-", te- is "ter-".
 * "ku-" and "kau-" are the proclitic pronouns (kupukul 'I hit', kauhajar 'you attack').
 */
export type NativePrefix = 'meN-' | 'peN-' | 'ber-' | 'ter-' | 'di-' | 'ke-' | 'se-' | 'per-' | 'ku-' | 'kau-'

export type DerivationalSuffix = '-kan' | '-i' | '-an'
export type PossessiveSuffix = '-ku' | '-mu' | '-nya'
export type ParticleSuffix = '-lah' | '-kah' | '-tah' | '-pun'
export type Suffix = DerivationalSuffix | PossessiveSuffix | ParticleSuffix

/** Each suffix as it is spelled at the end of a word, outermost layer first. */
export const particleEndings: readonly (readonly [ending: string, suffix: ParticleSuffix])[] = [
  ['lah', '-lah'],
  ['kah', '-kah'],
  ['tah', '-tah'],
  ['pun', '-pun'],
]

export const possessiveEndings: readonly (readonly [ending: string, suffix: PossessiveSuffix])[] = [
  ['nya', '-nya'],
  ['ku', '-ku'],
  ['mu', '-mu'],
]

// -kan before -an: a word ending in -kan is first tried as -kan (menekankan), and the stemmer's
// backtracking later gives the k back to the root and tries -an (kebijakan = ke- + bijak + -an).
export const derivationalEndings: readonly (readonly [ending: string, suffix: DerivationalSuffix])[] = [
  ['kan', '-kan'],
  ['an', '-an'],
  ['i', '-i'],
]

/** Clitics that may also stand after a hyphen: kuasa-Mu, malaikat-malaikat-Nya, Allah-lah. */
export const hyphenatedClitics: ReadonlyMap<string, PossessiveSuffix | ParticleSuffix> = new Map<
  string,
  PossessiveSuffix | ParticleSuffix
>([
  ...possessiveEndings,
  ...particleEndings,
])

/**
 * Prefixes borrowed from Latin, Greek, Sanskrit or Dutch that keep their own meaning before a
 * root (ultra-liberal, pascaperang, antarnegara, swadaya, nirlaba). Written with a hyphen they are
 * always split off; written solid they are split off only when the rest is a known root and the
 * whole word is not (so internasional and promosi, which the root list holds, stay whole).
 */
export const loanPrefixes: ReadonlySet<string> = new Set([
  'ultra',
  'pro',
  'anti',
  'pasca',
  'pra',
  'non',
  'neo',
  'multi',
  'inter',
  'antar',
  'swa',
  'sub',
  'super',
  'eks',
  'semi',
  'kontra',
  'mega',
  'mikro',
  'makro',
  'trans',
  'tuna',
  'serba',
  'nir',
  'maha',
  'pseudo',
])
