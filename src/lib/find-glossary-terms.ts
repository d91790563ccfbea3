import { normalizeWord, tokenize, type Token } from './tokenize'
import { buildWordIds, wordIdAt, type WordIds } from './word-ids'

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
let wordIdsOfTokens = new Int32Array(1024)
let nodesOfStart = new Int32Array(8)
let endsOfStart = new Int32Array(8)

/** Hands every occurrence of every term to `sink`: by start, then longest first. */
function scanForTerms(text: string, index: GlossaryIndex, tokens: readonly Token[], sink: MatchSink): void {
  const count = tokens.length
  if (wordIdsOfTokens.length < count) wordIdsOfTokens = new Int32Array(count * 2)
  if (nodesOfStart.length < index.maxDepth) {
    nodesOfStart = new Int32Array(index.maxDepth)
    endsOfStart = new Int32Array(index.maxDepth)
  }
  const wordIds = wordIdsOfTokens
  for (let position = 0; position < count; position++) {
    const token = tokens[position] as Token
    wordIds[position] = wordIdAt(index.words, text, token.start, token.end)
  }
  const { rootChildren, entryStarts, entryIds } = index
  for (let first = 0; first < count; first++) {
    const firstWord = wordIds[first] as number
    if (firstWord < 0) continue
    let node = rootChildren[firstWord] as number
    if (node < 0) continue
    const start = (tokens[first] as Token).start
    // Found shortest first, handed on longest first, which is what marking wants.
    let depth = 0
    for (let last = first; ; ) {
      const end = (tokens[last] as Token).end
      if ((entryStarts[node] as number) < (entryStarts[node + 1] as number)) {
        nodesOfStart[depth] = node
        endsOfStart[depth] = end
        depth++
      }
      if (++last >= count) break
      const next = tokens[last] as Token
      const nextWord = wordIds[last] as number
      if (nextWord < 0 || !isOnlySpace(text, end, next.start)) break
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
export function findGlossaryTerms(text: string, index: GlossaryIndex, tokens: readonly Token[] = tokenize(text)): TermMatch[] {
  const matches: TermMatch[] = []
  scanForTerms(text, index, tokens, (entryId, start, end) => {
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

// Most marked terms contain no other: they share this empty list instead of allocating their own.
const noInnerTerms: TermMatch[] = []

/** The terms to mark, chosen as the scan finds them, without a list of every match first. */
export function markGlossaryTerms(text: string, index: GlossaryIndex, tokens: readonly Token[] = tokenize(text)): MarkedTerm[] {
  const marked: { entryId: string; start: number; end: number; inner: TermMatch[] }[] = []
  let current: (typeof marked)[number] | undefined
  // The current term's inner matches gather here and are copied out, at their exact length, once it
  // is complete. A list grown by push reserves room for 17 matches; for the 33,000 short lists of a
  // 100,000-word text that was about 6 of the 16 MB that marking allocated (issue 3).
  const inner: TermMatch[] = []
  let innerCount = 0
  const completeCurrent = () => {
    if (current && innerCount > 0) {
      current.inner = inner.slice(0, innerCount)
      innerCount = 0
    }
  }
  scanForTerms(text, index, tokens, (entryId, start, end) => {
    if (current && start < current.end) {
      if (entryId !== current.entryId || start !== current.start) inner[innerCount++] = { entryId, start, end }
      return
    }
    completeCurrent()
    current = { entryId, start, end, inner: noInnerTerms }
    marked.push(current)
  })
  completeCurrent()
  return marked
}
