import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'

const articlesDir = join(import.meta.dirname, 'articles')
const sharedSource = join(import.meta.dirname, '../../../shared/source')

interface OriginalFile {
  paragraphs: { units: { text: string }[] }[]
}

// The promise of the app: what a reader sees of the original is the source, byte for byte.
describe.each(readdirSync(articlesDir))('article %s', (slug) => {
  const folder = join(articlesDir, slug)
  const source = readFileSync(join(folder, 'source.id.txt'), 'utf8')
  const original = JSON.parse(readFileSync(join(folder, 'original.json'), 'utf8')) as OriginalFile

  test('each paragraph’s units, joined by single spaces, give back that line of the source', () => {
    const rebuilt = original.paragraphs.map((paragraph) => paragraph.units.map((unit) => unit.text).join(' '))
    expect(rebuilt).toEqual(source.split('\n'))
    expect(rebuilt.join('\n')).toBe(source)
  })

  test.runIf(existsSync(join(sharedSource, `${slug}.id.txt`)))('the kept source is the shared verbatim file', () => {
    expect(source).toBe(readFileSync(join(sharedSource, `${slug}.id.txt`), 'utf8'))
  })
})

test('the seed article keeps what a “fix” would lose', () => {
  const source = readFileSync(join(articlesDir, 'mina-lavrov-dunia-islam', 'source.id.txt'), 'utf8')
  expect(source.split('\n')).toHaveLength(11)
  expect(source.endsWith('\n')).toBe(false)
  expect(source).toContain('Bangsa-Bangsa.” Lavrov')
  expect(source).toContain('$ 2,7 miliar')
  expect(source).toContain('kerjasama saling')
  expect(source).toContain('kerja sama di')
})
