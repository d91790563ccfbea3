import { median, percent, repeatWithinBudget, type Benchmark } from './benchmark'
import { bookArticle, browserApp, seedArticlePath } from './browser-app'
import { articleVisibleMs, formatRange, openHydratedArticle, readProbes, reportMissedFrames, type FrameWait } from './page-measures'

const bookPath = `/articles/${bookArticle.slug}`
// A load of the book can take tens of seconds: as many alternating seed/book loads as fit.
const loadRounds = { min: 1, max: 5, budgetMs: 90_000 }
const ratioGoal = 1.5
const longTaskGoalMs = 200
// Scrolling stops here if the book is not through, and says how far it got.
const scrollBudgetMs = 90_000

/**
 * Issue 4's fourth figure, an article the size of a book (the seed's sentences repeated to
 * 100,000 words, with their translations, notes and glossary). First: how long its first screen
 * takes against the seed article's (fresh loads, alternated, article visible: articleVisibleProbe, the
 * frame that first draws it; both are the app's pages, with the same kind of first screen).
 * Then: the longest task (Long Tasks API) while scrolling from top to bottom one viewport per
 * frame (at most 90 s of it), after the book has loaded and settled. CPU not slowed for either: at 4x one load of
 * today's app runs for minutes.
 */
export const bookBenchmark: Benchmark = {
  name: `book: ${bookArticle.title.replace(/^Bench: /, '')}, first screen and scrolling, Chromium`,
  async run() {
    const app = await browserApp()
    if (!app) return
    const rounds = await repeatWithinBudget(loadRounds, async () => ({
      seed: await articleVisibleMs(app, seedArticlePath, { slowdown: 1 }),
      book: await articleVisibleMs(app, bookPath, { slowdown: 1 }),
    }))
    const seed = rounds.map((round) => round.seed)
    const book = rounds.map((round) => round.book)
    const ratio = median(book) / median(seed)
    console.log(`seed article visible: median ${median(seed).toFixed(0)} ms (${formatRange(seed)}); the book: median ${median(book).toFixed(0)} ms (${formatRange(book)}), ${rounds.length} fresh loads each, CPU not slowed`)
    console.log(`ratio book / seed: ${ratio.toFixed(2)}x (goal <= ${ratioGoal}x: ${ratio <= ratioGoal ? 'met' : 'MISSED'})`)

    const { context, page } = await openHydratedArticle(app, bookPath)
    try {
      // Hydrated (the prerendered text shows long before), then a moment for what loads when idle.
      await page.waitForTimeout(1_500)
      const scroll = await page.evaluate(async (budgetMs) => {
        const { benchNextFrame: nextFrame } = window as unknown as FrameWait
        const start = performance.now()
        let steps = 0
        const bottom = () => document.documentElement.scrollHeight - window.innerHeight
        // A pixel of slack: scroll positions can be fractional and stop just short of the bottom.
        while (window.scrollY < bottom() - 1 && performance.now() - start < budgetMs) {
          // Instant: the app's CSS asks for smooth scrolling, which would restart its animation every frame.
          window.scrollBy({ top: window.innerHeight, behavior: 'instant' })
          steps++
          await nextFrame()
        }
        // One more frame, so that the last screen's work is in a task that has ended.
        await nextFrame()
        await new Promise((resolve) => setTimeout(resolve, 0))
        const reached = window.scrollY + window.innerHeight
        return { start, end: performance.now(), steps, reached, height: document.documentElement.scrollHeight }
      }, scrollBudgetMs)
      // Long task entries arrive after their task: give the last one time to be delivered.
      await page.waitForTimeout(500)
      const probes = await readProbes(page)
      const { longTasks = [] } = probes
      const during = (from: number, to: number) => longTasks.filter((task) => task.start >= from && task.start < to)
      const loading = during(0, scroll.start)
      const scrolling = during(scroll.start, scroll.end)
      const longest = (tasks: readonly { duration: number }[]) => Math.max(0, ...tasks.map((task) => task.duration))
      const overGoal = scrolling.filter((task) => task.duration > longTaskGoalMs).length
      const isThrough = scroll.reached >= scroll.height - 1
      const extent = isThrough
        ? `scrolling all ${scroll.height.toLocaleString('en')} px`
        : `scrolling only ${percent(scroll.reached, scroll.height)} of ${scroll.height.toLocaleString('en')} px (the ${scrollBudgetMs / 1000} s budget ran out)`
      console.log(
        `${extent} in ${scroll.steps.toLocaleString('en')} screens took ${((scroll.end - scroll.start) / 1000).toFixed(1)} s; longest task ${longest(scrolling).toFixed(0)} ms, ${
          scrolling.length
        } long tasks, ${overGoal} over ${longTaskGoalMs} ms (goal: none: ${overGoal === 0 ? 'met' : 'MISSED'})`,
      )
      reportMissedFrames(probes)
      console.log(`(while loading: longest task ${longest(loading).toFixed(0)} ms, ${loading.length} long tasks)`)
    } finally {
      await context.close()
    }
  },
}
