import { expect, test } from 'vitest'
import { createAnalyzer } from './analyze-word'
import { loadOpenRootList } from './open-root-list'
import { createRootSets } from './root-list'

// The real list, loaded the way the app loads it (Vite's ?raw), with no curated roots: the engine
// must stand on the open list alone for words the lexicon does not hold.
test('the open root list loads and analyses everyday words on its own', async () => {
  const openList = await loadOpenRootList()
  expect(openList.roots.length).toBeGreaterThan(30_000)
  expect(openList.affixable.length).toBeGreaterThan(9_000)
  const { roots, affixableRoots } = createRootSets([], openList)
  const analyse = createAnalyzer(roots, { affixableRoots })
  const rootOf = (word: string) => analyse(word).root
  expect(rootOf('menghormati')).toBe('hormat')
  expect(rootOf('penguatan')).toBe('kuat')
  expect(rootOf('kebijakannya')).toBe('bijak')
  expect(rootOf('perdamaian')).toBe('damai')
  expect(rootOf('mempelajari')).toBe('ajar')
  expect(rootOf('mengetahui')).toBe('tahu')
  expect(rootOf('mengupas')).toBe('kupas')
  expect(rootOf('negara-negara')).toBe('negara')
  expect(rootOf('berita')).toBe('berita')
  expect(rootOf('pertama')).toBe('pertama')
  expect(analyse('ultra-liberal')).toMatchObject({ root: 'liberal', prefixes: ['ultra-'], known: true })
})
