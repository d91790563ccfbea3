import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleMeta, Glossary, OriginalFile, SourceUnit, Translation } from '../../src/content/article-schema'
import { assembleArticle, type ContentFile } from '../../src/content/assemble-article'
import { buildGlossaryIndex, findGlossaryTerms } from '../../src/lib/find-glossary-terms'
import { tokenize } from '../../src/lib/tokenize'

/**
 * Articles far larger than any real one, for the browser benchmarks: the seed article's sentences
 * repeated, each copy with its own unit ids, with the seed's curated translation, notes,
 * alignments and glossary. They are written into src/content/articles/ (which the app's
 * `import.meta.glob` reads at build time) only for the length of a build, then deleted.
 */

export const seedSlug = 'mina-lavrov-dunia-islam'
/** Every synthetic folder starts with this; .gitignore keeps them out of git should a run die. */
export const syntheticSlugPrefix = 'bench-'

const articlesDir = join(import.meta.dirname, '../../src/content/articles')
const seedDir = join(articlesDir, seedSlug)

export interface SyntheticArticleSpec {
  readonly slug: string
  readonly title: string
  /** Stop at exactly this many sentences, or at the first sentence that reaches this many words. */
  readonly size: { readonly sentences: number } | { readonly words: number }
}

export interface SyntheticArticleSummary {
  readonly slug: string
  readonly sentences: number
  readonly words: number
  readonly glossaryEntries: number
}

function readSeed<T>(relativePath: string): T {
  return JSON.parse(readFileSync(join(seedDir, relativePath), 'utf8')) as T
}

const wordCount = (text: string) => tokenize(text).length

/**
 * The seed's paragraphs of sentences, repeated until the spec's size. Asides (related stories)
 * and credits (bylines) are left out: a book does not repeat them every few paragraphs, and the
 * benchmarks are about sentences.
 */
function repeatedParagraphs(spec: SyntheticArticleSpec, seed: OriginalFile): { paragraphs: OriginalFile['paragraphs']; words: number; sourceIds: Map<string, string> } {
  const seedParagraphs = seed.paragraphs
    .map((paragraph) => paragraph.units.filter((unit) => unit.kind === 'sentence'))
    .filter((units) => units.length > 0)
  const paragraphs: { units: SourceUnit[] }[] = []
  // Synthetic id -> the seed unit it copies, so that its translation can be copied too.
  const sourceIds = new Map<string, string>()
  let sentences = 0
  let words = 0
  const isFull = () => ('sentences' in spec.size ? sentences >= spec.size.sentences : words >= spec.size.words)
  for (let copy = 1; !isFull(); copy++) {
    for (const seedUnits of seedParagraphs) {
      const units: SourceUnit[] = []
      for (const unit of seedUnits) {
        if (isFull()) break
        const id = `c${copy}-${unit.id}`
        units.push({ ...unit, id })
        sourceIds.set(id, unit.id)
        sentences++
        words += wordCount(unit.text)
      }
      if (units.length > 0) paragraphs.push({ units })
    }
  }
  return { paragraphs, words, sourceIds }
}

/** The seed's glossary without the entries that occur only in the units left out. */
function glossaryFor(units: readonly SourceUnit[], seed: Glossary): Glossary {
  const index = buildGlossaryIndex(seed.entries)
  const occurring = new Set<string>()
  for (const unit of units) for (const match of findGlossaryTerms(unit.text, index)) occurring.add(match.entryId)
  const entries = seed.entries
    .filter((entry) => occurring.has(entry.id))
    .map((entry) => ({ ...entry, related: entry.related.filter((id) => occurring.has(id)) }))
  return { ...seed, entries }
}

/**
 * Writes one synthetic article folder and checks it with the app's own validation, so that a
 * schema change shows up here as a clear message rather than as an error page in the browser.
 * Glosses (word look-up data) are not written: nothing benchmarked looks a word up, and the app
 * runs without them.
 */
export function writeSyntheticArticle(spec: SyntheticArticleSpec): SyntheticArticleSummary {
  if (!spec.slug.startsWith(syntheticSlugPrefix)) throw new Error(`synthetic article "${spec.slug}" must start with "${syntheticSlugPrefix}"`)
  const seedMeta = readSeed<ArticleMeta>('meta.json')
  const seedOriginal = readSeed<OriginalFile>('original.json')
  const seedTranslation = readSeed<Translation>('translations/en.json')
  const seedGlossary = readSeed<Glossary>('glossary/en.json')

  const { paragraphs, words, sourceIds } = repeatedParagraphs(spec, seedOriginal)
  const units = paragraphs.flatMap((paragraph) => paragraph.units)
  const meta: ArticleMeta = { ...seedMeta, title: spec.title }
  const original: OriginalFile = { paragraphs }
  const translation: Translation = {
    ...seedTranslation,
    title: spec.title,
    units: Object.fromEntries(
      units.flatMap((unit) => {
        const copied = seedTranslation.units[sourceIds.get(unit.id) ?? '']
        return copied ? [[unit.id, copied]] : []
      }),
    ),
  }
  const glossary = glossaryFor(units, seedGlossary)

  const folder = join(articlesDir, spec.slug)
  const files: Record<string, unknown> = {
    'meta.json': meta,
    'original.json': original,
    'translations/en.json': translation,
    'glossary/en.json': glossary,
  }
  const contentFile = (name: string): ContentFile => ({ path: `src/content/articles/${spec.slug}/${name}`, data: files[name] })
  assembleArticle({
    slug: spec.slug,
    meta: contentFile('meta.json'),
    original: contentFile('original.json'),
    translations: [contentFile('translations/en.json')],
    glossaries: [contentFile('glossary/en.json')],
  })
  for (const [name, data] of Object.entries(files)) {
    mkdirSync(join(folder, name, '..'), { recursive: true })
    writeFileSync(join(folder, name), JSON.stringify(data))
  }
  return { slug: spec.slug, sentences: units.length, words, glossaryEntries: glossary.entries.length }
}

/** Deletes every synthetic article folder, this run's and any left by a run that was killed. */
export function removeSyntheticArticles(): void {
  for (const name of readdirSync(articlesDir)) {
    if (name.startsWith(syntheticSlugPrefix)) rmSync(join(articlesDir, name), { recursive: true, force: true })
  }
}
