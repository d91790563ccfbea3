import { internSlice } from './intern-slice.ts'

/**
 * Splits Indonesian text into word tokens with their offsets. Hyphenated words (negara-negara,
 * diesel-elektrik, 1950-an, Su-35), numbers with separators (2,7 and 8/3) and codes (T/RA-1/P2)
 * stay one token; punctuation around them does not belong to them. Equivalent to matching
 * the pattern [\p{L}\p{N}]+(?:[-/.,'’][\p{L}\p{N}]+)* (flags gu), but a hand-written scan: it is on the path of every
 * article render and of the glossary benchmark, and runs several times faster than the regex.
 * (Intl.Segmenter is no help: it splits at every hyphen and slash.)
 */
export interface Token {
  readonly text: string
  readonly start: number
  readonly end: number
}

const letterOrDigit = /[\p{L}\p{N}]/u
const isAsciiWordCode = new Uint8Array(128)
for (const [first, last] of [
  [48, 57],
  [65, 90],
  [97, 122],
]) {
  for (let code = first as number; code <= (last as number); code++) isAsciiWordCode[code] = 1
}

function isWordCode(code: number, text: string, index: number): boolean {
  if (code < 128) return isAsciiWordCode[code] === 1
  // A combining mark or an astral letter falls outside one UTF-16 unit; test the whole code point.
  return letterOrDigit.test(String.fromCodePoint(text.codePointAt(index) ?? code))
}

/** Joiners that keep two runs of letters or digits in one word: - / . , ' ’ */
function isJoiner(code: number): boolean {
  return code === 45 || code === 47 || code === 46 || code === 44 || code === 39 || code === 0x2019
}

/**
 * The words of a text as offsets packed in one typed array: word i is text.slice(start(i), end(i)).
 * What the reader keeps for every sentence and the glossary scan walks. A Token object per word
 * was most of what marking a long text left live for the collector to copy (issue 3); this holds
 * no object per word, and makes one only when asked (`at`).
 */
export class Words {
  readonly text: string
  /** start, end, start, end, …: two entries per word. */
  readonly bounds: Int32Array
  readonly length: number

  constructor(text: string, bounds: Int32Array, length: number) {
    this.text = text
    this.bounds = bounds
    this.length = length
  }

  start(index: number): number {
    return this.bounds[2 * index] as number
  }

  end(index: number): number {
    return this.bounds[2 * index + 1] as number
  }

  /** The word as written. */
  textOf(index: number): string {
    return internSlice(this.text, this.start(index), this.end(index))
  }

  at(index: number): Token | undefined {
    if (!(index >= 0 && index < this.length)) return undefined
    return { text: this.textOf(index), start: this.start(index), end: this.end(index) }
  }

  /** The index of the word that holds the character at `offset`, or -1. */
  indexAt(offset: number): number {
    // Words are in order and do not overlap: the last one starting at or before `offset`.
    let low = 0
    let high = this.length
    while (low < high) {
      const middle = (low + high) >>> 1
      if (this.start(middle) <= offset) low = middle + 1
      else high = middle
    }
    const index = low - 1
    return index >= 0 && offset < this.end(index) ? index : -1
  }

  toTokens(): Token[] {
    return Array.from({ length: this.length }, (_, index) => this.at(index) as Token)
  }
}

export function findWords(text: string): Words {
  // Room for a word every 8 characters, about what Indonesian prose has; it grows if not enough.
  let bounds = new Int32Array(2 * ((text.length >>> 3) + 4))
  let count = 0
  const length = text.length
  let index = 0
  while (index < length) {
    if (!isWordCode(text.charCodeAt(index), text, index)) {
      index++
      continue
    }
    const start = index
    for (;;) {
      while (index < length && isWordCode(text.charCodeAt(index), text, index)) index++
      const next = index + 1
      if (next < length && isJoiner(text.charCodeAt(index)) && isWordCode(text.charCodeAt(next), text, next)) {
        index = next
        continue
      }
      break
    }
    if (2 * count + 2 > bounds.length) {
      const grown = new Int32Array(bounds.length * 2)
      grown.set(bounds)
      bounds = grown
    }
    bounds[2 * count] = start
    bounds[2 * count + 1] = index
    count++
  }
  return new Words(text, bounds, count)
}

export function tokenize(text: string): Token[] {
  return findWords(text).toTokens()
}

/**
 * The form a word is looked up by: lower case. Indonesian has no locale-specific casing (unlike
 * Turkish), so the plain, fast toLowerCase gives what toLocaleLowerCase('id') would.
 */
export function normalizeWord(word: string): string {
  return word.toLowerCase()
}
