import { expect, test } from 'vitest'
import { internSlice } from './intern-slice'

test('gives the slice, and one string for the same characters wherever they stand', () => {
  const text = 'negara dan negara, Negara; negara-negara'
  expect(internSlice(text, 0, 6)).toBe('negara')
  expect(internSlice(text, 11, 17)).toBe(internSlice(text, 0, 6))
  expect(internSlice(text, 19, 25)).toBe('Negara')
  expect(internSlice(text, 27, 40)).toBe('negara-negara')
  expect(internSlice('café ', 0, 4)).toBe('café')
})

test('stays right after forgetting, and for words too long to share', () => {
  const words = Array.from({ length: 40_000 }, (_, index) => `kata${index.toString(36)}`)
  const text = words.join(' ')
  let start = 0
  for (const word of words) {
    expect(internSlice(text, start, start + word.length)).toBe(word)
    start += word.length + 1
  }
  const long = 'a'.repeat(40)
  expect(internSlice(`${long} ${long}`, 41, 81)).toBe(long)
})
