import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { originalFileSchema } from '../../src/content/article-schema'
import type { Lexicon } from '../../src/content/lexicon-schema'
import { readLexicon, readOpenRootList } from '../../src/cli/read-lexicon-files'
import { createAnalyzer, type WordAnalysis } from '../../src/features/lookup/morphology/analyze-word'
import { createRootSets, type RootSets } from '../../src/features/lookup/morphology/root-list'
import { tokenize } from '../../src/lib/tokenize'

/** What the morphology benchmarks share: the root sets as the app builds them, and the article's words. */

export const repoRoot = join(import.meta.dirname, '..', '..')

const articleSlug = 'mina-lavrov-dunia-islam'

export function readArticleTokens(): string[] {
  const path = join(repoRoot, 'src', 'content', 'articles', articleSlug, 'original.json')
  const original = v.parse(originalFileSchema, JSON.parse(readFileSync(path, 'utf8')))
  return original.paragraphs.flatMap((paragraph) =>
    paragraph.units.flatMap((unit) => tokenize(unit.text).map((token) => token.text)),
  )
}

export interface MorphologySetup {
  readonly lexicon: Lexicon | undefined
  /** Curated roots and the open list, as the app uses them. */
  readonly appRoots: RootSets
  /** The open list alone: what the engine does for words the lexicon has never seen. */
  readonly openListRoots: RootSets
}

export function loadMorphologySetup(): MorphologySetup {
  const lexicon = readLexicon()
  const openList = readOpenRootList()
  return {
    lexicon,
    appRoots: createRootSets(Object.keys(lexicon?.roots ?? {}), openList),
    openListRoots: createRootSets([], openList),
  }
}

export const analyzerFor = (rootSets: RootSets): ((word: string) => WordAnalysis) =>
  createAnalyzer(rootSets.roots, { affixableRoots: rootSets.affixableRoots })
