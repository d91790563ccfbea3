import type { Page } from '@playwright/test'
import { reachWord } from '../e2e/fixtures'
import { median, type Benchmark } from './benchmark'
import { browserApp, seedArticlePath } from './browser-app'
import { cpuSlowdown, formatRange, openPage, waitUntilSettled } from './page-measures'

const loads = 5
/** Words of s9 that no glossary term covers, so that only the word look-up answers them. */
const firstWord = 'Indonesia'
const secondWord = 'tidak'

/** What lookUpTimer leaves on `window`. */
interface LookUpTimes {
  clickedAt?: number
  shownAt?: number
}

/**
 * Issue 3's look-up, timed: from the click on a word to its look-up's details (root, affixes,
 * meanings) in the DOM and the frame after, for the first look-up of a visit and a second. Each
 * load is fresh (empty cache), with the CPU slowed as in page-load, and the page left to settle
 * (hydrated, network idle: the lexicon has been fetched when the page was idle) before the click,
 * as a reader reads a little before looking a word up.
 */
export const wordLookupBenchmark: Benchmark = {
  name: `word look-up: click to a word's details, first of a visit and second, Chromium CPU ${cpuSlowdown}x`,
  async run() {
    const app = await browserApp()
    if (!app) return
    const first: number[] = []
    const second: number[] = []
    for (let load = 0; load < loads; load++) {
      const { context, page } = await openPage(app)
      try {
        await page.goto(`${app.baseUrl}${seedArticlePath}`)
        await waitUntilSettled(page)
        first.push(await timeLookUp(page, firstWord))
        await page.getByRole('heading', { level: 1 }).click()
        await page.getByRole('dialog').waitFor({ state: 'detached' })
        second.push(await timeLookUp(page, secondWord))
      } finally {
        await context.close()
      }
    }
    const summary = (values: readonly number[]) => `median ${median(values).toFixed(0)} ms (${formatRange(values)}, ${loads} fresh loads)`
    console.log(`first look-up of a visit, “${firstWord}”: ${summary(first)}`)
    console.log(`second look-up, “${secondWord}”: ${summary(second)}`)
  },
}

/** Clicks `word` in s9, as a reader's mouse does, and returns ms from the click to the frame after its details. */
async function timeLookUp(page: Page, word: string): Promise<number> {
  const target = await reachWord(page, 's9', word)
  await page.evaluate(lookUpTimer)
  await target.click()
  await page.waitForFunction(() => (window as unknown as { lookUpTimes: LookUpTimes }).lookUpTimes.shownAt !== undefined)
  const { clickedAt = Number.NaN, shownAt = Number.NaN } = await page.evaluate(() => (window as unknown as { lookUpTimes: LookUpTimes }).lookUpTimes)
  return shownAt - clickedAt
}

/**
 * In-page: the time of the next click (captured before the app sees it), and of the first frame
 * after a dialog shows a word's details (`.word-details`: the look-up's body once its data is in).
 */
function lookUpTimer(): void {
  const times: LookUpTimes = {}
  ;(window as unknown as { lookUpTimes: LookUpTimes }).lookUpTimes = times
  document.addEventListener('click', () => (times.clickedAt ??= performance.now()), { capture: true, once: true })
  const observer = new MutationObserver(() => {
    if (!document.querySelector('[role="dialog"] .word-details')) return
    observer.disconnect()
    requestAnimationFrame(() => (times.shownAt = performance.now()))
  })
  observer.observe(document.body, { childList: true, subtree: true })
}
