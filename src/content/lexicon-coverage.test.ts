import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { expect, test } from 'vitest'
import { normalizeWord, tokenize } from '../lib/tokenize'
import { originalFileSchema } from './article-schema'
import { affixesFileSchema, glossesFileSchema, lexiconFileSchema } from './lexicon-schema'

const contentDir = import.meta.dirname
const readJson = (...parts: string[]): unknown => JSON.parse(readFileSync(join(contentDir, ...parts), 'utf8'))

const lexicon = v.parse(lexiconFileSchema, readJson('lexicon', 'en.json'))
const affixes = v.parse(affixesFileSchema, readJson('lexicon', 'affixes.en.json'))
const slugs = readdirSync(join(contentDir, 'articles'))

function unitsOf(slug: string) {
  return v.parse(originalFileSchema, readJson('articles', slug, 'original.json')).paragraphs.flatMap((paragraph) => paragraph.units)
}

test.each(slugs)('every word form of %s has a gloss and a known root in the lexicon', (slug) => {
  const forms = new Set(unitsOf(slug).flatMap((unit) => tokenize(unit.text).map((token) => normalizeWord(token.text))))
  const missing = [...forms].filter((form) => !(form in lexicon.forms))
  expect(missing, 'forms missing from src/content/lexicon/en.json').toEqual([])
  const rootless = [...forms].filter((form) => {
    const root = lexicon.forms[form]?.root
    return root === undefined || !(root in lexicon.roots)
  })
  expect(rootless, 'forms whose root has no entry in "roots"').toEqual([])
})

test.each(slugs)('every word of every unit of %s has a gloss in its sentence', (slug) => {
  const glosses = v.parse(glossesFileSchema, readJson('articles', slug, 'glosses', 'en.json'))
  const missing = unitsOf(slug).flatMap((unit) =>
    tokenize(unit.text)
      .map((token) => normalizeWord(token.text))
      .filter((form) => glosses.units[unit.id]?.[form] === undefined)
      .map((form) => `${unit.id}: ${form}`),
  )
  expect(missing).toEqual([])
})

test('every affix the lexicon uses has a meaning for learners', () => {
  const used = new Set(Object.values(lexicon.forms).flatMap((form) => [...form.prefixes, ...form.suffixes]))
  expect([...used].filter((affix) => !(affix in affixes.affixes))).toEqual([])
})
