export interface TextRange {
  readonly start: number
  readonly end: number
}

/** The range of the nth (1-based) occurrence of `part` in `text`, or undefined when there is none. */
export function locateSubstring(text: string, part: string, occurrence = 1): TextRange | undefined {
  let from = 0
  for (let seen = 1; ; seen++) {
    const start = text.indexOf(part, from)
    if (start === -1) return undefined
    if (seen === occurrence) return { start, end: start + part.length }
    from = start + 1
  }
}
