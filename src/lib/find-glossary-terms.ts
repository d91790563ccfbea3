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

/**
 * Every occurrence of every glossary term, nested and overlapping ones included, ordered by
 * start and then longest first. Case is ignored; spelling variants count as the term.
 */
export function findGlossaryTerms(text: string, index: GlossaryIndex, tokens: readonly Token[] = tokenize(text)): TermMatch[] {
  const matches: TermMatch[] = []
  const normalized = tokens.map((token) => normalizeWord(token.text))
  for (let first = 0; first < tokens.length; first++) {
    let node = index.root.children.get(normalized[first] as string)
    if (!node) continue
    // Longest first at each start, so collect this start's matches, then add them in reverse.
    const firstMatch = matches.length
    const start = (tokens[first] as Token).start
    let last = first
    while (node) {
      const end = (tokens[last] as Token).end
      for (const entryId of node.entryIds) matches.push({ entryId, start, end })
      const next = tokens[last + 1]
      if (!next || !isOnlySpace(text, end, next.start)) break
      last++
      node = node.children.get(normalized[last] as string)
    }
    reverseFrom(matches, firstMatch)
  }
  return matches
}

function reverseFrom<T>(items: T[], from: number): void {
  for (let left = from, right = items.length - 1; left < right; left++, right--) {
    const item = items[left] as T
    items[left] = items[right] as T
    items[right] = item
  }
}

/**
 * The matches to mark in the text: leftmost, then longest, never overlapping. Each carries the
 * other matches inside or across it, so that a shorter term inside a longer one is not lost.
 */
export interface MarkedTerm extends TermMatch {
  readonly inner: readonly TermMatch[]
}

export function selectOutermostTerms(matches: readonly TermMatch[]): MarkedTerm[] {
  const marked: { entryId: string; start: number; end: number; inner: TermMatch[] }[] = []
  let current: (typeof marked)[number] | undefined
  for (const match of matches) {
    if (current && match.start < current.end) {
      if (match.entryId !== current.entryId || match.start !== current.start) current.inner.push(match)
      continue
    }
    current = { entryId: match.entryId, start: match.start, end: match.end, inner: [] }
    marked.push(current)
  }
  return marked
}
