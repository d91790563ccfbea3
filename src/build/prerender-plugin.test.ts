import { expect, test } from 'vitest'
import { contentToPreload, preloadedContentLimit } from './prerender-plugin'

const chunk = (fileName: string, size: number) => ({ fileName, code: 'x'.repeat(size) })

test('an article’s content is preloaded with its page, all of it', () => {
  const chunks = [chunk('assets/original-a.js', 30_000), chunk('assets/en-b.js', 50_000)]
  expect(contentToPreload(chunks)).toEqual(['assets/original-a.js', 'assets/en-b.js'])
})

test('a book’s content is not preloaded: its page’s own HTML comes first', () => {
  const chunks = [chunk('assets/original-a.js', preloadedContentLimit / 2), chunk('assets/en-b.js', preloadedContentLimit / 2 + 1)]
  expect(contentToPreload(chunks)).toEqual([])
})
