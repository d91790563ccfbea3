import { parseFile } from './assemble-article'
import { ArticleContentError, type ContentProblem } from './content-problem'
import {
  affixesFileSchema,
  glossesFileSchema,
  lexiconFileSchema,
  type AffixMeanings,
  type Glosses,
  type Lexicon,
} from './lexicon-schema'

// Word-level data is needed only when a reader first looks a word up, so it loads on demand.
const lexiconFiles = import.meta.glob<unknown>('./lexicon/*.json', { import: 'default' })
const glossFiles = import.meta.glob<unknown>('./articles/*/glosses/*.json', { import: 'default' })

export interface WordData {
  readonly lexicon: Lexicon
  readonly affixes: AffixMeanings
  /** The article's in-sentence glosses; undefined when it has none in this language. */
  readonly glosses: Glosses | undefined
}

export async function loadWordData(slug: string, language: string): Promise<WordData> {
  const lexiconKey = `./lexicon/${language}.json`
  const affixesKey = `./lexicon/affixes.${language}.json`
  const glossesKey = `./articles/${slug}/glosses/${language}.json`
  const [lexiconData, affixesData, glossesData] = await Promise.all([
    lexiconFiles[lexiconKey]?.(),
    lexiconFiles[affixesKey]?.(),
    glossFiles[glossesKey]?.(),
  ])
  const path = (key: string) => `src/content/${key.slice(2)}`
  const problems: ContentProblem[] = []
  if (!import.meta.env.DEV) {
    // A build checked these very files against their schemas and shipped each as its schema's
    // output (content-check-plugin.ts): parsing them again took 30–35 ms of main thread at CPU 4x,
    // in one task, on every reader's load. A file that is not there is still reported.
    for (const [key, data] of [[lexiconKey, lexiconData], [affixesKey, affixesData]] as const) {
      if (data === undefined) problems.push({ file: path(key), message: 'is missing' })
    }
    if (problems.length > 0) throw new ArticleContentError(slug, problems)
    return { lexicon: lexiconData as Lexicon, affixes: affixesData as AffixMeanings, glosses: glossesData as Glosses | undefined }
  }
  const lexicon = parseFile({ path: path(lexiconKey), data: lexiconData }, lexiconFileSchema, problems)
  const affixes = parseFile({ path: path(affixesKey), data: affixesData }, affixesFileSchema, problems)
  const glosses =
    glossesData === undefined ? undefined : parseFile({ path: path(glossesKey), data: glossesData }, glossesFileSchema, problems)
  if (!lexicon || !affixes || problems.length > 0) throw new ArticleContentError(slug, problems)
  return { lexicon, affixes, glosses }
}
