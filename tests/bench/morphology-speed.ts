import { normalizeWord } from '../../src/lib/tokenize'
import { formatMs, median, seededRandom, timeMs, type Benchmark } from './benchmark'
import { analyzerFor, loadMorphologySetup, readArticleTokens } from './morphology-setup'

const tokenCount = 100_000
const runs = 5
const targetMs = 200

// Affixes attached to the article's words to make variants the engine must take apart again.
const variantPrefixes = ['di', 'ter', 'ber', 'ke', 'se', 'meng', 'pe']
const variantSuffixes = ['nya', 'lah', 'kan', 'i', 'an', 'ku', 'mu', 'pun', 'kah']

/**
 * A synthetic running text: the article's tokens in their own order (three tokens in four), mixed
 * with affixed variants of its words (one in four), drawn with a fixed seed.
 */
function buildTokenStream(articleTokens: readonly string[]): string[] {
  const random = seededRandom(20_250_308)
  const plainWords = [...new Set(articleTokens.map(normalizeWord).filter((word) => /^[a-z]+$/.test(word)))]
  const variants = plainWords.flatMap((word) => [
    ...variantPrefixes.map((prefix) => prefix + word),
    ...variantSuffixes.map((suffix) => word + suffix),
  ])
  const stream: string[] = []
  let position = Math.floor(random() * articleTokens.length)
  while (stream.length < tokenCount) {
    if (random() < 0.75) {
      stream.push(articleTokens[position % articleTokens.length] ?? '')
      position++
    } else {
      stream.push(variants[Math.floor(random() * variants.length)] ?? '')
    }
  }
  return stream
}

export const morphologySpeedBenchmark: Benchmark = {
  name: `morphology: analyse ${tokenCount.toLocaleString('en')} word tokens`,
  async run() {
    const setup = loadMorphologySetup()
    const stream = buildTokenStream(readArticleTokens())
    const distinct = new Set(stream).size
    const analyseStream = (analyse: (word: string) => unknown) => {
      for (const token of stream) analyse(token)
    }

    // Warm-up: let the JIT compile the engine before anything is timed.
    for (let round = 0; round < 3; round++) analyseStream(analyzerFor(setup.appRoots))

    const coldTimes: number[] = []
    for (let run = 0; run < runs; run++) {
      const analyse = analyzerFor(setup.appRoots)
      coldTimes.push(timeMs(() => analyseStream(analyse)))
    }
    const warmAnalyse = analyzerFor(setup.appRoots)
    analyseStream(warmAnalyse)
    const warmTimes: number[] = []
    for (let run = 0; run < runs; run++) warmTimes.push(timeMs(() => analyseStream(warmAnalyse)))

    const rootSetMs = median(Array.from({ length: runs }, () => timeMs(() => loadMorphologySetup())))
    const coldMs = median(coldTimes)
    const warmMs = median(warmTimes)
    const verdict = (ms: number) => (ms < targetMs ? 'under' : 'OVER')
    console.log(`token stream: ${stream.length.toLocaleString('en')} tokens, ${distinct.toLocaleString('en')} distinct (seeded)`)
    console.log(
      `cold analyser (new, empty cache; every distinct word analysed once): median ${formatMs(coldMs)} of ${runs} runs — ${verdict(coldMs)} the ${targetMs} ms target`,
    )
    console.log(`  per distinct word: ${((1000 * coldMs) / distinct).toFixed(1)} µs  (runs: ${coldTimes.map(formatMs).join(', ')})`)
    console.log(
      `warm analyser (cache already holds every word): median ${formatMs(warmMs)} of ${runs} runs — ${verdict(warmMs)} the ${targetMs} ms target`,
    )
    console.log(`  (runs: ${warmTimes.map(formatMs).join(', ')}; timings swing widely when the machine is busy)`)
    console.log(`reading the lexicon and root lists and building the root sets (once per session): median ${formatMs(rootSetMs)}`)
  },
}
