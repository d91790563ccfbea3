import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from 'vitest'

const contentDir = import.meta.dirname
const projectDir = join(contentDir, '..', '..')

const jsonFilesIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((name) => name.endsWith('.json')).map((name) => join(dir, name)) : []

// What we write, not the source: the original text keeps its own quotation marks, stray one and all.
const curatedFiles = [
  ...readdirSync(join(contentDir, 'articles')).flatMap((slug) =>
    ['translations', 'glossary', 'glosses'].flatMap((kind) => jsonFilesIn(join(contentDir, 'articles', slug, kind))),
  ),
  ...jsonFilesIn(join(contentDir, 'lexicon')),
  ...readdirSync(join(projectDir, 'locales')).flatMap((language) => jsonFilesIn(join(projectDir, 'locales', language))),
].map((path) => relative(projectDir, path))

function* stringsOf(value: unknown, key: string): Generator<{ key: string; text: string }> {
  if (typeof value === 'string') yield { key, text: value }
  else if (Array.isArray(value)) for (const [index, item] of value.entries()) yield* stringsOf(item, `${key}[${index}]`)
  else if (typeof value === 'object' && value !== null)
    for (const [name, item] of Object.entries(value)) yield* stringsOf(item, key === '' ? name : `${key}.${name}`)
}

test('the curated files are found', () => {
  expect(curatedFiles).toContain('src/content/lexicon/affixes.en.json')
  expect(curatedFiles).toContain('src/content/articles/mina-lavrov-dunia-islam/glossary/en.json')
  expect(curatedFiles).toContain('locales/id/reader.json')
})

// A reader sees “ ” ‘ ’ everywhere else in the app; a straight quote among them reads as a slip.
test.each(curatedFiles)('%s quotes with typographic marks (“ ” ‘ ’), never straight ones', (file) => {
  const data: unknown = JSON.parse(readFileSync(join(projectDir, file), 'utf8'))
  const straight = [...stringsOf(data, '')].filter(({ text }) => /["']/.test(text)).map(({ key, text }) => `${key}: ${text}`)
  expect(straight).toEqual([])
})
