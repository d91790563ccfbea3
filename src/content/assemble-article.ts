import * as v from 'valibot'
import { buildGlossaryIndex, findGlossaryTerms } from '../lib/find-glossary-terms.ts'
import {
  glossaryFileSchema,
  metaFileSchema,
  originalFileSchema,
  translationFileSchema,
  type ArticleMeta,
  type Glossary,
  type OriginalFile,
  type SourceUnit,
  type Translation,
} from './article-schema.ts'
import { locateSubstring } from '../lib/locate-substring.ts'
import { ArticleContentError, type ContentProblem } from './content-problem.ts'

export interface Paragraph {
  readonly units: readonly SourceUnit[]
}

export interface Article {
  readonly slug: string
  readonly meta: ArticleMeta
  readonly paragraphs: readonly Paragraph[]
  /** One per translation file, ordered by language tag. */
  readonly translations: readonly Translation[]
  /** One per glossary file (glossary/<lang>.json), ordered by language tag. */
  readonly glossaries: readonly Glossary[]
}

export interface ContentFile {
  /** Path from the project root, used in every error message about this file. */
  readonly path: string
  readonly data: unknown
}

export interface ArticleFiles {
  readonly slug: string
  readonly meta: ContentFile
  readonly original: ContentFile
  readonly translations: readonly ContentFile[]
  readonly glossaries: readonly ContentFile[]
}

/** Units a reader must be able to translate: credits are bylines and codes, translated only where useful. */
export function needsTranslation(unit: SourceUnit): boolean {
  return unit.kind !== 'credit'
}

/**
 * Validates an article's files against their schemas and against each other, and returns the
 * article. Throws one ArticleContentError that lists every problem found, not only the first.
 */
export function assembleArticle(files: ArticleFiles): Article {
  const problems: ContentProblem[] = []

  const meta = parseFile(files.meta, metaFileSchema, problems)
  const original = parseFile(files.original, originalFileSchema, problems)
  const translations = files.translations.flatMap((file) => {
    const translation = parseFile(file, translationFileSchema, problems)
    return translation ? [{ file, translation }] : []
  })

  const glossaries = files.glossaries.flatMap((file) => {
    const glossary = parseFile(file, glossaryFileSchema, problems)
    return glossary ? [{ file, glossary }] : []
  })

  if (original) {
    const units = original.paragraphs.flatMap((paragraph) => paragraph.units)
    const seen = new Set<string>()
    for (const unit of units) {
      if (seen.has(unit.id)) {
        problems.push({ file: files.original.path, unitId: unit.id, message: 'this id is used by more than one unit' })
      }
      seen.add(unit.id)
    }
    for (const { file, translation } of translations) {
      problems.push(...crossCheckTranslation(file.path, translation, units))
    }
    for (const { file, glossary } of glossaries) {
      problems.push(...crossCheckGlossary(file.path, glossary, units))
    }
  }

  if (problems.length > 0 || !meta || !original) throw new ArticleContentError(files.slug, problems)
  return articleOf(
    files.slug,
    meta,
    original,
    translations.map(({ translation }) => translation),
    glossaries.map(({ glossary }) => glossary),
  )
}

/**
 * The article from files that a build has already checked and parsed (content-check-plugin.ts),
 * as a built app has them: checking its own content again would cost every reader's load the
 * time (the seed article ~110 ms at CPU 4x; a 100,000-word book ~250 ms unslowed), to no end.
 */
export function assembleCheckedArticle(files: ArticleFiles): Article {
  // The casts hold because the build ran assembleArticle on these very files and shipped each as
  // its schema's output.
  return articleOf(
    files.slug,
    files.meta.data as ArticleMeta,
    files.original.data as OriginalFile,
    files.translations.map((file) => file.data as Translation),
    files.glossaries.map((file) => file.data as Glossary),
  )
}

function articleOf(
  slug: string,
  meta: ArticleMeta,
  original: OriginalFile,
  translations: readonly Translation[],
  glossaries: readonly Glossary[],
): Article {
  const byLanguage = (a: { language: string }, b: { language: string }) => a.language.localeCompare(b.language)
  return {
    slug,
    meta,
    paragraphs: original.paragraphs,
    translations: [...translations].sort(byLanguage),
    glossaries: [...glossaries].sort(byLanguage),
  }
}

function crossCheckGlossary(path: string, glossary: Glossary, units: readonly SourceUnit[]): ContentProblem[] {
  const problems: ContentProblem[] = []
  const ids = new Set<string>()
  for (const entry of glossary.entries) {
    if (ids.has(entry.id)) problems.push({ file: path, message: `entry "${entry.id}" is defined more than once` })
    ids.add(entry.id)
  }
  const occurring = new Set<string>()
  const index = buildGlossaryIndex(glossary.entries)
  for (const unit of units) {
    for (const match of findGlossaryTerms(unit.text, index)) occurring.add(match.entryId)
  }
  for (const entry of glossary.entries) {
    for (const related of entry.related) {
      if (!ids.has(related)) problems.push({ file: path, message: `entry "${entry.id}": related entry "${related}" does not exist` })
    }
    if (!occurring.has(entry.id)) {
      problems.push({ file: path, message: `entry "${entry.id}": "${entry.term}" never occurs in the article (add the form it takes as a variant)` })
    }
  }
  return problems
}

function crossCheckTranslation(path: string, translation: Translation, units: readonly SourceUnit[]): ContentProblem[] {
  const problems: ContentProblem[] = []
  const fileLanguage = /([^/]+)\.json$/.exec(path)?.[1]
  if (fileLanguage !== translation.language) {
    problems.push({
      file: path,
      message: `"language" is "${translation.language}" but the file is named for "${fileLanguage}"`,
    })
  }
  for (const unit of units) {
    if (needsTranslation(unit) && !(unit.id in translation.units)) {
      problems.push({ file: path, unitId: unit.id, message: `has no translation (every ${unit.kind} needs one)` })
    }
  }
  const unitsById = new Map(units.map((unit) => [unit.id, unit]))
  for (const [id, unitTranslation] of Object.entries(translation.units)) {
    const unit = unitsById.get(id)
    if (!unit) {
      problems.push({ file: path, unitId: id, message: 'is not a unit of the original' })
      continue
    }
    unitTranslation.alignments.forEach((alignment, index) => {
      const sides = [
        ['source', unit.text, alignment.source, alignment.sourceOccurrence],
        ['natural', unitTranslation.natural, alignment.natural, alignment.naturalOccurrence],
        ['literal', unitTranslation.literal, alignment.literal, alignment.literalOccurrence],
      ] as const
      for (const [side, text, part, occurrence] of sides) {
        if (!locateSubstring(text, part, occurrence)) {
          const which = occurrence === undefined ? '' : ` (occurrence ${occurrence})`
          problems.push({
            file: path,
            unitId: id,
            message: `"alignments.${index}.${side}": "${part}"${which} is not in the unit's ${side === 'source' ? 'original' : side} text`,
          })
        }
      }
    })
  }
  return problems
}

/** Parses one file against its schema, adding what is wrong with it to `problems`. */
export function parseFile<TSchema extends v.GenericSchema>(
  file: ContentFile,
  schema: TSchema,
  problems: ContentProblem[],
): v.InferOutput<TSchema> | undefined {
  const result = v.safeParse(schema, file.data)
  if (result.success) return result.output
  problems.push(...result.issues.map((issue) => describeIssue(file, issue)))
  return undefined
}

/** Turns a schema issue into a problem that names the unit (not an array index) where it can. */
function describeIssue(file: ContentFile, issue: v.GenericIssue): ContentProblem {
  const keys = (issue.path ?? []).map((item) => item.key)
  let unitId: string | undefined
  let fieldKeys = keys
  const [first, paragraphIndex, second, unitIndex] = keys
  if (first === 'paragraphs' && second === 'units' && typeof paragraphIndex === 'number' && typeof unitIndex === 'number') {
    unitId = unitIdAt(file.data, paragraphIndex, unitIndex) ?? `paragraph ${paragraphIndex + 1}, unit ${unitIndex + 1}`
    fieldKeys = keys.slice(4)
  } else if (first === 'units' && typeof paragraphIndex === 'string') {
    unitId = paragraphIndex
    fieldKeys = keys.slice(2)
  }
  const field = fieldKeys.map(String).join('.')
  const message = issueMessage(issue)
  return {
    file: file.path,
    ...(unitId === undefined ? {} : { unitId }),
    message: field === '' ? message : `"${field}" ${message}`,
  }
}

function issueMessage(issue: v.GenericIssue): string {
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'is not a known field'
  if (issue.kind === 'schema' && issue.received === 'undefined') return 'is missing'
  // Valibot's own messages start "Invalid …"; ours (set in the schema) already read as a sentence.
  if (issue.kind === 'schema' && issue.message.startsWith('Invalid ')) {
    return `must be ${issue.expected} but is ${issue.received}`
  }
  return issue.message
}

function unitIdAt(data: unknown, paragraphIndex: number, unitIndex: number): string | undefined {
  const paragraphs = isRecord(data) ? data['paragraphs'] : undefined
  const paragraph = Array.isArray(paragraphs) ? (paragraphs[paragraphIndex] as unknown) : undefined
  const units = isRecord(paragraph) ? paragraph['units'] : undefined
  const unit = Array.isArray(units) ? (units[unitIndex] as unknown) : undefined
  const id = isRecord(unit) ? unit['id'] : undefined
  return typeof id === 'string' ? id : undefined
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}
