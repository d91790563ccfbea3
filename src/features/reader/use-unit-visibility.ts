import { useState } from 'react'
import type { ReaderView } from '../../lib/reader-view'

interface Overrides {
  /** The view the overrides were made in; a change of layout or of the global switch drops them. */
  readonly baseKey: string
  readonly toggledIds: ReadonlySet<string>
}

/**
 * Which translations are visible: the global switch (always off in the "original only" layout),
 * with single sentences flipped by the reader on top of it.
 */
export function useUnitVisibility({ layout, areTranslationsShown }: ReaderView) {
  const areShownByDefault = layout !== 'original' && areTranslationsShown
  const baseKey = `${layout}:${String(areTranslationsShown)}`
  const [overrides, setOverrides] = useState<Overrides>({ baseKey, toggledIds: new Set() })
  // Derived rather than reset in an effect: stale overrides are simply ignored.
  const toggledIds = overrides.baseKey === baseKey ? overrides.toggledIds : new Set<string>()

  function isTranslationVisible(unitId: string): boolean {
    return areShownByDefault !== toggledIds.has(unitId)
  }

  function toggleTranslation(unitId: string): void {
    const next = new Set(toggledIds)
    if (!next.delete(unitId)) next.add(unitId)
    setOverrides({ baseKey, toggledIds: next })
  }

  return { areShownByDefault, isTranslationVisible, toggleTranslation }
}
