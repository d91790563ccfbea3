import { describe, expect, test } from 'vitest'
import { loadPreferences, preferencesStorageKey, savePreferences, type Preferences } from './preferences-storage'

const chosen: Preferences = {
  layout: 'interlinear',
  areTranslationsShown: false,
  translationStyle: 'literal',
  uiLanguage: 'id',
}

test('saved preferences come back as they were saved', () => {
  expect(savePreferences(localStorage, chosen)).toBeUndefined()
  expect(loadPreferences(localStorage, 'en')).toEqual({ preferences: chosen })
})

test('a first visit gets the defaults in the detected language, with nothing to report', () => {
  expect(loadPreferences(localStorage, 'id')).toEqual({
    preferences: { layout: 'side-by-side', areTranslationsShown: true, translationStyle: 'natural', uiLanguage: 'id' },
  })
})

describe('saved data that cannot be trusted is discarded and reported', () => {
  test.each([
    ['not JSON', '{"layout": "interl'],
    ['a value out of range', JSON.stringify({ version: 1, ...chosen, layout: 'upside-down' })],
    ['a missing field', JSON.stringify({ version: 1, layout: 'interlinear' })],
    ['not an object', '"side-by-side"'],
    ['null', 'null'],
  ])('%s is corrupt', (_name, saved) => {
    localStorage.setItem(preferencesStorageKey, saved)
    const loaded = loadPreferences(localStorage, 'en')
    expect(loaded.problem).toBe('corrupt')
    expect(loaded.preferences.layout).toBe('side-by-side')
    expect(localStorage.getItem(preferencesStorageKey)).toBeNull()
  })

  test('data from another version', () => {
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ version: 2, ...chosen }))
    const loaded = loadPreferences(localStorage, 'en')
    expect(loaded.problem).toBe('unknown-version')
    expect(loaded.preferences.uiLanguage).toBe('en')
    expect(localStorage.getItem(preferencesStorageKey)).toBeNull()
  })
})

describe('storage that refuses', () => {
  const refusing: Storage = {
    length: 0,
    clear() {},
    key: () => null,
    getItem() {
      throw new DOMException('The operation is insecure.', 'SecurityError')
    },
    setItem() {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    },
    removeItem() {},
  }

  test('reading from it falls back to the defaults and says why', () => {
    expect(loadPreferences(refusing, 'en')).toEqual({
      preferences: expect.objectContaining({ layout: 'side-by-side' }),
      problem: 'unavailable',
    })
  })

  test('writing to it (quota, private mode) is reported, not thrown', () => {
    expect(savePreferences(refusing, chosen)).toBe('unavailable')
    expect(savePreferences(undefined, chosen)).toBe('unavailable')
  })
})
