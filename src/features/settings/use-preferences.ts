import { useCallback, useLayoutEffect, useRef, useState } from 'react'
import { defaultReaderView } from '../../lib/reader-view'
import { defaultUiLanguage, detectUiLanguage } from '../../lib/ui-languages'
import {
  getBrowserStorage,
  loadPreferences,
  savePreferences,
  type Preferences,
  type StorageProblem,
} from './preferences-storage'

interface PreferencesState {
  readonly storage: Storage | undefined
  readonly preferences: Preferences
  /** The problem on show to the reader, if any. */
  readonly storageProblem: StorageProblem | undefined
  /** A problem is told once per visit: a full disk should not nag on every click. */
  readonly hasToldProblem: boolean
}

/** What a prerendered page was built with: defaults, and no browser to read from. */
const prerenderState: PreferencesState = {
  storage: undefined,
  preferences: { ...defaultReaderView, uiLanguage: defaultUiLanguage },
  storageProblem: undefined,
  hasToldProblem: false,
}

function readBrowserState(): PreferencesState {
  const storage = getBrowserStorage()
  const browserLanguages = navigator.languages.length > 0 ? navigator.languages : [navigator.language]
  const { preferences: loaded, problem } = loadPreferences(storage, detectUiLanguage(browserLanguages))
  // The same object when nothing differs from what the page was prerendered with: the render
  // after hydration then finds nothing changed below the app (app.tsx).
  const preferences = arePreferencesEqual(loaded, prerenderState.preferences) ? prerenderState.preferences : loaded
  return { storage, preferences, storageProblem: problem, hasToldProblem: problem !== undefined }
}

function arePreferencesEqual(a: Preferences, b: Preferences): boolean {
  return (Object.keys(a) as (keyof Preferences)[]).every((key) => a[key] === b[key])
}

/**
 * The reader's preferences, read once from the browser and written back on every change. While a
 * prerendered page hydrates they are the defaults it was built with, so React finds the HTML it
 * expects; the reader's own apply on the render right after.
 */
export function usePreferences(isHydrating: boolean) {
  const [loadedState, setState] = useState(() => (isHydrating ? undefined : readBrowserState()))
  if (!loadedState && !isHydrating) setState(readBrowserState())
  const state = loadedState ?? prerenderState

  // The changers read the state through a ref, so each keeps one identity across renders: what
  // they are passed to can skip a render that changed nothing else.
  const latest = useRef(state)
  useLayoutEffect(() => {
    latest.current = state
  }, [state])
  const setLatest = useCallback((next: PreferencesState) => {
    latest.current = next
    setState(next)
  }, [])

  const updatePreferences = useCallback(
    (changes: Partial<Preferences>): void => {
      const current = latest.current
      const preferences = { ...current.preferences, ...changes }
      const problem = savePreferences(current.storage, preferences)
      const shouldTell = problem !== undefined && !current.hasToldProblem
      setLatest({
        ...current,
        preferences,
        storageProblem: shouldTell ? problem : current.storageProblem,
        hasToldProblem: current.hasToldProblem || shouldTell,
      })
    },
    [setLatest],
  )

  const dismissStorageProblem = useCallback(() => setLatest({ ...latest.current, storageProblem: undefined }), [setLatest])

  return {
    preferences: state.preferences,
    storageProblem: state.storageProblem,
    updatePreferences,
    dismissStorageProblem,
  }
}
