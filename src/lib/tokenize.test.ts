import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { tokenize } from './tokenize'

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
