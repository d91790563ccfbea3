import { describe, expect, test } from 'vitest'
import { assembleArticle, assembleCheckedArticle, parseFile, type ArticleFiles } from './assemble-article'
import { glossaryFileSchema, metaFileSchema, originalFileSchema, translationFileSchema } from './article-schema'
import { ArticleContentError, formatContentProblem } from './content-problem'
import meta from './articles/mina-lavrov-dunia-islam/meta.json'
import original from './articles/mina-lavrov-dunia-islam/original.json'
import glossary from './articles/mina-lavrov-dunia-islam/glossary/en.json'
import english from './articles/mina-lavrov-dunia-islam/translations/en.json'

const folder = 'src/content/articles/test-article'

/** The seed article's files, deep-copied so that each test can break them its own way. */
function seedFiles(): ArticleFiles & { translations: { path: string; data: unknown }[]; glossaries: { path: string; data: unknown }[] } {
  return {
    slug: 'test-article',
    meta: { path: `${folder}/meta.json`, data: structuredClone(meta) },
    original: { path: `${folder}/original.json`, data: structuredClone(original) },
    translations: [{ path: `${folder}/translations/en.json`, data: structuredClone(english) }],
    glossaries: [{ path: `${folder}/glossary/en.json`, data: structuredClone(glossary) }],
  }
}

function problemsOf(files: ArticleFiles): string[] {
  try {
    assembleArticle(files)
  } catch (error) {
    if (error instanceof ArticleContentError) return error.problems.map(formatContentProblem)
    throw error
  }
  throw new Error('expected the article to be rejected')
}

// `any` on purpose: these tests reach into raw JSON to break it in ways no type would allow.
type Json = Record<string, any>

test('a built app, reading files as their schemas parsed them, assembles the same article unchecked', () => {
  const files = seedFiles()
  delete (files.translations[0]?.data as Json).units.s3.notes
  const shipped = (file: { path: string; data: unknown }, schema: Parameters<typeof parseFile>[1]) => ({
    path: file.path,
    data: parseFile(file, schema, []),
  })
  const built: ArticleFiles = {
    slug: files.slug,
    meta: shipped(files.meta, metaFileSchema),
    original: shipped(files.original, originalFileSchema),
    translations: files.translations.map((file) => shipped(file, translationFileSchema)),
    glossaries: files.glossaries.map((file) => shipped(file, glossaryFileSchema)),
  }
  const article = assembleCheckedArticle(built)
  expect(article).toEqual(assembleArticle(files))
  expect(article.translations[0]?.units['s3']?.notes).toEqual([])
})

test('the seed article assembles, with every sentence and aside translated', () => {
  const article = assembleArticle(seedFiles())
  const units = article.paragraphs.flatMap((paragraph) => paragraph.units)
  expect(units.map((unit) => unit.kind).filter((kind) => kind === 'sentence')).toHaveLength(13)
  expect(units.filter((unit) => unit.kind === 'aside').map((unit) => unit.text)).toEqual([
    'Baca Juga: Hari Pertama Menjabat, Trump Langsung Batalkan Sanksi terhadap Pemukim Israel',
    'Baca Juga: Trump Tarik AS dari WHO',
  ])
  expect(units.filter((unit) => unit.kind === 'credit').map((unit) => unit.text)).toEqual([
    '(T/RA-1/P2)',
    'Miraj News Agency (MINA)',
  ])
  const [translation] = article.translations
  for (const unit of units) {
    if (unit.kind === 'credit') continue
    expect(translation?.units[unit.id]?.natural, unit.id).toBeTruthy()
    expect(translation?.units[unit.id]?.literal, unit.id).toBeTruthy()
  }
})

test('a new translation language is only a new file', () => {
  const files = seedFiles()
  const french = structuredClone(english) as Json
  french['language'] = 'fr'
  french['title'] = 'Lavrov : les relations avec le monde islamique, une priorité de la politique étrangère russe'
  files.translations.push({ path: `${folder}/translations/fr.json`, data: french })
  expect(assembleArticle(files).translations.map((translation) => translation.language)).toEqual(['en', 'fr'])
})

describe('a malformed file is named with the unit and the problem', () => {
  test('a translation without its literal version', () => {
    const files = seedFiles()
    delete (files.translations[0]?.data as Json)['units']['s3']['literal']
    expect(problemsOf(files)).toEqual([`${folder}/translations/en.json: unit "s3": "literal" is missing`])
  })

  test('a sentence with no translation at all, and a translation of no unit', () => {
    const files = seedFiles()
    const units = (files.translations[0]?.data as Json)['units']
    units['s99'] = units['s7']
    delete units['s7']
    expect(problemsOf(files)).toEqual([
      `${folder}/translations/en.json: unit "s7": has no translation (every sentence needs one)`,
      `${folder}/translations/en.json: unit "s99": is not a unit of the original`,
    ])
  })

  test('a unit of the original with empty text, a bad kind and a stray field', () => {
    const files = seedFiles()
    const unit = (files.original.data as Json)['paragraphs'][1]['units'][1]
    unit['text'] = ''
    unit['kind'] = 'footnote'
    unit['note'] = 'oops'
    expect(problemsOf(files)).toEqual([
      `${folder}/original.json: unit "s3": "kind" must be one of: sentence, aside, credit`,
      `${folder}/original.json: unit "s3": "text" must not be empty`,
      `${folder}/original.json: unit "s3": "note" is not a known field`,
    ])
  })

  test('text that was reflowed over two lines or padded with spaces', () => {
    const files = seedFiles()
    const units = (files.original.data as Json)['paragraphs'][0]['units']
    units[0]['text'] = 'Moskow, MINA –\nMenteri'
    const translation = (files.translations[0]?.data as Json)['units']['s2']
    translation['natural'] = ' padded '
    expect(problemsOf(files)).toEqual([
      `${folder}/original.json: unit "s1": "text" must be a single line`,
      `${folder}/translations/en.json: unit "s2": "natural" must not start or end with white space`,
    ])
  })

  test('two units with one id', () => {
    const files = seedFiles()
    ;(files.original.data as Json)['paragraphs'][1]['units'][1]['id'] = 's2'
    expect(problemsOf(files)).toContain(`${folder}/original.json: unit "s2": this id is used by more than one unit`)
  })

  test('a unit without an id is placed by paragraph and position', () => {
    const files = seedFiles()
    delete (files.original.data as Json)['paragraphs'][3]['units'][1]['id']
    expect(problemsOf(files)).toEqual([`${folder}/original.json: unit "paragraph 4, unit 2": "id" is missing`])
  })

  test('a translation file whose language does not match its name', () => {
    const files = seedFiles()
    ;(files.translations[0]?.data as Json)['language'] = 'de'
    expect(problemsOf(files)).toEqual([`${folder}/translations/en.json: "language" is "de" but the file is named for "en"`])
  })

  test('metadata that claims the title for the source, and a wrong type', () => {
    const files = seedFiles()
    const data = files.meta.data as Json
    data['titleBy'] = 'source'
    data['dateline'] = 42
    expect(problemsOf(files)).toEqual([
      `${folder}/meta.json: "titleBy" must be "editor": titles are curated by Selaras, not the source`,
      `${folder}/meta.json: "dateline" must be string but is 42`,
    ])
  })

  test('every problem of every file is reported at once', () => {
    const files = seedFiles()
    delete (files.meta.data as Json)['source']
    ;(files.original.data as Json)['paragraphs'] = []
    delete (files.translations[0]?.data as Json)['title']
    expect(problemsOf(files)).toEqual([
      `${folder}/meta.json: "source" is missing`,
      `${folder}/original.json: "paragraphs" an article needs at least one paragraph`,
      `${folder}/translations/en.json: "title" is missing`,
    ])
  })
})

test('a phrase alignment must point at text that is really there', () => {
  const files = seedFiles()
  const s2 = (files.translations[0]?.data as Json)['units']['s2']
  s2['alignments'] = [
    { source: 'kekuatan Eurasia', natural: 'Eurasian power', literal: 'power Eurasia' },
    { source: 'kekuatan Asia', natural: 'Eurasian power', literal: 'power Eurasia', naturalOccurrence: 2 },
  ]
  expect(problemsOf(files)).toEqual([
    `${folder}/translations/en.json: unit "s2": "alignments.1.source": "kekuatan Asia" is not in the unit's original text`,
    `${folder}/translations/en.json: unit "s2": "alignments.1.natural": "Eurasian power" (occurrence 2) is not in the unit's natural text`,
  ])
})

test('a glossary entry must occur in the article and relate to entries that exist', () => {
  const files = seedFiles()
  const entries = (files.glossaries[0]?.data as Json)['entries'] as Json[]
  const eurasia = entries.find((entry) => entry['id'] === 'kekuatan-eurasia') as Json
  eurasia['related'] = [...eurasia['related'], 'no-such-entry']
  entries.push({ ...eurasia, id: 'kekuatan-asia', term: 'kekuatan Asia', variants: [], related: [] })
  expect(problemsOf(files)).toEqual([
    `${folder}/glossary/en.json: entry "kekuatan-eurasia": related entry "no-such-entry" does not exist`,
    `${folder}/glossary/en.json: entry "kekuatan-asia": "kekuatan Asia" never occurs in the article (add the form it takes as a variant)`,
  ])
})

test('a glossary entry without its breakdown is named by index', () => {
  const files = seedFiles()
  delete ((files.glossaries[0]?.data as Json)['entries'] as Json[])[2]?.['breakdown']
  expect(problemsOf(files)).toEqual([`${folder}/glossary/en.json: "entries.2.breakdown" is missing`])
})
