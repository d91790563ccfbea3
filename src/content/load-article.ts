import { assembleArticle, assembleCheckedArticle, parseFile, type Article, type ContentFile } from './assemble-article'
import { metaFileSchema, type ArticleMeta } from './article-schema'
import { ArticleContentError, type ContentProblem } from './content-problem'

// Every article folder is found by these globs: adding an article or a translation language is
// adding files, never code. Originals and translations load on demand; metadata is small and
// eager because the library page lists every article.
const metaFiles = import.meta.glob<unknown>('./articles/*/meta.json', { eager: true, import: 'default' })
const originalFiles = import.meta.glob<unknown>('./articles/*/original.json', { import: 'default' })
const translationFiles = import.meta.glob<unknown>('./articles/*/translations/*.json', { import: 'default' })
const glossaryFiles = import.meta.glob<unknown>('./articles/*/glossary/*.json', { import: 'default' })
// Only each translation's language and title, for the library (translation-title-plugin.ts).
const translatedTitleFiles = import.meta.glob<unknown>('./articles/*/translations/*.json', {
  eager: true,
  query: '?title',
  import: 'default',
})

const contentRoot = 'src/content/'

/** Glob keys are relative to this folder; error messages name files from the project root. */
function contentFile(globKey: string, data: unknown): ContentFile {
  return { path: contentRoot + globKey.replace(/^\.\//, ''), data }
}

function slugOf(globKey: string): string {
  return globKey.split('/')[2] ?? globKey
}

export interface TranslatedTitle {
  readonly language: string
  readonly title: string
}

export type CatalogEntry =
  | { readonly slug: string; readonly meta: ArticleMeta; readonly titles: readonly TranslatedTitle[]; readonly error?: undefined }
  | { readonly slug: string; readonly meta?: undefined; readonly titles?: undefined; readonly error: ArticleContentError }

let catalog: readonly CatalogEntry[] | undefined

/**
 * Every article, in slug order, with the title of each of its translations; an article with
 * broken metadata is listed with its error. A translation too broken to have a title is left
 * out here: opening the article reports it.
 */
export function listArticles(): readonly CatalogEntry[] {
  // Made once: the files it reads are fixed for the life of the module, and the library renders it.
  return (catalog ??= Object.entries(metaFiles)
    .map(([key, data]): CatalogEntry => {
      const slug = slugOf(key)
      const problems: ContentProblem[] = []
      const meta = parseFile(contentFile(key, data), metaFileSchema, problems)
      return meta ? { slug, meta, titles: translatedTitlesOf(slug) } : { slug, error: new ArticleContentError(slug, problems) }
    })
    .sort((a, b) => a.slug.localeCompare(b.slug)))
}

function translatedTitlesOf(slug: string): TranslatedTitle[] {
  return Object.entries(translatedTitleFiles)
    .filter(([key]) => slugOf(key) === slug)
    .flatMap(([, data]) => {
      const { language, title } = (data ?? {}) as Partial<Record<keyof TranslatedTitle, unknown>>
      return typeof language === 'string' && typeof title === 'string' && title !== '' ? [{ language, title }] : []
    })
    .sort((a, b) => a.language.localeCompare(b.language))
}

export function hasArticle(slug: string): boolean {
  return `./articles/${slug}/original.json` in originalFiles
}

export async function loadArticle(slug: string): Promise<Article> {
  const folder = `./articles/${slug}/`
  const loadOriginal = originalFiles[`${folder}original.json`]
  const meta = metaFiles[`${folder}meta.json`]
  if (!loadOriginal || meta === undefined) {
    throw new ArticleContentError(slug, [{ file: `${contentRoot}articles/${slug}/`, message: 'no such article' }])
  }
  const translationKeys = Object.keys(translationFiles).filter((key) => key.startsWith(`${folder}translations/`))
  const glossaryKeys = Object.keys(glossaryFiles).filter((key) => key.startsWith(`${folder}glossary/`))
  const [original, translations, glossaries] = await Promise.all([
    loadOriginal(),
    Promise.all(translationKeys.map((key) => translationFiles[key]?.())),
    Promise.all(glossaryKeys.map((key) => glossaryFiles[key]?.())),
  ])
  // The dev server (and the tests) check every load, so that an author sees problems in place of
  // the article; a build checked its content before shipping it (content-check-plugin.ts).
  const assemble = import.meta.env.DEV ? assembleArticle : assembleCheckedArticle
  return assemble({
    slug,
    meta: contentFile(`${folder}meta.json`, meta),
    original: contentFile(`${folder}original.json`, original),
    translations: translationKeys.map((key, index) => contentFile(key, translations[index])),
    glossaries: glossaryKeys.map((key, index) => contentFile(key, glossaries[index])),
  })
}

const preloaded = new Map<string, Article>()

/**
 * Loads an article before the first render, for pages whose HTML was prerendered at build: the
 * render that hydrates must show the same text as the HTML, not a "Loading" line.
 */
export async function preloadArticle(slug: string): Promise<Article> {
  const article = await loadArticle(slug)
  preloaded.set(slug, article)
  return article
}

export function preloadedArticle(slug: string): Article | undefined {
  return preloaded.get(slug)
}
