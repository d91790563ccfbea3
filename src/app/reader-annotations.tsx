import { useMemo } from 'react'
import type { Article } from '../content/assemble-article'
import type { GlossaryEntry } from '../content/article-schema'
import { GlossaryPanel } from '../features/glossary/glossary-panel'
import { TermDetails } from '../features/glossary/term-details'
import { WordLookUp } from '../features/lookup/word-look-up'
import type { ReaderAnnotations } from '../features/reader/reader'
import { buildGlossaryIndex, findGlossaryTerms } from '../lib/find-glossary-terms'

/** Wires the glossary and the word look-up into the reader, which knows neither feature. */
export function useReaderAnnotations(article: Article, language: string): ReaderAnnotations | undefined {
  return useMemo(() => {
    const glossary = article.glossaries.find((candidate) => candidate.language === language)
    if (!glossary) return undefined
    const entries = new Map(glossary.entries.map((entry) => [entry.id, entry]))
    const pick = (ids: readonly string[]) => ids.flatMap((id) => entries.get(id) ?? [])
    // Counted when the panel first opens: most readings never open it.
    let counts: Map<string, number> | undefined

    return {
      renderTerm: ({ headingId, entryId, asWritten, innerEntryIds, translationLanguage, onOpenEntry }) => {
        const entry = entries.get(entryId)
        if (!entry) return null
        return (
          <TermDetails
            headingId={headingId}
            entry={entry}
            asWritten={asWritten || entry.term}
            innerEntries={pick(innerEntryIds)}
            relatedEntries={pick(entry.related.filter((id) => !innerEntryIds.includes(id)))}
            translationLanguage={translationLanguage}
            onOpenEntry={onOpenEntry}
          />
        )
      },
      renderWord: (args) => <WordLookUp {...args} glossaryEntries={glossary.entries} />,
      renderGlossaryPanel: ({ onShowEntry }) => (
        <GlossaryPanel
          entries={glossary.entries}
          occurrenceCounts={(counts ??= countOccurrences(article, glossary.entries))}
          translationLanguage={language}
          onShowEntry={onShowEntry}
        />
      ),
    }
  }, [article, language])
}

function countOccurrences(article: Article, entries: readonly GlossaryEntry[]): Map<string, number> {
  const index = buildGlossaryIndex(entries)
  const counts = new Map<string, number>()
  for (const paragraph of article.paragraphs) {
    for (const unit of paragraph.units) {
      for (const match of findGlossaryTerms(unit.text, index)) counts.set(match.entryId, (counts.get(match.entryId) ?? 0) + 1)
    }
  }
  return counts
}
