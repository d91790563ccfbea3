/**
 * The root sets the analyser works over: the curated lexicon's roots (src/content/lexicon/en.json)
 * plus an open root list (src/content/lexicon/hunspell-id/, LGPL-3, kept as separate files that
 * can be swapped for any other list of one root a line).
 */

// Lists are normally lower-case already; folding only the lines that need it keeps parsing 30,000
// lines cheap in the browser.
const needsFolding = /[^a-z-]/

/** One root a line; blank lines and lines starting with # are skipped, case is folded. */
export function parseRootList(text: string): string[] {
  const roots: string[] = []
  for (const line of text.split('\n')) {
    const root = line.trim()
    if (root === '' || root.startsWith('#')) continue
    roots.push(needsFolding.test(root) ? root.toLocaleLowerCase('id') : root)
  }
  return roots
}

/** The open list: every root, and those of them that its spell-checker rules give affixes to. */
export interface OpenRootList {
  readonly roots: readonly string[]
  readonly affixable: readonly string[]
}

export interface RootSets {
  readonly roots: ReadonlySet<string>
  /** Undefined without an open list: then every root counts as taking affixes. */
  readonly affixableRoots: ReadonlySet<string> | undefined
}

/**
 * Entries of the open list that are derived forms, not roots. A spell checker lists them as stems
 * because its affix rules cannot build them otherwise: the irregular bel- of belajar and pel- of
 * pelajar (which confix stripping has rules 4 and 32 for), and bases that are never words on their
 * own but carry a confix (ketahu- of mengetahui and ketahuan, perhati- of perhatian and
 * memperhatikan, permalu- of mempermalukan, ketidur- of ketiduran). The dictionary-first stemmer
 * would stop at them; the Kamus Besar Bahasa Indonesia files each under its root (ajar, tahu, hati,
 * malu, tidur). Curated roots are never filtered: the lexicon's word is final.
 */
export const derivedWordsInOpenList: ReadonlySet<string> = new Set([
  'belajar',
  'pelajar',
  'ketahu',
  'perhati',
  'permalu',
  'ketidur',
])

/** Curated roots count as taking affixes: the lexicon holds them because the texts use them. */
export function createRootSets(curatedRoots: Iterable<string>, openList?: OpenRootList): RootSets {
  const curated = [...curatedRoots].map((root) => root.toLocaleLowerCase('id'))
  if (!openList) return { roots: new Set(curated), affixableRoots: undefined }
  const roots = new Set<string>()
  for (const root of openList.roots) {
    if (!derivedWordsInOpenList.has(root)) roots.add(root)
  }
  const affixableRoots = new Set(openList.affixable)
  for (const root of curated) {
    roots.add(root)
    affixableRoots.add(root)
  }
  return { roots, affixableRoots }
}
