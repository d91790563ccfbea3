import { useCallback, useState } from 'react'
import type { ReaderView } from '../../lib/reader-view'

/** Whether one unit's translation shows: the global switch, unless the reader flipped that unit. */
export function isVisibleTranslation(areShownByDefault: boolean, isFlipped: boolean): boolean {
  return areShownByDefault !== isFlipped
}

/**
 * Which translations are visible: the global switch (always off in the "original only" layout),
 * with single sentences flipped by the reader on top of it.
 */
export function useUnitVisibility({ layout, areTranslationsShown }: ReaderView) {
  const areShownByDefault = layout !== 'original' && areTranslationsShown
  const [toggledIds, setToggledIds] = useState<ReadonlySet<string>>(new Set())

  /** Whether a unit has been shown or hidden on its own, against the global switch. */
  function isFlipped(unitId: string): boolean {
    return toggledIds.has(unitId)
  }

  function isTranslationVisible(unitId: string): boolean {
    return isVisibleTranslation(areShownByDefault, isFlipped(unitId))
  }

  // Stable, so that the memoised rows do not all re-render whenever anything else changes.
  const toggleTranslation = useCallback((unitId: string): void => {
    setToggledIds((current) => {
      const next = new Set(current)
      if (!next.delete(unitId)) next.add(unitId)
      return next
    })
  }, [])

  /** A new layout or a use of the global switch is a fresh start for every sentence. */
  function resetIfBaseChanges(next: ReaderView): void {
    if (next.layout !== layout || next.areTranslationsShown !== areTranslationsShown) setToggledIds(new Set())
  }

  return { areShownByDefault, isFlipped, isTranslationVisible, toggleTranslation, resetIfBaseChanges }
}
