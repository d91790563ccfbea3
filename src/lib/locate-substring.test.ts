import { expect, test } from 'vitest'
import { locateSubstring } from './locate-substring'

test('finds the nth occurrence, counting from 1', () => {
  const text = 'salah satu negara dengan salah satu'
  expect(locateSubstring(text, 'salah satu')).toEqual({ start: 0, end: 10 })
  expect(locateSubstring(text, 'salah satu', 2)).toEqual({ start: 25, end: 35 })
  expect(locateSubstring(text, 'salah satu', 3)).toBeUndefined()
  expect(locateSubstring(text, 'Salah')).toBeUndefined()
})
