/**
 * Splits Indonesian text into word tokens with their offsets. Hyphenated words (negara-negara,
 * diesel-elektrik, 1950-an, Su-35), numbers with separators (2,7 and 8/3) and codes (T/RA-1/P2)
 * stay one token; punctuation around them does not belong to them.
 *
 * A regular expression, not Intl.Segmenter: the segmenter splits at every hyphen and slash, and
 * rejoining its pieces costs more than matching the whole token once.
 */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
}

const wordPattern = /[\p{L}\p{N}]+(?:[-/.,'’][\p{L}\p{N}]+)*/gu

export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  for (const match of text.matchAll(wordPattern)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length })
  }
  return tokens
}

/** The form a word is looked up by: lower case, Indonesian rules (no dotless i surprises). */
export function normalizeWord(word: string): string {
  return word.toLocaleLowerCase('id')
}
