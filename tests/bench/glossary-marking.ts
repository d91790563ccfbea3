import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { buildGlossaryIndex, markGlossaryTerms, type GlossaryTermForms } from '../../src/lib/find-glossary-terms'
import { findWords, tokenize } from '../../src/lib/tokenize'
import { formatMs, median, seededRandom, timeMs, type Benchmark } from './benchmark'

const articleDir = join(import.meta.dirname, '../../src/content/articles/mina-lavrov-dunia-islam')
const wordCount = 100_000
const termCount = 10_000
const runs = 11
/** Samples of each size for the linearity ratio: a shared machine's noise needs more than `runs`. */
const pairedRuns = 31
const targetMs = 100
const linearityLimit = 2.2

/** The article's own words, plus made-up ones so that the vocabulary is as varied as a book's. */
function vocabulary(random: () => number): string[] {
  const source = readFileSync(join(articleDir, 'source.id.txt'), 'utf8')
  const words = [...new Set(tokenize(source).map((token) => token.text))]
  const syllables = ['ka', 'ma', 'ta', 'ra', 'si', 'lu', 'pe', 'ng', 'an', 'ber', 'di', 'kan', 'tu', 'ja', 'ne', 'go']
  for (let index = 0; index < 5_000; index++) {
    const length = 2 + Math.floor(random() * 3)
    words.push(Array.from({ length }, () => syllables[Math.floor(random() * syllables.length)]).join(''))
  }
  return words
}

/** Running text with sentence punctuation and capitals, like the article, `count` words long. */
function syntheticText(words: readonly string[], count: number, random: () => number): string {
  const parts: string[] = []
  for (let index = 0; index < count; index++) {
    let word = words[Math.floor(random() * words.length)] ?? 'kata'
    const isSentenceStart = index % 18 === 0
    if (isSentenceStart) word = word.charAt(0).toUpperCase() + word.slice(1)
    parts.push(word)
    if (index % 18 === 17) parts.push('. ')
    else if (index % 7 === 6) parts.push(', ')
    else parts.push(' ')
  }
  return parts.join('')
}

/** The article's real glossary, topped up to `termCount` with terms of one to four words. */
function glossaryOf(words: readonly string[], random: () => number): GlossaryTermForms[] {
  const real = (JSON.parse(readFileSync(join(articleDir, 'glossary', 'en.json'), 'utf8')) as { entries: GlossaryTermForms[] })
    .entries
  const terms: GlossaryTermForms[] = [...real]
  while (terms.length < termCount) {
    const length = 1 + Math.floor(random() * 4)
    const term = Array.from({ length }, () => words[Math.floor(random() * words.length)]).join(' ')
    terms.push({ id: `synthetic-${terms.length}`, term, variants: [] })
  }
  return terms
}

/**
 * What the reader does for a unit (annotate-unit.ts): tokenize the text, then mark terms among its
 * tokens. The tokens are part of the cost: the reader has none before this.
 */
function mark(text: string, index: ReturnType<typeof buildGlossaryIndex>): number {
  return markGlossaryTerms(text, index, findWords(text)).length
}

/**
 * Milliseconds of this process's CPU time (all its threads, the collector's included) that `work`
 * takes. Beside wall time, not instead of it: on a machine shared with other jobs, wall time also
 * counts the waits for a core, and this shows how much of a slow run was such waiting.
 */
function cpuMs(work: () => void): number {
  const before = process.cpuUsage()
  work()
  const used = process.cpuUsage(before)
  return (used.user + used.system) / 1000
}

const spread = (times: readonly number[]): string =>
  `${formatMs(Math.min(...times))}–${formatMs(Math.max(...times))}`

export const glossaryMarkingBenchmark: Benchmark = {
  name: `glossary: mark a ${wordCount.toLocaleString('en')}-word text against ${termCount.toLocaleString('en')} terms`,
  async run() {
    const random = seededRandom(8_3)
    const words = vocabulary(random)
    const glossary = glossaryOf(words, random)
    const text = syntheticText(words, wordCount, random)
    const doubleText = syntheticText(words, wordCount * 2, random)

    const indexMs = median(Array.from({ length: runs }, () => timeMs(() => buildGlossaryIndex(glossary))))
    const index = buildGlossaryIndex(glossary)
    // Warm-up at both sizes, so that the JIT has compiled the matcher before anything is timed.
    for (let round = 0; round < 20; round++) {
      mark(text, index)
      mark(doubleText, index)
    }

    // The two sizes take turns, so that a stretch of load from the machine's other work falls on
    // both rather than skewing the ratio; which goes first alternates too.
    const singleTimes: number[] = []
    const doubleTimes: number[] = []
    const singleCpuTimes: number[] = []
    const doubleCpuTimes: number[] = []
    let marked = 0
    const timeSingle = () => {
      singleCpuTimes.push(cpuMs(() => singleTimes.push(timeMs(() => (marked = mark(text, index))))))
    }
    const timeDouble = () => {
      doubleCpuTimes.push(cpuMs(() => doubleTimes.push(timeMs(() => mark(doubleText, index)))))
    }
    for (let round = 0; round < pairedRuns; round++) {
      if (round % 2 === 0) {
        timeSingle()
        timeDouble()
      } else {
        timeDouble()
        timeSingle()
      }
    }
    const single = median(singleTimes)
    const double = median(doubleTimes)
    // The ratio within each pair, run back to back, cancels the machine's slower drifts; the ratio
    // of the two medians is printed beside it.
    const ratio = median(doubleTimes.map((time, round) => time / (singleTimes[round] as number)))
    console.log(`building the index of ${glossary.length.toLocaleString('en')} terms: ${formatMs(indexMs)} (median of ${runs})`)
    console.log(
      `tokenizing and marking ${wordCount.toLocaleString('en')} words: ${formatMs(single)} (median of ${pairedRuns}, range ${spread(
        singleTimes,
      )}; target < ${targetMs} ms: ${single < targetMs ? 'met' : 'MISSED'}), ${marked.toLocaleString('en')} terms marked`,
    )
    console.log(`tokenizing and marking ${(wordCount * 2).toLocaleString('en')} words: ${formatMs(double)} (range ${spread(doubleTimes)})`)
    console.log(
      `twice the text takes ${ratio.toFixed(2)}x as long, by the median of ${pairedRuns} back-to-back pairs (target <= ${linearityLimit}x: ${
        ratio <= linearityLimit ? 'met' : 'MISSED'
      }); ${(double / single).toFixed(2)}x by the two medians`,
    )
    const singleCpu = median(singleCpuTimes)
    const doubleCpu = median(doubleCpuTimes)
    console.log(
      `CPU time of the same runs (medians): ${formatMs(singleCpu)} and ${formatMs(doubleCpu)}, ${(doubleCpu / singleCpu).toFixed(
        2,
      )}x; the targets above are for wall time`,
    )
  },
}
