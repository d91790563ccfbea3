import { tokenize } from '../lib/tokenize'

/** Longer than any Indonesian word, even a long hyphenated reduplication with clitics. */
export const longestWord = 64

/**
 * Why a piece of command-line input cannot be analysed as one word, or undefined when it can.
 * A word is exactly one token of the project's tokenizer, so the command accepts what the reader
 * would look up: negara-negara, 1950-an, 8/3 and T/RA-1/P2 pass; "<b>", "!!!" and "hello world" do not.
 */
export function findWordProblem(word: string): string | undefined {
  if (word === '') return 'is empty'
  if ([...word].length > longestWord) return `is longer than ${longestWord} characters`
  if (/\s/u.test(word)) return 'contains white space: give one word at a time'
  const tokens = tokenize(word)
  if (tokens.length === 0) return 'has no letters or digits'
  if (tokens.length === 1 && tokens[0]?.text === word) return undefined
  let outside = word
  for (const token of [...tokens].reverse()) outside = outside.slice(0, token.start) + outside.slice(token.end)
  const stray = [...new Set(outside)].map((character) => JSON.stringify(character)).join(', ')
  return `has characters that cannot be in a word: ${stray}`
}
