import * as v from 'valibot'
import { defaultReaderView, layouts, translationStyles, type ReaderView } from '../../lib/reader-view'
import { uiLanguages, type UiLanguage } from '../../lib/ui-languages'

export interface Preferences extends ReaderView {
  readonly uiLanguage: UiLanguage
}

/** Why saved preferences were not used; each is told to the reader once. */
export type StorageProblem = 'corrupt' | 'unknown-version' | 'unavailable'

export const preferencesStorageKey = 'selaras.preferences'

// Bump when the saved shape changes; data saved under another version is discarded, never guessed at.
const currentVersion = 1

const savedPreferencesSchema = v.strictObject({
  version: v.literal(currentVersion),
  layout: v.picklist(layouts),
  areTranslationsShown: v.boolean(),
  translationStyle: v.picklist(translationStyles),
  uiLanguage: v.picklist(uiLanguages),
})

export interface LoadedPreferences {
  readonly preferences: Preferences
  readonly problem?: StorageProblem
}

/** localStorage itself can throw (storage disabled, sandboxed frames), so reaching it is guarded. */
export function getBrowserStorage(): Storage | undefined {
  try {
    return window.localStorage
  } catch {
    return undefined
  }
}

export function loadPreferences(storage: Storage | undefined, defaultLanguage: UiLanguage): LoadedPreferences {
  const defaults: Preferences = { ...defaultReaderView, uiLanguage: defaultLanguage }
  if (!storage) return { preferences: defaults, problem: 'unavailable' }
  let saved: string | null
  try {
    saved = storage.getItem(preferencesStorageKey)
  } catch {
    return { preferences: defaults, problem: 'unavailable' }
  }
  if (saved === null) return { preferences: defaults }

  const problem = problemWith(saved)
  if (problem) {
    discard(storage)
    return { preferences: defaults, problem }
  }
  const { version: _version, ...preferences } = v.parse(savedPreferencesSchema, JSON.parse(saved))
  return { preferences }
}

function problemWith(saved: string): StorageProblem | undefined {
  let data: unknown
  try {
    data = JSON.parse(saved)
  } catch {
    return 'corrupt'
  }
  if (typeof data === 'object' && data !== null && 'version' in data && data.version !== currentVersion) {
    return 'unknown-version'
  }
  return v.is(savedPreferencesSchema, data) ? undefined : 'corrupt'
}

function discard(storage: Storage): void {
  try {
    storage.removeItem(preferencesStorageKey)
  } catch {
    // Nothing more to do: the defaults are in use either way.
  }
}

/** Returns the problem when the preferences could not be saved (storage full or refused). */
export function savePreferences(storage: Storage | undefined, preferences: Preferences): StorageProblem | undefined {
  if (!storage) return 'unavailable'
  try {
    storage.setItem(preferencesStorageKey, JSON.stringify({ version: currentVersion, ...preferences }))
    return undefined
  } catch {
    return 'unavailable'
  }
}
