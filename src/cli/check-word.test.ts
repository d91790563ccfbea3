import { expect, test } from 'vitest'
import { findWordProblem } from './check-word'

test.each(['negara', 'negara-negara', 'Su-35', '1950-an', '8/3', '2,7', 'T/RA-1/P2', "Jum'at", 'kuasa-Mu'])(
  '%s is one word',
  (word) => {
    expect(findWordProblem(word)).toBeUndefined()
  },
)

test.each([
  ['', 'is empty'],
  ['!!!', 'has no letters or digits'],
  ['hello world', 'contains white space: give one word at a time'],
  ['<b>', 'has characters that cannot be in a word: "<", ">"'],
  ['negara.', 'has characters that cannot be in a word: "."'],
  ['a--b', 'has characters that cannot be in a word: "-"'],
  ['a'.repeat(65), 'is longer than 64 characters'],
])('%j is not a word: it %s', (word, problem) => {
  expect(findWordProblem(word)).toBe(problem)
})

test('a word of exactly 64 letters is accepted', () => {
  expect(findWordProblem('a'.repeat(64))).toBeUndefined()
})
