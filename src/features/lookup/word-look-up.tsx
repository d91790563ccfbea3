import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GlossaryEntry } from '../../content/article-schema'
import { loadWordData, type WordData } from '../../content/load-word-data'
import { normalizeWord, tokenize } from '../../lib/tokenize'
import { lookUpWord } from './look-up-word'
import type { WordAnalysis } from './morphology/analyze-word'
import { WordDetails } from './word-details'

interface WordLookUpProps {
  readonly headingId: string
  readonly articleSlug: string
  readonly unitId: string
  readonly word: string
  readonly translationLanguage: string
  readonly glossaryEntries: readonly GlossaryEntry[]
  readonly onOpenEntry: (entryId: string) => void
}

interface Loaded {
  readonly data: WordData
  readonly analyze: ((word: string) => WordAnalysis) | undefined
}

const wordData = new Map<string, Promise<WordData>>()
let stemmer: Promise<(word: string) => WordAnalysis> | undefined

async function loadStemmer(curatedRoots: readonly string[]) {
  const [{ createAnalyzer }, { createRootSets }, { loadOpenRootList }] = await Promise.all([
    import('./morphology/analyze-word'),
    import('./morphology/root-list'),
    import('./morphology/open-root-list'),
  ])
  const sets = createRootSets(curatedRoots, await loadOpenRootList())
  return createAnalyzer(sets.roots, { affixableRoots: sets.affixableRoots })
}

/**
 * The lexicon, affix meanings and glosses for an article in a language, loaded once. The reader
 * asks for them when the page is idle (reader-annotations.tsx), so that a reader's first look-up
 * need not wait for them; a load that failed is forgotten, for the next look-up to try again.
 */
export function preloadWordData(slug: string, language: string): Promise<WordData> {
  const key = `${slug}:${language}`
  let loading = wordData.get(key)
  if (!loading) {
    loading = loadWordData(slug, language)
    wordData.set(key, loading)
    loading.catch(() => wordData.delete(key))
  }
  return loading
}

async function load(slug: string, language: string, word: string): Promise<Loaded> {
  const data = await preloadWordData(slug, language)
  if (normalizeWord(word) in data.lexicon.forms) return { data, analyze: undefined }
  // Only a word the curated lexicon lacks pays for the stemmer and its 300 KB root list.
  stemmer ??= loadStemmer(Object.keys(data.lexicon.roots))
  return { data, analyze: await stemmer }
}

const entriesByForm = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry[]>>()

/** The glossary entries written with this word form, from an index built once per glossary. */
function entriesContaining(entries: readonly GlossaryEntry[], form: string): GlossaryEntry[] {
  let index = entriesByForm.get(entries)
  if (!index) {
    index = new Map()
    for (const entry of entries) {
      const forms = new Set([entry.term, ...entry.variants].flatMap((written) => tokenize(written).map((token) => normalizeWord(token.text))))
      for (const entryForm of forms) index.set(entryForm, [...(index.get(entryForm) ?? []), entry])
    }
    entriesByForm.set(entries, index)
  }
  return index.get(form) ?? []
}

/** The look-up of one word, loading the lexicon first if it has not been loaded ahead. */
export function WordLookUp({ headingId, articleSlug, unitId, word, translationLanguage, glossaryEntries, onOpenEntry }: WordLookUpProps) {
  const { t } = useTranslation('lookup')
  const [state, setState] = useState<{ key: string; loaded?: Loaded; failed?: boolean }>({ key: '' })
  const key = `${articleSlug}:${translationLanguage}:${word}`

  useEffect(() => {
    let isCurrent = true
    load(articleSlug, translationLanguage, word).then(
      (loaded) => isCurrent && setState({ key, loaded }),
      () => isCurrent && setState({ key, failed: true }),
    )
    return () => {
      isCurrent = false
    }
  }, [articleSlug, translationLanguage, word, key])

  if (state.key !== key || (!state.loaded && !state.failed)) {
    return (
      <p id={headingId} className="term-category">
        {t('loading')}
      </p>
    )
  }
  if (!state.loaded) {
    return (
      <p id={headingId} role="alert">
        {t('failed')}
      </p>
    )
  }
  const form = normalizeWord(word)
  return (
    <WordDetails
      headingId={headingId}
      lookup={lookUpWord(word, unitId, state.loaded.data, state.loaded.analyze)}
      affixMeanings={state.loaded.data.affixes.affixes}
      containingEntries={entriesContaining(glossaryEntries, form)}
      translationLanguage={translationLanguage}
      onOpenEntry={onOpenEntry}
    />
  )
}
