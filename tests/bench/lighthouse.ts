import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import * as v from 'valibot'
import { chromiumArgs } from '../browser.mjs'
import { median, repeatWithinBudget, type Benchmark } from './benchmark'
import { browserApp, seedArticlePath } from './browser-app'

const categoryGoals = { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 } as const
type CategoryId = keyof typeof categoryGoals
const categoryIds = Object.keys(categoryGoals) as CategoryId[]
// A run takes 20–40 s on this machine: up to three, for a range of the performance score.
const runRounds = { min: 1, max: 3, budgetMs: 60_000 }

/** The part of Lighthouse's JSON report (its "LHR") read here. */
const reportSchema = v.looseObject({
  categories: v.record(
    v.string(),
    v.looseObject({
      score: v.nullable(v.number()),
      auditRefs: v.array(v.looseObject({ id: v.string(), weight: v.number() })),
    }),
  ),
  audits: v.record(v.string(), v.looseObject({ score: v.nullable(v.number()), numericValue: v.optional(v.number()) })),
})
type Report = v.InferOutput<typeof reportSchema>

const execFileAsync = promisify(execFile)

/** One Lighthouse run through its command line, in the Chromium the other benchmarks use. */
async function runLighthouse(url: string, chromiumPath: string): Promise<Report> {
  const outDir = mkdtempSync(join(tmpdir(), 'selaras-lighthouse-'))
  try {
    const outputPath = join(outDir, 'report.json')
    const cli = createRequire(import.meta.url).resolve('lighthouse/cli/index.js')
    await execFileAsync(
      process.execPath,
      [
        cli,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${outputPath}`,
        `--only-categories=${categoryIds.join(',')}`,
        // Lighthouse's default: a mobile screen, simulated slow 4G and a CPU slowed 4x.
        '--form-factor=mobile',
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: chromiumPath }, timeout: 180_000 },
    )
    return v.parse(reportSchema, JSON.parse(readFileSync(outputPath, 'utf8')))
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}

const score = (report: Report, id: CategoryId) => Math.round(100 * (report.categories[id]?.score ?? Number.NaN))

/** The audits that cost a category points, so that a missed 100 says why. */
function failingAudits(report: Report, id: CategoryId): string[] {
  return (report.categories[id]?.auditRefs ?? []).flatMap((ref) => {
    const auditScore = report.audits[ref.id]?.score
    return ref.weight > 0 && auditScore !== null && auditScore !== undefined && auditScore < 1 ? [ref.id] : []
  })
}

/**
 * Issue 4's fifth figure: Lighthouse 12's mobile scores for the seed article, in the shared
 * build and server, plus its Largest Contentful Paint (simulated: Lighthouse's Lantern model of a
 * mid-range phone on slow 4G, from a trace of an unthrottled load).
 */
export const lighthouseBenchmark: Benchmark = {
  name: 'lighthouse: mobile scores for the seed article',
  async run() {
    const app = await browserApp()
    if (!app) return
    const url = `${app.baseUrl}${seedArticlePath}`
    const reports = await repeatWithinBudget(runRounds, () => runLighthouse(url, app.chromiumPath))
    for (const id of categoryIds) {
      const scores = reports.map((report) => score(report, id))
      const middle = median(scores)
      const range = Math.min(...scores) === Math.max(...scores) ? '' : ` (${Math.min(...scores)}–${Math.max(...scores)})`
      const failing = [...new Set(reports.flatMap((report) => failingAudits(report, id)))]
      console.log(
        `${id}: ${middle}${range} (goal >= ${categoryGoals[id]}: ${middle >= categoryGoals[id] ? 'met' : 'MISSED'})${
          failing.length > 0 ? `; audits below full marks: ${failing.join(', ')}` : ''
        }`,
      )
    }
    for (const [audit, name] of [
      ['first-contentful-paint', 'FCP'],
      ['largest-contentful-paint', 'LCP'],
      ['total-blocking-time', 'TBT'],
    ] as const) {
      const values = reports.map((report) => report.audits[audit]?.numericValue ?? Number.NaN)
      console.log(
        `${name} (simulated mobile): median ${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms), ${reports.length} runs`,
      )
    }
  },
}
