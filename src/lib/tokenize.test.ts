import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { findWords, tokenize } from './tokenize'

const words = (text: string) => tokenize(text).map((token) => token.text)

test('hyphens, slashes and decimal commas join; punctuation around a word does not', () => {
  expect(words('negara-negara, 1950-an; Su-35 (8/3) $ 2,7 miliar. (T/RA-1/P2)')).toEqual([
    'negara-negara',
    '1950-an',
    'Su-35',
    '8/3',
    '2,7',
    'miliar',
    'T/RA-1/P2',
  ])
  expect(words('“Rusia sebagai kekuatan Eurasia,” katanya.')).toEqual(['Rusia', 'sebagai', 'kekuatan', 'Eurasia', 'katanya'])
  expect(words('Bangsa-Bangsa.” Lavrov – Moskow')).toEqual(['Bangsa-Bangsa', 'Lavrov', 'Moskow'])
})

test('offsets point back into the text', () => {
  const text = 'Menurut Lavrov, kerjasama'
  for (const token of tokenize(text)) expect(text.slice(token.start, token.end)).toBe(token.text)
})

test('letters beyond ASCII are letters', () => {
  expect(words('café naïve Ürümqi 東京')).toEqual(['café', 'naïve', 'Ürümqi', '東京'])
})

test('the scan agrees with the regular expression it replaces, on the whole seed article', () => {
  const source = readFileSync(join(import.meta.dirname, '../content/articles/mina-lavrov-dunia-islam/source.id.txt'), 'utf8')
  const byPattern = [...source.matchAll(/[\p{L}\p{N}]+(?:[-/.,'’][\p{L}\p{N}]+)*/gu)].map((match) => match[0])
  expect(words(source)).toEqual(byPattern)
  expect(byPattern).toHaveLength(275)
})

test('packed words give the same words and offsets as tokens, however many there are', () => {
  // One-letter words, many more than the first guess at their number leaves room for.
  const text = `${'a b '.repeat(300)}negara-negara, 2,7 café.`
  const words = findWords(text)
  const tokens = tokenize(text)
  expect(words.length).toBe(603)
  expect(words.toTokens()).toEqual(tokens)
  expect(words.at(602)).toEqual({ text: 'café', start: text.indexOf('café'), end: text.length - 1 })
  expect(words.at(603)).toBeUndefined()
  expect(words.at(-1)).toBeUndefined()
})

test('the word at an offset is the one that holds that character', () => {
  const text = 'Menurut Lavrov, kerjasama'
  const words = findWords(text)
  expect(words.indexAt(0)).toBe(0)
  expect(words.indexAt(text.indexOf('Lavrov') + 5)).toBe(1)
  expect(words.indexAt(text.indexOf(','))).toBe(-1)
  expect(words.indexAt(text.length)).toBe(-1)
})
