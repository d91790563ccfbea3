import { expect, test } from 'vitest'
import { detectUiLanguage } from './ui-languages'

test('the first preferred language the UI speaks wins', () => {
  expect(detectUiLanguage(['id-ID', 'en-US'])).toBe('id')
  expect(detectUiLanguage(['fr-FR', 'en-GB', 'id'])).toBe('en')
  expect(detectUiLanguage(['de', 'ID'])).toBe('id')
})

test('the legacy code "in" is Indonesian', () => {
  expect(detectUiLanguage(['in-ID'])).toBe('id')
})

test('English when nothing matches', () => {
  expect(detectUiLanguage(['ja', 'ko'])).toBe('en')
  expect(detectUiLanguage([])).toBe('en')
})
