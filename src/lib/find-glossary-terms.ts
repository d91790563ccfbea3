import { findWords, normalizeWord, tokenize, type Words } from './tokenize.ts'
import { buildWordIds, wordIdAt, type WordIds } from './word-ids.ts'

/** What the matcher needs of a glossary entry: the words it is written with, in every form. */
export interface GlossaryTermForms {
  readonly id: string
  readonly term: string
  readonly variants: readonly string[]
}

export interface TermMatch {
  readonly entryId: string
  /** Character offsets into the text: text.slice(start, end) is the occurrence as written. */
  readonly start: number
  readonly end: number
}

/**
 * A trie over normalised words, its nodes numbered (the root is 0) and held in typed arrays:
 * matching costs one table look-up per word per open candidate, so marking is linear in the text
 * whatever the glossary's size, and walking it allocates nothing (issue 3: the collector, not the
 * look-ups, was what made marking slow).
 */
export interface GlossaryIndex {
  readonly words: WordIds
  /** The node that each word leads to from the root, by word id, or -1: most words stop here. */
  readonly rootChildren: Int32Array
  /** The other edges, by open addressing on (parent, word id); parent -1 marks an empty slot. */
  readonly edgeParents: Int32Array
  readonly edgeWords: Int32Array
  readonly edgeChildren: Int32Array
  /** Entries whose form ends at node n: entryIds[entryStarts[n]] up to entryIds[entryStarts[n + 1]]. */
  readonly entryStarts: Int32Array
  readonly entryIds: readonly string[]
  /** The most words in any form: how deep one start's matches can go. */
  readonly maxDepth: number
}

function edgeSlot(parent: number, word: number, mask: number): number {
  const hash = Math.imul(parent, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)
  return (hash ^ (hash >>> 15)) & mask
}

function childOf(index: GlossaryIndex, parent: number, word: number): number {
  const { edgeParents, edgeWords, edgeChildren } = index
  const mask = edgeParents.length - 1
  for (let slot = edgeSlot(parent, word, mask); ; slot = (slot + 1) & mask) {
    const slotParent = edgeParents[slot] as number
    if (slotParent === -1) return -1
    if (slotParent === parent && edgeWords[slot] === word) return edgeChildren[slot] as number
  }
}

export function buildGlossaryIndex(entries: readonly GlossaryTermForms[]): GlossaryIndex {
  const idByForm = new Map<string, number>()
  const childrenOf: Map<number, number>[] = [new Map()]
  // An entry is listed once per node, even when its term and a variant normalise alike.
  const entriesOf: string[][] = [[]]
  let maxDepth = 0
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.variants]) {
      let node = 0
      const tokens = tokenize(form)
      for (const { text } of tokens) {
        const key = normalizeWord(text)
        let word = idByForm.get(key)
        if (word === undefined) {
          word = idByForm.size
          idByForm.set(key, word)
        }
        const children = childrenOf[node] as Map<number, number>
        let child = children.get(word)
        if (child === undefined) {
          child = childrenOf.length
          childrenOf.push(new Map())
          entriesOf.push([])
          children.set(word, child)
        }
        node = child
      }
      maxDepth = Math.max(maxDepth, tokens.length)
      const ids = entriesOf[node] as string[]
      if (node !== 0 && !ids.includes(entry.id)) ids.push(entry.id)
    }
  }

  const rootChildren = new Int32Array(idByForm.size).fill(-1)
  for (const [word, child] of childrenOf[0] as Map<number, number>) rootChildren[word] = child
  const edgeCount = childrenOf.length - 1 - (childrenOf[0] as Map<number, number>).size
  let size = 16
  while (size < edgeCount * 2) size *= 2
  const edgeParents = new Int32Array(size).fill(-1)
  const edgeWords = new Int32Array(size)
  const edgeChildren = new Int32Array(size)
  for (let parent = 1; parent < childrenOf.length; parent++) {
    for (const [word, child] of childrenOf[parent] as Map<number, number>) {
      let slot = edgeSlot(parent, word, size - 1)
      while (edgeParents[slot] !== -1) slot = (slot + 1) & (size - 1)
      edgeParents[slot] = parent
      edgeWords[slot] = word
      edgeChildren[slot] = child
    }
  }
  const entryStarts = new Int32Array(entriesOf.length + 1)
  entriesOf.forEach((ids, node) => {
    entryStarts[node + 1] = (entryStarts[node] as number) + ids.length
  })
  return {
    words: buildWordIds([...idByForm.keys()]),
    rootChildren,
    edgeParents,
    edgeWords,
    edgeChildren,
    entryStarts,
    entryIds: entriesOf.flat(),
    maxDepth,
  }
}

/** Only spaces may stand between a term's words: "Rusia, sebuah" is not the term "Rusia sebuah". */
function isOnlySpace(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 160 && code !== 9) return false
  }
  return true
}

type MatchSink = (entryId: string, start: number, end: number) => void

// Scratch space reused by every scan, so that marking a long text allocates almost nothing but
// its result. Scans never nest (a sink does not scan), so one set is enough.
let glossaryIdsOfWords = new Int32Array(1024)
let nodesOfStart = new Int32Array(8)
let endsOfStart = new Int32Array(8)

/**
 * Hands every occurrence of every term that starts at word `from` up to word `to - 1` to `sink`:
 * by start, then longest first. An occurrence may run on past word `to - 1`.
 */
function scanForTerms(index: GlossaryIndex, words: Words, sink: MatchSink, from = 0, to = words.length): void {
  const { text, bounds } = words
  const count = Math.min(words.length, to + index.maxDepth)
  if (glossaryIdsOfWords.length < count - from) glossaryIdsOfWords = new Int32Array((count - from) * 2)
  if (nodesOfStart.length < index.maxDepth) {
    nodesOfStart = new Int32Array(index.maxDepth)
    endsOfStart = new Int32Array(index.maxDepth)
  }
  // The glossary's id of word `position` is at wordIds[position - from].
  const wordIds = glossaryIdsOfWords
  for (let position = from; position < count; position++) {
    wordIds[position - from] = wordIdAt(index.words, text, bounds[2 * position] as number, bounds[2 * position + 1] as number)
  }
  const { rootChildren, entryStarts, entryIds } = index
  for (let first = from; first < to; first++) {
    const firstWord = wordIds[first - from] as number
    if (firstWord < 0) continue
    let node = rootChildren[firstWord] as number
    if (node < 0) continue
    const start = bounds[2 * first] as number
    // Found shortest first, handed on longest first, which is what marking wants.
    let depth = 0
    for (let last = first; ; ) {
      const end = bounds[2 * last + 1] as number
      if ((entryStarts[node] as number) < (entryStarts[node + 1] as number)) {
        nodesOfStart[depth] = node
        endsOfStart[depth] = end
        depth++
      }
      if (++last >= count) break
      const nextWord = wordIds[last - from] as number
      if (nextWord < 0 || !isOnlySpace(text, end, bounds[2 * last] as number)) break
      node = childOf(index, node, nextWord)
      if (node < 0) break
    }
    while (depth-- > 0) {
      const matched = nodesOfStart[depth] as number
      const end = endsOfStart[depth] as number
      for (let entry = (entryStarts[matched + 1] as number) - 1; entry >= (entryStarts[matched] as number); entry--) {
        sink(entryIds[entry] as string, start, end)
      }
    }
  }
}

/**
 * Every occurrence of every glossary term, nested and overlapping ones included, ordered by
 * start and then longest first. Case is ignored; spelling variants count as the term.
 */
export function findGlossaryTerms(text: string, index: GlossaryIndex, words: Words = findWords(text)): TermMatch[] {
  const matches: TermMatch[] = []
  scanForTerms(index, words, (entryId, start, end) => {
    matches.push({ entryId, start, end })
  })
  return matches
}

/**
 * The matches to mark in the text: leftmost, then longest, never overlapping. Each carries the
 * other matches inside or across it, so that a shorter term inside a longer one is not lost.
 */
export interface MarkedTerm extends TermMatch {
  readonly inner: readonly TermMatch[]
}

/**
 * A marked term whose inner matches are found again, by scanning its few words, whenever they
 * are asked for: only a popover or the glossary panel asks, for a few terms, and a list of
 * objects for every term of a long text was most of what marking allocated (issue 3).
 */
class ScannedTerm implements MarkedTerm {
  readonly entryId: string
  readonly start: number
  readonly end: number
  readonly #scanned: { readonly index: GlossaryIndex; readonly words: Words }

  constructor(entryId: string, start: number, end: number, scanned: { readonly index: GlossaryIndex; readonly words: Words }) {
    this.entryId = entryId
    this.start = start
    this.end = end
    this.#scanned = scanned
  }

  get inner(): readonly TermMatch[] {
    const { index, words } = this.#scanned
    // A term starts at its first word's start and ends at its last word's end.
    const from = words.indexAt(this.start)
    const to = words.indexAt(this.end - 1) + 1
    const inner: TermMatch[] = []
    scanForTerms(
      index,
      words,
      (entryId, start, end) => {
        if (entryId !== this.entryId || start !== this.start) inner.push({ entryId, start, end })
      },
      from,
      to,
    )
    return inner
  }
}

/** The terms to mark, chosen as the scan finds them, without a list of every match first. */
export function markGlossaryTerms(text: string, index: GlossaryIndex, words: Words = findWords(text)): MarkedTerm[] {
  const scanned = { index, words }
  const marked: ScannedTerm[] = []
  let markedEnd = -1
  scanForTerms(index, words, (entryId, start, end) => {
    if (start < markedEnd) return
    marked.push(new ScannedTerm(entryId, start, end, scanned))
    markedEnd = end
  })
  return marked
}
