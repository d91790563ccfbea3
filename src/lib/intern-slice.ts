import { hashSlice } from './hash-slice.ts'

/**
 * text.slice(start, end), but the same string object for the same characters: a long text repeats
 * a few thousand distinct words, and a fresh string for each of its words was a large part of what
 * the collector had to copy when tokenizing (issue 3). Strings are values, so sharing one is never
 * visible to a caller.
 *
 * The table outlives a call, so that the units of one article share their words too; it forgets
 * everything when half full, which bounds what it holds to a few thousand short strings.
 */
const slotCount = 1 << 15
const mask = slotCount - 1
const forgetAt = slotCount / 2
/** Words longer than this rarely repeat; hashing and comparing them would be wasted. */
const longestInterned = 32

const hashes = new Int32Array(slotCount)
/** The generation in which each slot was filled; a slot of an older one is empty. */
const generations = new Int32Array(slotCount)
const strings: string[] = new Array<string>(slotCount).fill('')
let generation = 1
let filled = 0

export function internSlice(text: string, start: number, end: number): string {
  if (end - start > longestInterned) return text.slice(start, end)
  const hash = hashSlice(text, start, end)
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    if (generations[slot] !== generation) {
      if (filled >= forgetAt) {
        // Wrapping round after 2^31 generations could only make an old slot look filled;
        // the compare below keeps that from ever returning a wrong string.
        generation = (generation % 0x7fffffff) + 1
        filled = 0
      }
      const string = text.slice(start, end)
      generations[slot] = generation
      hashes[slot] = hash
      strings[slot] = string
      filled++
      return string
    }
    if (hashes[slot] === hash) {
      const string = strings[slot] as string
      if (isSlice(string, text, start, end)) return string
    }
  }
}

function isSlice(string: string, text: string, start: number, end: number): boolean {
  if (string.length !== end - start) return false
  for (let index = 0; index < string.length; index++) {
    if (string.charCodeAt(index) !== text.charCodeAt(start + index)) return false
  }
  return true
}
