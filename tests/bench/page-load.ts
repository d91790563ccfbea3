import { median, type Benchmark } from './benchmark'
import { browserApp, plainArticleCopyPath, plainArticlePath, seedArticlePath } from './browser-app'
import { cpuSlowdown, formatRange, interleavedLoads } from './page-measures'

const loads = 5
const ratioGoal = 1.2

/**
 * Issue 4's first figure: how much longer the app takes than plain HTML to show the article.
 * Fresh loads (new context each: empty cache) of the app's article URL and of the same article
 * as a static page with the app's CSS and no JS, alternated, CPU slowed 4x; each timed from
 * navigation start until the `<article>` has a painted box in the viewport (see
 * articleVisibleProbe). Works whether the article's HTML is rendered by the client or at build.
 * A byte-identical copy of the plain page, loaded in the same rounds, prints how far from 1.00x
 * noise alone puts a ratio in that run.
 */
export const pageLoadBenchmark: Benchmark = {
  name: `page-load: seed article visible, app vs plain HTML, Chromium CPU ${cpuSlowdown}x`,
  async run() {
    const app = await browserApp()
    if (!app) return
    const [plain = [], article = [], plainCopy = []] = await interleavedLoads(app, [plainArticlePath, seedArticlePath, plainArticleCopyPath], loads)
    const plainMedian = median(plain)
    const articleMedian = median(article)
    const ratio = articleMedian / plainMedian
    console.log(`plain static HTML, no JS: median ${plainMedian.toFixed(0)} ms (${formatRange(plain)}, ${loads} fresh loads)`)
    console.log(`the app, ${seedArticlePath}: median ${articleMedian.toFixed(0)} ms (${formatRange(article)}, ${loads} fresh loads)`)
    console.log(`ratio app / plain: ${ratio.toFixed(2)}x (goal <= ${ratioGoal}x: ${ratio <= ratioGoal ? 'met' : 'MISSED'})`)
    console.log(
      `noise: the plain page again, at another address: median ${median(plainCopy).toFixed(0)} ms (${formatRange(plainCopy)}), ${(median(plainCopy) / plainMedian).toFixed(2)}x the first (identical pages)`,
    )
  },
}
