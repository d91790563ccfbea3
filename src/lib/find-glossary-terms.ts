import { normalizeWord, tokenize, type Token } from './tokenize'

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

interface TrieNode {
  readonly children: Map<string, TrieNode>
  /** Entries whose form ends at this node; a term and its variant may both end here. */
  entryIds: string[]
}

export interface GlossaryIndex {
  readonly root: TrieNode
}

function newNode(): TrieNode {
  return { children: new Map(), entryIds: [] }
}

/**
 * A trie over normalised words: matching costs one map lookup per word per open candidate, so
 * marking is linear in the text whatever the glossary's size.
 */
export function buildGlossaryIndex(entries: readonly GlossaryTermForms[]): GlossaryIndex {
  const root = newNode()
  for (const entry of entries) {
    for (const form of [entry.term, ...entry.variants]) {
      let node = root
      for (const { text } of tokenize(form)) {
        const key = normalizeWord(text)
        let child = node.children.get(key)
        if (!child) {
          child = newNode()
          node.children.set(key, child)
        }
        node = child
      }
      if (node !== root && !node.entryIds.includes(entry.id)) node.entryIds.push(entry.id)
    }
  }
  return { root }
}

/** Only spaces may stand between a term's words: "Rusia, sebuah" is not the term "Rusia sebuah". */
function isOnlySpace(text: string, from: number, to: number): boolean {
  for (let index = from; index < to; index++) {
    const code = text.charCodeAt(index)
    if (code !== 32 && code !== 160 && code !== 9) return false
  }
  return true
}

function normalizedTokens(tokens: readonly Token[]): string[] {
  return tokens.map((token) => normalizeWord(token.text))
}

/** Matches as parallel arrays: no object per match until a caller wants one. */
interface ScannedTerms {
  readonly entryIds: string[]
  readonly starts: number[]
  readonly ends: number[]
}

/** Every occurrence of every term: by start, then longest first. */
function scanForTerms(text: string, index: GlossaryIndex, tokens: readonly Token[]): ScannedTerms {
  const keys = normalizedTokens(tokens)
  const scanned: ScannedTerms = { entryIds: [], starts: [], ends: [] }
  for (let first = 0; first < tokens.length; first++) {
    let node = index.root.children.get(keys[first] as string)
    if (!node) continue
    const start = (tokens[first] as Token).start
    const firstMatch = scanned.entryIds.length
    let last = first
    while (node) {
      const end = (tokens[last] as Token).end
      for (const entryId of node.entryIds) {
        scanned.entryIds.push(entryId)
        scanned.starts.push(start)
        scanned.ends.push(end)
      }
      const next = tokens[last + 1]
      if (!next || !isOnlySpace(text, end, next.start)) break
      last++
      node = node.children.get(keys[last] as string)
    }
    // Found shortest first; longest first is what marking wants.
    reverseFrom(scanned.entryIds, firstMatch)
    reverseFrom(scanned.ends, firstMatch)
  }
  return scanned
}

function reverseFrom<T>(items: T[], from: number): void {
  for (let left = from, right = items.length - 1; left < right; left++, right--) {
    const item = items[left] as T
    items[left] = items[right] as T
    items[right] = item
  }
}

/**
 * Every occurrence of every glossary term, nested and overlapping ones included, ordered by
 * start and then longest first. Case is ignored; spelling variants count as the term.
 */
export function findGlossaryTerms(text: string, index: GlossaryIndex, tokens: readonly Token[] = tokenize(text)): TermMatch[] {
  const { entryIds, starts, ends } = scanForTerms(text, index, tokens)
  return entryIds.map((entryId, match) => ({ entryId, start: starts[match] as number, end: ends[match] as number }))
}

/**
 * The matches to mark in the text: leftmost, then longest, never overlapping. Each carries the
 * other matches inside or across it, so that a shorter term inside a longer one is not lost.
 */
export interface MarkedTerm extends TermMatch {
  readonly inner: readonly TermMatch[]
}

// Most marked terms contain no other: they share this empty list instead of allocating their own.
// It is never pushed to: a term's first inner match replaces it with a list of its own.
const noInnerTerms: TermMatch[] = []

/** The terms to mark, chosen in the same pass that finds them. */
export function markGlossaryTerms(text: string, index: GlossaryIndex, tokens: readonly Token[] = tokenize(text)): MarkedTerm[] {
  const { entryIds, starts, ends } = scanForTerms(text, index, tokens)
  const marked: { entryId: string; start: number; end: number; inner: TermMatch[] }[] = []
  let current: (typeof marked)[number] | undefined
  for (let match = 0; match < entryIds.length; match++) {
    const entryId = entryIds[match] as string
    const start = starts[match] as number
    const end = ends[match] as number
    if (current && start < current.end) {
      if (entryId === current.entryId && start === current.start) continue
      if (current.inner === noInnerTerms) current.inner = []
      current.inner.push({ entryId, start, end })
      continue
    }
    current = { entryId, start, end, inner: noInnerTerms }
    marked.push(current)
  }
  return marked
}
