import { fnvOffset, fnvPrime, hashSlice } from './hash-slice.ts'
import { normalizeWord } from './tokenize.ts'

/**
 * The distinct normalised words of a vocabulary (a glossary's), each numbered, and a way to find
 * a word of running text among them without first cutting it out as a string. Marking a long text
 * looks up every word once; building a lower-case string for each was most of the garbage that the
 * collector spent its time on (issue 3).
 */
export interface WordIds {
  /** The normalised form of each word, by id. */
  readonly forms: readonly string[]
  /** What `hashSlice` gives for each form, by id, so that most mismatches cost no compare. */
  readonly hashes: Int32Array
  /** Open addressing over `hashes`: id + 1 at a slot, 0 where the slot is empty. */
  readonly slots: Int32Array
  /** Every form by itself, for words that hold letters beyond ASCII (see wordIdAt). */
  readonly idByForm: ReadonlyMap<string, number>
}

/** Numbers the forms (already normalised, no repeats) in the order given. */
export function buildWordIds(forms: readonly string[]): WordIds {
  let size = 16
  while (size < forms.length * 2) size *= 2
  const mask = size - 1
  const slots = new Int32Array(size)
  const hashes = new Int32Array(forms.length)
  const idByForm = new Map<string, number>()
  forms.forEach((form, id) => {
    const hash = hashSlice(form)
    hashes[id] = hash
    idByForm.set(form, id)
    let slot = hash & mask
    while (slots[slot] !== 0) slot = (slot + 1) & mask
    slots[slot] = id + 1
  })
  return { forms, hashes, slots, idByForm }
}

/**
 * The id of the word text.slice(start, end) once normalised, or -1 if it is not in the vocabulary.
 * An ASCII word is lower-cased code unit by code unit, which is exactly what toLowerCase does to
 * ASCII. Any other word goes through normalizeWord on the slice as before, because lower-casing
 * beyond ASCII can change the length or depend on context (final sigma).
 */
export function wordIdAt(words: WordIds, text: string, start: number, end: number): number {
  let hash = fnvOffset
  for (let index = start; index < end; index++) {
    let code = text.charCodeAt(index)
    if (code >= 128) return words.idByForm.get(normalizeWord(text.slice(start, end))) ?? -1
    if (code >= 65 && code <= 90) code += 32
    hash = Math.imul(hash ^ code, fnvPrime)
  }
  const { slots, hashes, forms } = words
  const mask = slots.length - 1
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const id = (slots[slot] as number) - 1
    if (id < 0) return -1
    if (hashes[id] === hash && isLowerCaseOf(forms[id] as string, text, start, end)) return id
  }
}

/** Whether `form` is the ASCII text.slice(start, end) lower-cased. */
function isLowerCaseOf(form: string, text: string, start: number, end: number): boolean {
  if (form.length !== end - start) return false
  for (let index = 0; index < form.length; index++) {
    let code = text.charCodeAt(start + index)
    if (code >= 65 && code <= 90) code += 32
    if (form.charCodeAt(index) !== code) return false
  }
  return true
}
