import { median, repeatWithinBudget, type Benchmark } from './benchmark'
import { browserApp, toggleArticle } from './browser-app'
import { formatRange, openHydratedArticle, readProbes, reportMissedFrames, type BenchProbes, type FrameWait } from './page-measures'

// Each toggle of this article can take seconds: as many as fit in the budget, hides and shows alternating.
const toggleRounds = { min: 2, max: 6, budgetMs: 60_000 }
const goalMs = 100

interface InteractionEntry {
  readonly interactionId: number
  readonly duration: number
  /** Time in the event's handlers, where React re-renders for a click. */
  readonly handlerMs: number
}

/**
 * Issue 4's third figure: on an article of 5,000 sentences, a click on the global "Show
 * translations" switch until the next paint: the browser's own Event Timing duration of each real
 * (Playwright) click, the longest entry of each interaction as INP counts it (from the input's
 * hardware time to the paint after the handlers, in 8 ms steps), and of that, the time in event
 * handlers (React's synchronous re-render); the rest is style, layout and paint. CPU not slowed:
 * this is the desktop figure. The first click hides (translations are shown by default).
 */
export const toggleTranslationsBenchmark: Benchmark = {
  name: `toggle-5000: show/hide all translations on ${toggleArticle.title.replace(/^Bench: /, 'an article of ')}, Chromium`,
  async run() {
    const app = await browserApp()
    if (!app) return
    const { context, page, articleVisibleMs, interactiveMs } = await openHydratedArticle(app, `/articles/${toggleArticle.slug}`)
    try {
      const rowCount = await page.locator('[data-unit-row]').count()
      console.log(
        `(${rowCount.toLocaleString('en')} rows; article visible after ${articleVisibleMs.toFixed(0)} ms, interactive by ${interactiveMs.toFixed(0)} ms, CPU not slowed)`,
      )

      await page.evaluate(() => {
        const entries: InteractionEntry[] = []
        ;(window as unknown as { benchInteractions: InteractionEntry[] }).benchInteractions = entries
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as PerformanceEventTiming[]) {
            if (entry.interactionId > 0) {
              entries.push({ interactionId: entry.interactionId, duration: entry.duration, handlerMs: entry.processingEnd - entry.processingStart })
            }
          }
          // 16 ms is the smallest threshold the browser allows; a toggle of 5,000 rows is well above it.
        }).observe({ type: 'event', durationThreshold: 16, buffered: false } as PerformanceObserverInit)
      })
      await page.evaluate(() => {
        document.addEventListener('click', () => ((window as unknown as { benchClickAt: number }).benchClickAt = performance.now()), {
          capture: true,
        })
      })
      const toggle = page.getByRole('checkbox', { name: 'Show translations' })
      // Passages far from the screen follow the switch just after the paint (passage.tsx): the time
      // until every row has followed it, checked each frame, and the longest task until then.
      const followings = await repeatWithinBudget(toggleRounds, async (round) => {
        await toggle.click()
        return page.evaluate(async (wantHidden) => {
          const clickAt = (window as unknown as { benchClickAt: number }).benchClickAt
          const { benchNextFrame } = window as unknown as FrameWait
          while (document.querySelectorAll('.unit-translation[data-visible="false"]').length !== wantHidden) await benchNextFrame()
          const allRowsMs = performance.now() - clickAt
          // Long-task entries arrive a little after their task.
          await new Promise((resolve) => setTimeout(resolve, 200))
          const tasks = (window as unknown as { benchProbes: BenchProbes }).benchProbes.longTasks ?? []
          const during = tasks.filter((task) => task.start + task.duration > clickAt && task.start < clickAt + allRowsMs)
          return { allRowsMs, longestTaskMs: Math.max(0, ...during.map((task) => task.duration)) }
        }, round % 2 === 0 ? rowCount : 0)
      })
      const allRowsMs = followings.map((following) => following.allRowsMs)
      const longestTasks = followings.map((following) => following.longestTaskMs)
      // Event Timing entries are delivered after the paint they end at: give the last one time to arrive.
      await page.waitForTimeout(500)
      const entries = await page.evaluate(() => (window as unknown as { benchInteractions: InteractionEntry[] }).benchInteractions)
      const probes = await readProbes(page)
      // One click is several entries (pointerdown, pointerup, click) ending at the same paint: the
      // interaction's duration is its longest entry's (as INP counts it), its handler time their sum.
      const byInteraction = new Map<number, InteractionEntry>()
      for (const entry of entries) {
        const seen = byInteraction.get(entry.interactionId)
        byInteraction.set(
          entry.interactionId,
          seen ? { ...entry, duration: Math.max(seen.duration, entry.duration), handlerMs: seen.handlerMs + entry.handlerMs } : entry,
        )
      }
      const interactions = [...byInteraction.values()]
      const durations = interactions.map((entry) => entry.duration)
      const hides = durations.filter((_, index) => index % 2 === 0)
      const shows = durations.filter((_, index) => index % 2 === 1)
      const handlers = interactions.map((entry) => entry.handlerMs)

      const overall = median(durations)
      console.log(
        `Event Timing, click to next paint: median ${overall.toFixed(0)} ms (${formatRange(durations)}) over ${durations.length} of ${allRowsMs.length} real clicks (goal < ${goalMs} ms: ${
          overall < goalMs ? 'met' : 'MISSED'
        })`,
      )
      console.log(`  hide: median ${median(hides).toFixed(0)} ms (${formatRange(hides)}); show: median ${median(shows).toFixed(0)} ms (${formatRange(shows)})`)
      console.log(`  of which in event handlers (React's re-render): median ${median(handlers).toFixed(0)} ms (${formatRange(handlers)}); the rest is style, layout, paint`)
      console.log(
        `  every one of the ${rowCount.toLocaleString('en')} rows following the switch: median ${median(allRowsMs).toFixed(0)} ms (${formatRange(
          allRowsMs,
        )}) after the click; longest task until then: median ${median(longestTasks).toFixed(0)} ms (${formatRange(longestTasks)})`,
      )
      reportMissedFrames(probes)
    } finally {
      await context.close()
    }
  },
}
