import { useMemo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { ErrorBoundary } from '../components/error-boundary'
import { OnDemand, onDemand } from '../components/on-demand'
import type { Article } from '../content/assemble-article'
import type { GlossaryEntry } from '../content/article-schema'
import type { ReaderAnnotations } from '../features/reader/reader'
import { buildGlossaryIndex, findGlossaryTerms } from '../lib/find-glossary-terms'

const annotationViews = onDemand(() => import('./annotation-views'))

type AnnotationViews = Awaited<ReturnType<typeof annotationViews.preload>>

interface AnnotationViewProps {
  /** What the reader sees if the view's code will not load or the view throws. */
  readonly failedMessage: string
  /** In a popover, the message is also what names the dialog. */
  readonly headingId?: string
  readonly children: (views: AnnotationViews) => ReactNode
}

/**
 * One of the glossary's or the look-up's views, loaded on demand. A feature that fails says so in
 * its own place, and the reader goes on.
 */
function AnnotationView({ failedMessage, headingId, children }: AnnotationViewProps) {
  return (
    <ErrorBoundary
      fallback={() => (
        <p id={headingId} role="alert" className="feature-error">
          {failedMessage}
        </p>
      )}
    >
      <OnDemand module={annotationViews}>{children}</OnDemand>
    </ErrorBoundary>
  )
}

/** Wires the glossary and the word look-up into the reader, which knows neither feature. */
export function useReaderAnnotations(article: Article, language: string): ReaderAnnotations | undefined {
  const glossaryFailed = useTranslation('glossary').t('failed')
  const lookUpFailed = useTranslation('lookup').t('failed')

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
          <AnnotationView failedMessage={glossaryFailed} headingId={headingId}>
            {({ TermDetails }) => (
              <TermDetails
                headingId={headingId}
                entry={entry}
                asWritten={asWritten || entry.term}
                innerEntries={pick(innerEntryIds)}
                relatedEntries={pick(entry.related.filter((id) => !innerEntryIds.includes(id)))}
                translationLanguage={translationLanguage}
                onOpenEntry={onOpenEntry}
              />
            )}
          </AnnotationView>
        )
      },
      renderWord: (args) => (
        <AnnotationView failedMessage={lookUpFailed} headingId={args.headingId}>
          {({ WordLookUp }) => <WordLookUp {...args} glossaryEntries={glossary.entries} />}
        </AnnotationView>
      ),
      renderGlossaryPanel: ({ onShowEntry }) => (
        <AnnotationView failedMessage={glossaryFailed}>
          {({ GlossaryPanel }) => (
            <GlossaryPanel
              entries={glossary.entries}
              occurrenceCounts={(counts ??= countOccurrences(article, glossary.entries))}
              translationLanguage={language}
              onShowEntry={onShowEntry}
            />
          )}
        </AnnotationView>
      ),
      // The word data too: a first look-up that loads it waits 250–530 ms at CPU 4x (`npm run bench -- "word look-up"`).
      preload: () => annotationViews.preload().then(({ preloadWordData }) => preloadWordData(article.slug, language)),
    }
  }, [article, language, glossaryFailed, lookUpFailed])
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
