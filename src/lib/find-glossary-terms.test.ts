import { describe, expect, test } from 'vitest'
import { buildGlossaryIndex, findGlossaryTerms, markGlossaryTerms, type GlossaryTermForms } from './find-glossary-terms'

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
