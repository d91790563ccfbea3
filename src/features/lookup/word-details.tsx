import { useTranslation } from 'react-i18next'
import { EntryButtons } from '../../components/entry-buttons'
import type { GlossaryEntry } from '../../content/article-schema'
import { describeAffixes, type WordShape } from './describe-affixes'

export interface WordLookup extends WordShape {
  /** The word as the text writes it. */
  readonly asWritten: string
  /** The root is in the curated lexicon or the open root list. */
  readonly isKnown: boolean
  readonly glossHere: string | undefined
  readonly formGloss: string | undefined
  readonly rootGloss: string | undefined
}

interface WordDetailsProps {
  readonly headingId: string
  readonly lookup: WordLookup
  readonly affixMeanings: Readonly<Record<string, string>>
  readonly containingEntries: readonly GlossaryEntry[]
  readonly translationLanguage: string
  readonly onOpenEntry: (entryId: string) => void
}

/** A word's form, root, affixes and meanings: the body of a word look-up. */
export function WordDetails({
  headingId,
  lookup,
  affixMeanings,
  containingEntries,
  translationLanguage,
  onOpenEntry,
}: WordDetailsProps) {
  const { t } = useTranslation('lookup')
  const affixes = describeAffixes(lookup, affixMeanings)
  return (
    <div className="word-details">
      <p className="term-category">{t('heading')}</p>
      <h2 id={headingId} className="term-heading" lang="id">
        {lookup.asWritten}
      </h2>
      <dl className="term-facts">
        {lookup.glossHere && (
          <>
            <dt>{t('inThisSentence')}</dt>
            <dd lang={translationLanguage}>{lookup.glossHere}</dd>
          </>
        )}
        <dt>{t('root')}</dt>
        <dd>
          <span lang="id">{lookup.root}</span>
          {lookup.rootGloss && (
            <>
              {' · '}
              <span lang={translationLanguage}>{lookup.rootGloss}</span>
            </>
          )}
        </dd>
        {lookup.formGloss && lookup.formGloss !== lookup.rootGloss && (
          <>
            <dt>{t('formMeaning')}</dt>
            <dd lang={translationLanguage}>{lookup.formGloss}</dd>
          </>
        )}
        <dt>{t('affixes')}</dt>
        <dd>
          {affixes.length === 0 ? (
            t('noAffixes')
          ) : (
            <ul className="affix-list">
              {affixes.map(({ affix, meaning }) => (
                <li key={affix}>
                  <span lang={affix.includes('reduplication') ? translationLanguage : 'id'} className="affix">
                    {affix}
                  </span>
                  {meaning && (
                    <>
                      {': '}
                      <span lang={translationLanguage}>{meaning}</span>
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
      {!lookup.isKnown && <p className="term-note">{t('unknown')}</p>}
      <EntryButtons heading={t('inGlossary')} entries={containingEntries} onOpenEntry={onOpenEntry} />
    </div>
  )
}
