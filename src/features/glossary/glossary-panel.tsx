import { useDeferredValue, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { GlossaryEntry } from '../../content/article-schema'
import { foldForSearch } from '../../lib/fold-for-search'

interface GlossaryPanelProps {
  readonly entries: readonly GlossaryEntry[]
  readonly occurrenceCounts: ReadonlyMap<string, number>
  readonly translationLanguage: string
  readonly onShowEntry: (entryId: string) => void
}

// Made at the first sort, not when the module loads ahead of use: a collator's first construction
// loads ICU data, about 100 ms of main thread at 4x CPU.
let collator: Intl.Collator | undefined

function byTerm(a: GlossaryEntry, b: GlossaryEntry): number {
  collator ??= new Intl.Collator('id', { sensitivity: 'base' })
  return collator.compare(a.term, b.term)
}

function searchableText(entry: GlossaryEntry): string {
  return foldForSearch([entry.term, ...entry.variants, ...entry.english].join('\n'))
}

/** Every entry of the article's glossary, alphabetical and searchable in either language. */
export function GlossaryPanel({ entries, occurrenceCounts, translationLanguage, onShowEntry }: GlossaryPanelProps) {
  const { t } = useTranslation('glossary')
  const [query, setQuery] = useState('')
  const deferredQuery = useDeferredValue(query)
  const headingId = useId()
  const hintId = useId()

  const sorted = useMemo(() => [...entries].sort(byTerm), [entries])
  const folded = foldForSearch(deferredQuery.trim())
  const shown = folded === '' ? sorted : sorted.filter((entry) => searchableText(entry).includes(folded))

  return (
    <section className="glossary-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('panelHeading')}</h2>
      <label className="glossary-search">
        <span>{t('search')}</span>
        <input type="search" value={query} onChange={(event) => setQuery(event.target.value)} aria-describedby={hintId} />
      </label>
      <p id={hintId} className="glossary-hint">
        {t('searchHint')}
      </p>
      <p className="glossary-count" role="status">
        {shown.length === 0 ? t('noResults', { query: deferredQuery }) : t('results', { count: shown.length })}
      </p>
      <ul className="glossary-list">
        {shown.map((entry) => (
          <li key={entry.id}>
            <button
              type="button"
              className="glossary-entry"
              onClick={() => onShowEntry(entry.id)}
            >
              <span lang="id" className="glossary-term">
                {entry.term}
              </span>
              <span lang={translationLanguage} className="glossary-english">
                {entry.english.join('; ')}
              </span>
              <span className="glossary-occurrences">{t('occurrences', { count: occurrenceCounts.get(entry.id) ?? 0 })}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  )
}
