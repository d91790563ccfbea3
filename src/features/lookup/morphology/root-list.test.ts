import { expect, test } from 'vitest'
import { createRootSets, parseRootList } from './root-list'

test('a root list is one root a line; blanks and comments are skipped, case is folded', () => {
  expect(parseRootList('# a comment\nbuku\n\n  Negara \r\nkupu-kupu\n')).toEqual(['buku', 'negara', 'kupu-kupu'])
})

test('the curated roots are added to the open list, and count as taking affixes', () => {
  const { roots, affixableRoots } = createRootSets(['Rusia', 'tegas'], { roots: ['buku', 'upas'], affixable: ['buku'] })
  expect([...roots].sort()).toEqual(['buku', 'rusia', 'tegas', 'upas'])
  expect([...(affixableRoots ?? [])].sort()).toEqual(['buku', 'rusia', 'tegas'])
})

test('derived words that the open list holds as stems are left out of it, but not out of the curated roots', () => {
  expect(createRootSets([], { roots: ['belajar', 'ajar'], affixable: ['ajar'] }).roots.has('belajar')).toBe(false)
  expect(createRootSets(['belajar'], { roots: ['belajar', 'ajar'], affixable: [] }).roots.has('belajar')).toBe(true)
})

test('without an open list every root counts as taking affixes', () => {
  expect(createRootSets(['buku'])).toEqual({ roots: new Set(['buku']), affixableRoots: undefined })
})
