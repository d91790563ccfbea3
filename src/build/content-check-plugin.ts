// Checks every article when `vite build` starts, so that content a build ships has passed every
// check (schemas and cross-checks, assemble-article.ts) and the built app need not check it again
// on each reader's load (load-article.ts). A problem fails the build with the same list the dev
// server shows in place of the article: file, unit and what is wrong. The word data (lexicon,
// affix meanings, glosses) is checked by its schemas as the build takes it in, for the same end
// (load-word-data.ts).
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import type * as v from 'valibot'
import type { Plugin } from 'vite'
import { glossaryFileSchema, metaFileSchema, originalFileSchema, translationFileSchema } from '../content/article-schema.ts'
import { affixesFileSchema, glossesFileSchema, lexiconFileSchema } from '../content/lexicon-schema.ts'
import { assembleArticle, parseFile, type ArticleFiles, type ContentFile } from '../content/assemble-article.ts'
import { ArticleContentError, formatContentProblem, type ContentProblem } from '../content/content-problem.ts'

/** The folder of the articles, from the project root, as content problems name their files. */
const articlesFolder = 'src/content/articles'
/** A file of an article folder, from the project root; its path within the folder is the match. */
const articleFilePath = new RegExp(`^${articlesFolder}/[^/]+/(.+)$`)
/** A file of the lexicon folder, from the project root; its name is the match. */
const lexiconFilePath = /^src\/content\/lexicon\/([^/]+\.json)$/

/** The schema of each kind of content file that the app imports, by its path from the project root. */
function schemaFor(path: string): v.GenericSchema | undefined {
  const lexiconFile = lexiconFilePath.exec(path)?.[1]
  if (lexiconFile !== undefined) return lexiconFile.startsWith('affixes.') ? affixesFileSchema : lexiconFileSchema
  const pathInFolder = articleFilePath.exec(path)?.[1]
  if (pathInFolder === undefined) return undefined
  if (pathInFolder === 'meta.json') return metaFileSchema
  if (pathInFolder === 'original.json') return originalFileSchema
  if (/^translations\/[^/]+\.json$/.test(pathInFolder)) return translationFileSchema
  if (/^glossary\/[^/]+\.json$/.test(pathInFolder)) return glossaryFileSchema
  if (/^glosses\/[^/]+\.json$/.test(pathInFolder)) return glossesFileSchema
  return undefined
}

/** A file as the checks take it: a missing one has no data, which its schema reports as missing. */
function readContentFile(root: string, path: string): ContentFile {
  if (!existsSync(join(root, path))) return { path, data: undefined }
  const text = readFileSync(join(root, path), 'utf8')
  try {
    return { path, data: JSON.parse(text) as unknown }
  } catch (error) {
    throw new Error(`${path}: is not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
}

function jsonFilesIn(root: string, folder: string): ContentFile[] {
  if (!existsSync(join(root, folder))) return []
  return readdirSync(join(root, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => readContentFile(root, `${folder}/${name}`))
}

/** Every article folder under `root`, read as load-article.ts's globs would find its files. */
export function readArticleFolders(root: string): ArticleFiles[] {
  return readdirSync(join(root, articlesFolder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map(({ name: slug }) => {
      const folder = `${articlesFolder}/${slug}`
      return {
        slug,
        meta: readContentFile(root, `${folder}/meta.json`),
        original: readContentFile(root, `${folder}/original.json`),
        translations: jsonFilesIn(root, `${folder}/translations`),
        glossaries: jsonFilesIn(root, `${folder}/glossary`),
      }
    })
}

export function contentCheckPlugin(): Plugin {
  let root = process.cwd()
  return {
    name: 'selaras:content-check',
    apply: 'build',
    // Before Vite's own JSON plugin, which turns the (now parsed) JSON into a module.
    enforce: 'pre',
    configResolved(config) {
      root = config.root
    },
    buildStart() {
      let articles: ArticleFiles[]
      try {
        articles = readArticleFolders(root)
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error))
      }
      const errors = articles.flatMap((files) => {
        try {
          assembleArticle(files)
          return []
        } catch (error) {
          if (error instanceof ArticleContentError) return [error.message]
          throw error
        }
      })
      if (errors.length > 0) this.error(errors.join('\n'))
    },
    // Each file ships as its schema parses it, defaults filled in: the form the checks vouched for.
    transform(code, id) {
      // With a query it is not the file as it is, but something made of it (translation-title-plugin.ts).
      if (id.includes('?')) return undefined
      const path = relative(root, id).split(sep).join('/')
      const schema = schemaFor(path)
      if (!schema) return undefined
      const problems: ContentProblem[] = []
      const parsed: unknown = parseFile({ path, data: JSON.parse(code) as unknown }, schema, problems)
      if (problems.length > 0) this.error(problems.map(formatContentProblem).join('\n'))
      return { code: JSON.stringify(parsed), map: null }
    },
  }
}
