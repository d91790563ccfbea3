import * as v from 'valibot'
import { languageSchema, nonBlankText } from './article-schema.ts'

/** The shapes of the word-level content: the project's lexicon, affix meanings, and per-article glosses. */

const text = nonBlankText
const language = languageSchema

export const wordClasses = [
  'noun',
  'verb',
  'adjective',
  'adverb',
  'pronoun',
  'preposition',
  'conjunction',
  'numeral',
  'particle',
  'name',
  'abbreviation',
  'number',
] as const

export const lexiconFileSchema = v.strictObject({
  language,
  roots: v.record(v.string(), v.strictObject({ gloss: text, class: v.picklist(wordClasses) })),
  forms: v.record(
    v.string(),
    v.strictObject({
      root: text,
      gloss: text,
      prefixes: v.array(text),
      suffixes: v.array(text),
      reduplicated: v.boolean(),
    }),
  ),
})

export const affixesFileSchema = v.strictObject({
  language,
  affixes: v.record(v.string(), text),
})

/** Per unit, each word form (lower case) and what it means in that sentence. */
export const glossesFileSchema = v.strictObject({
  language,
  units: v.record(v.string(), v.record(v.string(), text)),
})

export type Lexicon = v.InferOutput<typeof lexiconFileSchema>
export type LexiconForm = Lexicon['forms'][string]
export type AffixMeanings = v.InferOutput<typeof affixesFileSchema>
export type Glosses = v.InferOutput<typeof glossesFileSchema>
