import { describe, expect, test } from 'vitest'
import { buildGlossaryIndex, findGlossaryTerms, markGlossaryTerms, type GlossaryTermForms } from './find-glossary-terms'
import { normalizeWord, tokenize } from './tokenize'

const entries: GlossaryTermForms[] = [
  { id: 'kebijakan-luar-negeri', term: 'kebijakan luar negeri', variants: [] },
  { id: 'luar-negeri', term: 'luar negeri', variants: [] },
  { id: 'menteri-luar-negeri', term: 'Menteri Luar Negeri', variants: [] },
  { id: 'kerja-sama', term: 'kerja sama', variants: ['kerjasama'] },
  { id: 'kerja-sama-pertahanan', term: 'kerja sama pertahanan', variants: [] },
  { id: 'pertahanan', term: 'pertahanan', variants: [] },
  { id: 'negara', term: 'negara', variants: ['negara-negara'] },
  { id: 'pbb', term: 'Perserikatan Bangsa-Bangsa', variants: [] },
  { id: 'rusia-dunia', term: 'Rusia Dunia', variants: [] },
]
const index = buildGlossaryIndex(entries)

function found(text: string): string[] {
  return findGlossaryTerms(text, index).map((match) => `${match.entryId}=${text.slice(match.start, match.end)}`)
}

test('a term is found whatever its case, and reported as written', () => {
  expect(found('KEBIJAKAN Luar negeri')).toEqual([
    'kebijakan-luar-negeri=KEBIJAKAN Luar negeri',
    'luar-negeri=Luar negeri',
  ])
})

test('spelling variants and reduplicated forms count as the term', () => {
  expect(found('kerjasama saling menguntungkan dan kerja sama di berbagai bidang')).toEqual([
    'kerja-sama=kerjasama',
    'kerja-sama=kerja sama',
  ])
  expect(found('dengan negara-negara dunia Islam, semua negara')).toEqual(['negara=negara-negara', 'negara=negara'])
})

test('a word is never matched inside a longer word or a hyphenated one', () => {
  expect(found('kenegaraan dan Bangsa-Bangsa')).toEqual([])
  expect(found('Perserikatan Bangsa')).toEqual([])
})

test('punctuation next to a term leaves it intact; punctuation inside breaks it', () => {
  expect(found('(luar negeri), “luar negeri.”')).toEqual(['luar-negeri=luar negeri', 'luar-negeri=luar negeri'])
  expect(found('Rusia-Dunia Islam')).toEqual([])
  expect(found('luar, negeri')).toEqual([])
  expect(found('Piagam Perserikatan Bangsa-Bangsa.”')).toEqual(['pbb=Perserikatan Bangsa-Bangsa'])
})

test('nested terms are all found, longest first at each start', () => {
  expect(found('Menteri Luar Negeri Rusia')).toEqual(['menteri-luar-negeri=Menteri Luar Negeri', 'luar-negeri=Luar Negeri'])
  expect(found('Kerja sama pertahanan juga')).toEqual([
    'kerja-sama-pertahanan=Kerja sama pertahanan',
    'kerja-sama=Kerja sama',
    'pertahanan=pertahanan',
  ])
})

describe('marking', () => {
  test('marks the outermost terms and keeps the ones inside them', () => {
    const text = 'Kerja sama pertahanan dan kebijakan luar negeri'
    const marked = markGlossaryTerms(text, index)
    expect(marked.map((term) => text.slice(term.start, term.end))).toEqual(['Kerja sama pertahanan', 'kebijakan luar negeri'])
    expect(marked[0]?.inner.map((term) => term.entryId)).toEqual(['kerja-sama', 'pertahanan'])
    expect(marked[1]?.inner.map((term) => term.entryId)).toEqual(['luar-negeri'])
  })

  test('a term that crosses a longer one is listed with it, not lost', () => {
    const crossing = buildGlossaryIndex([
      { id: 'a', term: 'luar negeri Rusia', variants: [] },
      { id: 'b', term: 'Rusia sebagai', variants: [] },
    ])
    const text = 'luar negeri Rusia sebagai'
    const marked = markGlossaryTerms(text, crossing)
    expect(marked.map((term) => term.entryId)).toEqual(['a'])
    expect(marked[0]?.inner.map((term) => term.entryId)).toEqual(['b'])
  })
})

describe('agrees with a plain matcher that tries every form at every word', () => {
  // The index and scan are tuned for speed (issue 3); this is what they must still compute.
  function plainFind(text: string, glossary: readonly GlossaryTermForms[]): string[] {
    const tokens = tokenize(text)
    const keys = tokens.map((token) => normalizeWord(token.text))
    const matches: { entry: number; start: number; end: number }[] = []
    glossary.forEach((entry, entryIndex) => {
      const forms = [entry.term, ...entry.variants].map((form) => tokenize(form).map((token) => normalizeWord(token.text)))
      for (let first = 0; first < tokens.length; first++) {
        const ends = new Set<number>()
        for (const form of forms) {
          const fits = form.every((key, offset) => {
            const token = tokens[first + offset]
            const previous = tokens[first + offset - 1]
            const gap = offset === 0 || (token && previous && /^[ \u00a0\t]*$/.test(text.slice(previous.end, token.start)))
            return token !== undefined && gap && keys[first + offset] === key
          })
          if (form.length > 0 && fits) ends.add((tokens[first + form.length - 1] as (typeof tokens)[number]).end)
        }
        for (const end of ends) matches.push({ entry: entryIndex, start: (tokens[first] as (typeof tokens)[number]).start, end })
      }
    })
    // An entry listed twice in a glossary would only be reported once, under its first listing.
    matches.sort((a, b) => a.start - b.start || b.end - a.end || b.entry - a.entry)
    return matches.map((match) => `${glossary[match.entry]?.id}@${match.start}-${match.end}`)
  }

  const words = ['Rusia', 'rusia', 'RUSIA', 'dunia', 'café', 'CAFÉ', 'İstanbul', 'ΟΔΟΣ', 'οδος', 'kerja', 'sama', 'negara-negara', 'K', '\u212a'] // the last is the Kelvin sign, lower-cased to k
  const gaps = [' ', ' ', ' ', '  ', '\u00a0', ', ', '. ', ' “', '” ', '-', '\t']
  const glossary: GlossaryTermForms[] = [
    { id: 'rusia', term: 'Rusia', variants: ['RUSIA dunia'] },
    { id: 'rusia-dunia', term: 'rusia dunia', variants: [] },
    { id: 'cafe', term: 'café', variants: ['cafe'] },
    { id: 'istanbul', term: 'i̇stanbul', variants: [] },
    { id: 'odos', term: 'οδος', variants: ['ΟΔΟΣ dunia'] },
    { id: 'kerja-sama', term: 'kerja sama', variants: ['kerja-sama'] },
    { id: 'k', term: 'k', variants: [] },
    { id: 'negara', term: 'negara-negara', variants: ['negara'] },
    { id: 'long', term: 'kerja sama rusia dunia café', variants: [] },
  ]
  const index = buildGlossaryIndex(glossary)

  test.each([1, 2, 3, 4, 5])('random text %i', (seed) => {
    let state = seed
    const random = () => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0
      return state / 4_294_967_296
    }
    const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
    const text = Array.from({ length: 400 }, () => pick(words) + pick(gaps)).join('')
    const found = findGlossaryTerms(text, index).map((match) => `${match.entryId}@${match.start}-${match.end}`)
    expect(found).toEqual(plainFind(text, glossary))
    expect(found.length).toBeGreaterThan(100)
  })
})
