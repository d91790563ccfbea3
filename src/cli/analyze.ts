/**
 * Analyse Indonesian words from the command line.
 *
 *   npm run --silent analyze -- memperkuat negara-negara 1950-an
 *   printf 'kebijakan\ndicari-cari\n' | npm run --silent analyze
 *
 * Words come from the arguments or, when there are none, from standard input, one per line
 * (surrounding white space is trimmed, blank lines are skipped). Each good word prints one JSON
 * object on its own line of standard output, in input order:
 *
 *   {"word","root","prefixes","suffixes","reduplicated","known"} plus "gloss" when the curated
 *   lexicon (src/content/lexicon/en.json) has one: the gloss of that word form, or failing that the
 *   gloss of its root.
 *
 * Bad input is reported, not guessed at. A word is bad when it is empty, longer than 64
 * characters, holds white space, has no letters or digits, or has characters that cannot be in a
 * word (anything that the reader's tokenizer would not keep in one token: "<b>", "!!!"). Each bad
 * word gets one line on standard error naming it and saying why; the good words around it are
 * still analysed and printed, so one typo in a long list loses nothing. No words at all is also
 * bad input.
 *
 * Exit codes: 0 every word was analysed; 2 some input was bad (after printing the rest);
 * 1 the command could not run (an unreadable lexicon or root list), with one line saying why.
 * Never a stack trace.
 */
import { readFileSync } from 'node:fs'
import type { Lexicon } from '../content/lexicon-schema'
import { createAnalyzer, type WordAnalysis } from '../features/lookup/morphology/analyze-word'
import { createRootSets } from '../features/lookup/morphology/root-list'
import { normalizeWord } from '../lib/tokenize'
import { findWordProblem } from './check-word'
import { readLexicon, readOpenRootList } from './read-lexicon-files'

const usage = 'usage: npm run --silent analyze -- <word>...   (or one word a line on standard input)'

interface Output {
  readonly lines: string[]
  readonly problems: string[]
}

function glossOf(lexicon: Lexicon | undefined, analysis: WordAnalysis): string | undefined {
  if (!lexicon) return undefined
  return lexicon.forms[normalizeWord(analysis.word)]?.gloss ?? lexicon.roots[analysis.root]?.gloss
}

function analyseAll(words: readonly string[]): Output {
  const lexicon = readLexicon()
  const rootSets = createRootSets(Object.keys(lexicon?.roots ?? {}), readOpenRootList())
  const analyse = createAnalyzer(rootSets.roots, { affixableRoots: rootSets.affixableRoots })
  const output: Output = { lines: [], problems: [] }
  for (const word of words) {
    const problem = findWordProblem(word)
    if (problem !== undefined) {
      output.problems.push(`analyze: ${JSON.stringify(word)} ${problem}`)
      continue
    }
    const analysis = analyse(word)
    const gloss = glossOf(lexicon, analysis)
    output.lines.push(JSON.stringify(gloss === undefined ? analysis : { ...analysis, gloss }))
  }
  return output
}

function readWords(args: readonly string[]): string[] {
  if (args.length > 0) return args.map((arg) => arg.trim())
  return readFileSync(0, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
}

function main(args: readonly string[]): number {
  if (args.length === 1 && (args[0] === '--help' || args[0] === '-h')) {
    process.stdout.write(`${usage}\n`)
    return 0
  }
  const words = readWords(args)
  if (words.length === 0) {
    process.stderr.write(`analyze: no words given\n${usage}\n`)
    return 2
  }
  const { lines, problems } = analyseAll(words)
  if (lines.length > 0) process.stdout.write(`${lines.join('\n')}\n`)
  if (problems.length > 0) process.stderr.write(`${problems.join('\n')}\n`)
  return problems.length > 0 ? 2 : 0
}

try {
  process.exitCode = main(process.argv.slice(2))
} catch (error) {
  // Anything that escapes is the environment's fault (a missing or broken data file), not the input's.
  process.stderr.write(`analyze: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
