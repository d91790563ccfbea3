import type { GlossaryEntry } from '../content/article-schema'

/** A titled list of glossary entries, each a button that opens it; nothing when the list is empty. */
export function EntryButtons({
  heading,
  entries,
  onOpenEntry,
}: {
  heading: string
  entries: readonly GlossaryEntry[]
  onOpenEntry: (entryId: string) => void
}) {
  if (entries.length === 0) return null
  return (
    <>
      <h3>{heading}</h3>
      <ul className="entry-buttons">
        {entries.map((entry) => (
          <li key={entry.id}>
            <button type="button" lang="id" onClick={() => onOpenEntry(entry.id)}>
              {entry.term}
            </button>
          </li>
        ))}
      </ul>
    </>
  )
}
