import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { lexiconFileSchema, type Lexicon } from '../content/lexicon-schema'
import { parseRootList, type OpenRootList } from '../features/lookup/morphology/root-list'

/**
 * Node's way to the files the browser gets through Vite: the curated lexicon and the open root
 * list, read from the source tree with fs. Paths are relative to this file, so the command works
 * from any working directory.
 */

const lexiconDir = join(import.meta.dirname, '..', 'content', 'lexicon')

export const lexiconPath = join(lexiconDir, 'en.json')
const openRootsPath = join(lexiconDir, 'hunspell-id', 'roots.txt')
const openAffixablePath = join(lexiconDir, 'hunspell-id', 'affixable.txt')

export class LexiconFileError extends Error {
  override name = 'LexiconFileError'
}

/** The curated lexicon, or undefined when the file does not exist (yet). */
export function readLexicon(path: string = lexiconPath): Lexicon | undefined {
  if (!existsSync(path)) return undefined
  let data: unknown
  try {
    data = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new LexiconFileError(`${path}: not valid JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const result = v.safeParse(lexiconFileSchema, data)
  if (!result.success) {
    const problems = result.issues.map((issue) => `${v.getDotPath(issue) ?? '(top level)'}: ${issue.message}`)
    throw new LexiconFileError(`${path}: ${problems.join('; ')}`)
  }
  return result.output
}

export function readOpenRootList(): OpenRootList {
  return {
    roots: parseRootList(readFileSync(openRootsPath, 'utf8')),
    affixable: parseRootList(readFileSync(openAffixablePath, 'utf8')),
  }
}
