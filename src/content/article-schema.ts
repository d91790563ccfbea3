import * as v from 'valibot'

/**
 * The shapes of an article folder's files (src/content/articles/<slug>/). Everything read from
 * those files passes through these schemas; past them the types are trusted.
 */

export const nonBlankText = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  v.check((text) => text.trim() === text, 'must not start or end with white space'),
  v.check((text) => !/[\n\r]/.test(text), 'must be a single line'),
)

const idSchema = v.pipe(
  v.string(),
  v.regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens'),
)

export const languageSchema = v.pipe(v.string(), v.regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag such as "en"'))

export const unitKinds = ['sentence', 'aside', 'credit'] as const

const sourceUnitSchema = v.strictObject({
  id: v.pipe(
    v.string(),
    v.regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and hyphens, starting with a letter'),
  ),
  kind: v.picklist(unitKinds, `must be one of: ${unitKinds.join(', ')}`),
  text: nonBlankText,
})

export const originalFileSchema = v.strictObject({
  paragraphs: v.pipe(
    v.array(v.strictObject({ units: v.pipe(v.array(sourceUnitSchema), v.minLength(1, 'a paragraph needs at least one unit')) })),
    v.minLength(1, 'an article needs at least one paragraph'),
  ),
})

export const metaFileSchema = v.strictObject({
  title: nonBlankText,
  // The source prints no headline: the title is ours, and the reader must be told so.
  titleBy: v.literal('editor', 'must be "editor": titles are curated by Selaras, not the source'),
  source: nonBlankText,
  dateline: nonBlankText,
  datePrinted: nonBlankText,
})

const occurrence = v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, 'counts from 1')))

/**
 * A phrase of the original and the phrases that render it, given as exact substrings (the nth
 * occurrence where a substring repeats), so that a curator reads and writes them as text.
 */
const alignmentSchema = v.strictObject({
  source: nonBlankText,
  natural: nonBlankText,
  literal: nonBlankText,
  sourceOccurrence: occurrence,
  naturalOccurrence: occurrence,
  literalOccurrence: occurrence,
})

const unitTranslationSchema = v.strictObject({
  natural: nonBlankText,
  literal: nonBlankText,
  notes: v.optional(v.array(nonBlankText), []),
  alignments: v.optional(v.array(alignmentSchema), []),
})

export const translationFileSchema = v.strictObject({
  language: languageSchema,
  title: nonBlankText,
  units: v.record(v.string(), unitTranslationSchema),
})

export const glossaryCategories = [
  'title',
  'institution',
  'diplomatic formula',
  'fixed phrase',
  'news formula',
  'number',
  'military',
  'key word',
] as const

const wordPartsSchema = v.strictObject({
  word: nonBlankText,
  root: nonBlankText,
  prefixes: v.array(nonBlankText),
  suffixes: v.array(nonBlankText),
  reduplicated: v.boolean(),
  literal: nonBlankText,
})

const glossaryEntrySchema = v.strictObject({
  id: idSchema,
  term: nonBlankText,
  variants: v.array(nonBlankText),
  english: v.pipe(v.array(nonBlankText), v.minLength(1, 'needs at least one English equivalent')),
  category: v.picklist(glossaryCategories, `must be one of: ${glossaryCategories.join(', ')}`),
  breakdown: v.pipe(v.array(wordPartsSchema), v.minLength(1, 'needs a word-by-word breakdown')),
  literal: nonBlankText,
  note: nonBlankText,
  related: v.array(idSchema),
})

export const glossaryFileSchema = v.strictObject({
  language: languageSchema,
  entries: v.array(glossaryEntrySchema),
})

export type SourceUnit = v.InferOutput<typeof sourceUnitSchema>
export type UnitKind = SourceUnit['kind']
export type ArticleMeta = v.InferOutput<typeof metaFileSchema>
export type UnitTranslation = v.InferOutput<typeof unitTranslationSchema>
export type Translation = v.InferOutput<typeof translationFileSchema>
export type GlossaryEntry = v.InferOutput<typeof glossaryEntrySchema>
export type Glossary = v.InferOutput<typeof glossaryFileSchema>
export type WordParts = v.InferOutput<typeof wordPartsSchema>
export type Alignment = v.InferOutput<typeof alignmentSchema>
export type OriginalFile = v.InferOutput<typeof originalFileSchema>
