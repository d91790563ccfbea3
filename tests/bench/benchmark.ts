import { performance } from 'node:perf_hooks'

/**
 * One benchmark of `npm run bench`: a module in tests/bench/ exports one of these and
 * run-benchmarks.ts lists it. A benchmark prints what it measured and asserts nothing: numbers
 * are for people to read and compare, and timing on a shared machine is too noisy to fail on.
 */
export interface Benchmark {
  readonly name: string
  run(): Promise<void>
}

/** The middle value; for an even count, the mean of the two middle values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const upper = sorted[middle] ?? Number.NaN
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? Number.NaN) + upper) / 2
}

/** Milliseconds that `work` takes, once. */
export function timeMs(work: () => void): number {
  const start = performance.now()
  work()
  return performance.now() - start
}

/** A small deterministic generator (mulberry32), so that every run measures the same input. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
}

export const formatMs = (ms: number): string => `${ms.toFixed(1)} ms`

export const percent = (part: number, whole: number): string =>
  whole === 0 ? 'n/a' : `${((100 * part) / whole).toFixed(1)}%`

/**
 * Calls `round` at least `min` and at most `max` times, stopping after `min` once `budgetMs` has
 * passed: a slow case (seconds per sample) still ends in reasonable time, a fast one gets more
 * samples. Returns what each call returned.
 */
export async function repeatWithinBudget<T>(
  { min, max, budgetMs }: { readonly min: number; readonly max: number; readonly budgetMs: number },
  round: (index: number) => Promise<T>,
): Promise<T[]> {
  const start = performance.now()
  const results: T[] = []
  for (let index = 0; index < max && (index < min || performance.now() - start < budgetMs); index++) results.push(await round(index))
  return results
}
