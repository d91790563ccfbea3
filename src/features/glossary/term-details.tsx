import { useTranslation } from 'react-i18next'
import { EntryButtons } from '../../components/entry-buttons'
import type { GlossaryEntry, WordParts } from '../../content/article-schema'

interface TermDetailsProps {
  readonly headingId: string
  readonly entry: GlossaryEntry
  /** The occurrence as the text writes it, which may differ from the entry's canonical form. */
  readonly asWritten: string
  readonly innerEntries: readonly GlossaryEntry[]
  readonly relatedEntries: readonly GlossaryEntry[]
  readonly translationLanguage: string
  readonly onOpenEntry: (entryId: string) => void
}

function formatWordParts(parts: Pick<WordParts, 'root' | 'prefixes' | 'suffixes' | 'reduplicated'>): string {
  const root = parts.reduplicated ? `${parts.root}-${parts.root}` : parts.root
  return [...parts.prefixes, root, ...parts.suffixes].join(' + ')
}

/** What a glossary term means and how it is built: the body of a term's popover. */
export function TermDetails({
  headingId,
  entry,
  asWritten,
  innerEntries,
  relatedEntries,
  translationLanguage,
  onOpenEntry,
}: TermDetailsProps) {
  const { t } = useTranslation('glossary')
  return (
    <div className="term-details">
      <p className="term-category">{t(`category.${entry.category}`)}</p>
      <h2 id={headingId} className="term-heading">
        <span lang="id">{entry.term}</span>
        {asWritten.toLocaleLowerCase('id') !== entry.term.toLocaleLowerCase('id') && (
          <span className="term-as-written">
            {' '}
            (<span lang="id">{asWritten}</span>)
          </span>
        )}
      </h2>
      <dl className="term-facts">
        <dt>{t('english')}</dt>
        <dd lang={translationLanguage}>{entry.english.join('; ')}</dd>
        <dt>{t('literal')}</dt>
        <dd lang={translationLanguage}>{entry.literal}</dd>
      </dl>
      <p className="term-note" lang={translationLanguage}>
        {entry.note}
      </p>
      <h3 id={`${headingId}-breakdown`}>{t('breakdown')}</h3>
      <ul className="term-breakdown" aria-labelledby={`${headingId}-breakdown`}>
        {entry.breakdown.map((word, index) => {
          const parts = formatWordParts(word)
          // "Eurasia = eurasia" would only repeat the word: the parts show when they say more.
          const isBuilt = parts.toLocaleLowerCase('id') !== word.word.toLocaleLowerCase('id')
          return (
            <li key={`${word.word}-${index}`}>
              <span lang="id" className="breakdown-word">
                {word.word}
              </span>{' '}
              {isBuilt && (
                <>
                  = <span lang="id">{parts}</span>{' '}
                </>
              )}
              · <span lang={translationLanguage}>{word.literal}</span>
            </li>
          )
        })}
      </ul>
      <EntryButtons heading={t('inside')} entries={innerEntries} onOpenEntry={onOpenEntry} />
      <EntryButtons heading={t('related')} entries={relatedEntries} onOpenEntry={onOpenEntry} />
    </div>
  )
}
