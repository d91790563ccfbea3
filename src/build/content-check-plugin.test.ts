// The plugin in a real (tiny) Vite build: broken content fails the build, naming file, unit and
// problem; sound content ships as its schema parses it, so the built app can trust it unchecked.
import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { build } from 'vite'
import { afterEach, expect, test } from 'vitest'
import { contentCheckPlugin, readArticleFolders } from './content-check-plugin'
import { translationTitlePlugin } from './translation-title-plugin'

let root = ''

afterEach(async () => {
  if (root) await rm(root, { recursive: true, force: true })
})

const meta = { title: 'Judul', titleBy: 'editor', source: 'Sumber', dateline: 'Jakarta', datePrinted: 'Senin (8/3)' }
const original = { paragraphs: [{ units: [{ id: 's1', kind: 'sentence', text: 'Rusia menolak.' }] }] }

/**
 * A project of one article (`an-article`, sound metadata and original) and `files`, by their path
 * from the project root, whose one page runs `main`: the imports the app's globs would make.
 */
async function projectOf(files: Readonly<Record<string, unknown>>, main: string): Promise<string> {
  const project = await mkdtemp(join(tmpdir(), 'selaras-content-check-'))
  const article = 'src/content/articles/an-article'
  for (const [path, data] of Object.entries({ [`${article}/meta.json`]: meta, [`${article}/original.json`]: original, ...files })) {
    await mkdir(dirname(join(project, path)), { recursive: true })
    await writeFile(join(project, path), JSON.stringify(data))
  }
  await writeFile(join(project, 'index.html'), '<!doctype html><script type="module" src="/src/main.js"></script>')
  await writeFile(join(project, 'src/main.js'), main)
  return project
}

/** A project whose one page imports an article's translation, as the app's globs do (`query`: as the library does). */
function projectWith(translation: unknown, query = ''): Promise<string> {
  return projectOf(
    { 'src/content/articles/an-article/translations/en.json': translation },
    `import translation from './content/articles/an-article/translations/en.json${query}'\ndocument.title = JSON.stringify(translation)`,
  )
}

function buildProject(project: string) {
  return build({
    configFile: false,
    root: project,
    logLevel: 'silent',
    plugins: [contentCheckPlugin(), translationTitlePlugin()],
    build: { outDir: join(project, 'dist'), emptyOutDir: true, minify: false },
  })
}

test('a build of broken content fails, naming the file, the unit and what is wrong', { timeout: 60_000 }, async () => {
  root = await projectWith({ language: 'en', title: 'Title', units: { s1: { natural: 'Russia refuses.' } } })
  await expect(buildProject(root)).rejects.toThrow(
    'src/content/articles/an-article/translations/en.json: unit "s1": "literal" is missing',
  )
})

test('a build fails on a missing or unreadable file, naming it', { timeout: 60_000 }, async () => {
  root = await projectWith({ language: 'en', title: 'Title', units: { s1: { natural: 'Russia refuses.', literal: 'Russia refuses.' } } })
  const folder = join(root, 'src/content/articles/an-article')
  await rm(join(folder, 'meta.json'))
  await expect(buildProject(root)).rejects.toThrow('src/content/articles/an-article/meta.json: is missing')
  await writeFile(join(folder, 'meta.json'), '{"title": "Judul",')
  await expect(buildProject(root)).rejects.toThrow('src/content/articles/an-article/meta.json: is not valid JSON')
})

test('sound content ships as its schema parses it, the defaults filled in', { timeout: 60_000 }, async () => {
  root = await projectWith({ language: 'en', title: 'Title', units: { s1: { natural: 'Russia refuses.', literal: 'Russia refuses.' } } })
  await buildProject(root)
  const assets = join(root, 'dist/assets')
  const [script] = (await readdir(assets)).filter((name) => name.endsWith('.js'))
  const code = await readFile(join(assets, script ?? 'missing.js'), 'utf8')
  expect(code).toMatch(/"?notes"?:\s*\[\]/)
  expect(code).toMatch(/"?alignments"?:\s*\[\]/)
})

test('a translation imported for its title (?title) ships its language and title alone, past the check', { timeout: 60_000 }, async () => {
  root = await projectWith({ language: 'en', title: 'Title', units: { s1: { natural: 'Russia refuses.', literal: 'Russia refuses.' } } }, '?title')
  await buildProject(root)
  const assets = join(root, 'dist/assets')
  const [script] = (await readdir(assets)).filter((name) => name.endsWith('.js'))
  const code = await readFile(join(assets, script ?? 'missing.js'), 'utf8')
  expect(code).toMatch(/"?language"?:\s*"en",\s*"?title"?:\s*"Title"/)
  expect(code).not.toContain('Russia refuses.')
})

/** A project whose one page imports the word data (lexicon, affix meanings, an article's glosses), as load-word-data.ts's globs do. */
function projectWithWordData(files: { lexicon: unknown; affixes: unknown; glosses: unknown }): Promise<string> {
  return projectOf(
    {
      'src/content/lexicon/en.json': files.lexicon,
      'src/content/lexicon/affixes.en.json': files.affixes,
      'src/content/articles/an-article/glosses/en.json': files.glosses,
    },
    "const files = import.meta.glob(['./content/lexicon/*.json', './content/articles/*/glosses/*.json'], { eager: true, import: 'default' })\n" +
      'document.title = JSON.stringify(files)',
  )
}

const soundWordData = {
  lexicon: { language: 'en', roots: { tolak: { gloss: 'refuse', class: 'verb' } }, forms: {} },
  affixes: { language: 'en', affixes: { 'me-': 'does the action' } },
  glosses: { language: 'en', units: { s1: { menolak: 'refuses' } } },
}

test('a build of broken word data fails, naming the file and what is wrong', { timeout: 60_000 }, async () => {
  root = await projectWithWordData({ ...soundWordData, lexicon: { language: 'en', roots: { tolak: { gloss: 'refuse', class: 'verbish' } }, forms: {} } })
  await expect(buildProject(root)).rejects.toThrow('src/content/lexicon/en.json: "roots.tolak.class" must be ("noun"')
  await rm(root, { recursive: true, force: true })
  root = await projectWithWordData({ ...soundWordData, affixes: { language: 'en' } })
  await expect(buildProject(root)).rejects.toThrow('src/content/lexicon/affixes.en.json: "affixes" ')
  await rm(root, { recursive: true, force: true })
  root = await projectWithWordData({ ...soundWordData, glosses: { language: 'en', units: { s1: { menolak: ' ' } } } })
  await expect(buildProject(root)).rejects.toThrow('src/content/articles/an-article/glosses/en.json: unit "s1": "menolak" must not start or end with white space')
})

test('sound word data builds', { timeout: 60_000 }, async () => {
  root = await projectWithWordData(soundWordData)
  await buildProject(root)
  const assets = join(root, 'dist/assets')
  const [script] = (await readdir(assets)).filter((name) => name.endsWith('.js'))
  expect(await readFile(join(assets, script ?? 'missing.js'), 'utf8')).toContain('refuses')
})

test('the articles it checks are every folder of the project, with the files the app imports', () => {
  const articles = readArticleFolders(join(import.meta.dirname, '../..'))
  const seed = articles.find((article) => article.slug === 'mina-lavrov-dunia-islam')
  expect(seed?.original.path).toBe('src/content/articles/mina-lavrov-dunia-islam/original.json')
  expect(seed?.translations.map((file) => file.path)).toEqual(['src/content/articles/mina-lavrov-dunia-islam/translations/en.json'])
  expect(seed?.glossaries.map((file) => file.path)).toEqual(['src/content/articles/mina-lavrov-dunia-islam/glossary/en.json'])
})
