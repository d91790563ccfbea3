/**
 * `npm run bench`: runs every benchmark in `benchmarks`, each under its own header, and prints
 * what they measure; nothing here passes or fails. To add one, write a module in tests/bench/
 * that exports a `Benchmark` (see benchmark.ts) and list it below. Give names as arguments to run
 * only the benchmarks whose names contain them: `npm run bench -- accuracy`.
 */
import { cpus, loadavg } from 'node:os'
import { pathToFileURL } from 'node:url'
import type { Benchmark } from './benchmark'
import { closeBrowserApp } from './browser-app'
import { bookBenchmark } from './book'
import { glossaryMarkingBenchmark } from './glossary-marking'
import { lighthouseBenchmark } from './lighthouse'
import { morphologyAccuracyBenchmark } from './morphology-accuracy'
import { morphologySpeedBenchmark } from './morphology-speed'
import { pageLoadBenchmark } from './page-load'
import { popoverOpenBenchmark } from './popover-open'
import { termHoverBenchmark } from './term-hover'
import { toggleTranslationsBenchmark } from './toggle-translations'
import { wordLookupBenchmark } from './word-lookup'

export const benchmarks: readonly Benchmark[] = [
  morphologySpeedBenchmark,
  morphologyAccuracyBenchmark,
  glossaryMarkingBenchmark,
  popoverOpenBenchmark,
  wordLookupBenchmark,
  pageLoadBenchmark,
  termHoverBenchmark,
  // Before the two synthetic articles: run right after the book, Lighthouse's Total Blocking Time
  // read 151 ms where it read 60 ms alone, measuring what the book left behind more than the app.
  lighthouseBenchmark,
  toggleTranslationsBenchmark,
  bookBenchmark,
]

export async function runBenchmarks(selected: readonly Benchmark[]): Promise<void> {
  // The load average says how much other work shared the CPU: timings scale with it.
  const load = loadavg().map((value) => value.toFixed(1)).join(' ')
  console.log(`Node ${process.version}, ${new Date().toISOString()}, ${cpus().length} cores, load average ${load}`)
  try {
    for (const benchmark of selected) {
      console.log(`\n== ${benchmark.name} ==`)
      await benchmark.run()
    }
  } finally {
    // The browser benchmarks share one build, server and Chromium, started by the first of them.
    await closeBrowserApp()
  }
}

const isEntryPoint = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href
if (isEntryPoint) {
  const filters = process.argv.slice(2)
  const selected = benchmarks.filter((benchmark) => filters.length === 0 || filters.some((filter) => benchmark.name.includes(filter)))
  try {
    await runBenchmarks(selected)
  } catch (error) {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 1
  }
}
