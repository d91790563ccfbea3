// Shared helpers for the browser tests. Units are found through the app's contract: the source
// text is `[lang="id"][data-unit="<id>"]`, its translation `[lang="en"][data-unit="<id>"]` (carrying
// `hidden` while it is hidden), and the row around both is `#<id>[data-unit-row]`.
import { readFileSync } from 'node:fs'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Locator, type Page } from '@playwright/test'

export const slug = 'mina-lavrov-dunia-islam'
export const articlePath = `/articles/${slug}`
export const preferencesKey = 'selaras.preferences'

const articleDir = new URL(`../../src/content/articles/${slug}/`, import.meta.url)

interface SourceUnit {
  readonly id: string
  readonly kind: 'sentence' | 'aside' | 'credit'
  readonly text: string
}

interface UnitTranslation {
  readonly natural: string
  readonly literal: string
  readonly notes: readonly string[]
}

function readJson<T>(relativePath: string): T {
  return JSON.parse(readFileSync(new URL(relativePath, articleDir), 'utf8')) as T
}

/** The article's units in reading order, straight from the content file. */
export const sourceUnits: readonly SourceUnit[] = readJson<{ paragraphs: { units: SourceUnit[] }[] }>(
  'original.json',
).paragraphs.flatMap((paragraph) => paragraph.units)

const englishFile = readJson<{ title: string; units: Record<string, UnitTranslation> }>('translations/en.json')

/** The curated English, straight from the content file. */
export const englishUnits: Readonly<Record<string, UnitTranslation>> = englishFile.units
export const englishTitle = englishFile.title

export const unitIds = sourceUnits.map((unit) => unit.id)
export const sentenceIds = sourceUnits.filter((unit) => unit.kind === 'sentence').map((unit) => unit.id)

export function english(id: string): UnitTranslation {
  const translation = englishUnits[id]
  if (!translation) throw new Error(`translations/en.json has no unit "${id}"`)
  return translation
}

export function indonesianUnit(page: Page, id: string): Locator {
  return page.locator(`[lang="id"][data-unit="${id}"]`)
}

/** A unit's English while it is shown: a hidden translation is in the DOM with `hidden`. */
export function englishUnit(page: Page, id: string): Locator {
  return page.locator(`[lang="en"][data-unit="${id}"]:not([hidden])`)
}

export const shownEnglishSelector = '[lang="en"][data-unit]:not([hidden])'

export function allEnglishUnits(page: Page): Locator {
  return page.locator(shownEnglishSelector)
}

export function unitRow(page: Page, id: string): Locator {
  return page.locator(`[data-unit-row][id="${id}"]`)
}

/**
 * Moves the mouse into a row, as a reader's pointer comes before a click: a row's words get spans
 * of their own only then. The row's buttons are a spot where no hover opens anything.
 */
export async function reachRow(page: Page, id: string): Promise<void> {
  await unitRow(page, id).locator('.unit-actions').hover()
}

/** A word of unit `id` whose text is exactly `text` (the first, if it occurs more than once), reached by the mouse. */
export async function reachWord(page: Page, id: string, text: string): Promise<Locator> {
  await reachRow(page, id)
  return indonesianUnit(page, id)
    .locator('span.word[data-word-index]')
    .filter({ hasText: new RegExp(`^${text}$`) })
    .first()
}

/**
 * The centre of the first whole-word `text` in an element, measured through a Range: it needs no
 * span, so a finger can go where a word is drawn in a row nothing has reached yet. Measured until
 * it has not moved for 10 frames: after a scroll, paragraphs coming near the screen are laid out
 * for the first time (content-visibility), which the browser decides in a task of its own that a
 * busy page can hold back for a few frames, and the text moves when they are. A tap at a place
 * measured before then landed on a word of the sentence before, twice in whole-suite runs on two
 * busy cores, once after two frames had agreed.
 */
export async function centreOfWord(element: Locator, text: string): Promise<{ x: number; y: number }> {
  return element.evaluate(async (root, wanted) => {
    const measure = () => {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const found = new RegExp(`(?<![\\p{L}\\p{N}])${wanted}(?![\\p{L}\\p{N}])`, 'u').exec(node.textContent ?? '')
        if (!found) continue
        const range = document.createRange()
        range.setStart(node, found.index)
        range.setEnd(node, found.index + wanted.length)
        const box = range.getBoundingClientRect()
        return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
      }
      throw new Error(`no word “${wanted}” in ${root.textContent}`)
    }
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    let centre = measure()
    for (let frame = 0, still = 0; frame < 60; frame++) {
      await nextFrame()
      const next = measure()
      still = next.x === centre.x && next.y === centre.y ? still + 1 : 0
      if (still === 10) return next
      centre = next
    }
    throw new Error(`“${wanted}” was still moving after 60 frames`)
  }, text)
}

/** Waits until the page has not scrolled for 20 frames: a smooth scroll, and any re-aim of it, are over. */
export async function waitUntilScrollSettles(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    for (let still = 0, last = window.scrollY; still < 20; ) {
      await nextFrame()
      still = window.scrollY === last ? still + 1 : 0
      last = window.scrollY
    }
  })
}

/**
 * Waits until the app has hydrated: the prerendered text shows earlier, and a press made before
 * then only takes effect then (src/app/hold-presses.ts).
 */
export async function waitUntilInteractive(page: Page): Promise<void> {
  await expect(page.locator('html[data-interactive]')).toBeAttached()
}

/** Opens the article and waits until it can be used. */
export async function openArticle(page: Page, hash = ''): Promise<void> {
  await page.goto(articlePath + hash)
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  await waitUntilInteractive(page)
}

/**
 * Shows or hides one unit's translation from the keyboard: focus its sentence, press Space. Space
 * on a focused sentence is the one way to toggle that the app has kept through every redesign, so
 * tests that only need a revealed translation use it; the mouse path has its own test.
 */
export async function toggleWithSpace(page: Page, id: string): Promise<void> {
  await indonesianUnit(page, id).focus()
  await page.keyboard.press('Space')
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails after `limit`
 * presses. Keyboard only: it never moves focus itself, so it also proves the element is reachable.
 */
export async function tabUntil(
  page: Page,
  selector: string,
  limit = 25,
  key: 'Tab' | 'Shift+Tab' = 'Tab',
): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(key)
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return
  }
  throw new Error(`${limit} presses of ${key} never focused ${selector}`)
}

/** Matches a focused sentence: the focusable element that holds a unit's source text. */
export const sentenceSelector = '[lang="id"][data-unit]'

/** On a phone the layout and style choices are folded away: unfolds them, as a reader would. */
export async function showMoreOptions(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'More options' })
  if ((await toggle.isVisible()) && (await toggle.getAttribute('aria-expanded')) === 'false') await toggle.click()
}

export async function chooseLayout(page: Page, name: 'Side by side' | 'Interlinear' | 'Original only'): Promise<void> {
  await showMoreOptions(page)
  const radio = page.getByRole('radio', { name })
  await radio.check()
  await expect(radio).toBeChecked()
}

export interface Box {
  readonly top: number
  readonly bottom: number
  readonly left: number
  readonly right: number
  readonly height: number
}

/** The rendered box of a visible element, in page coordinates (independent of scrolling). */
export async function boxOf(locator: Locator): Promise<Box> {
  await expect(locator).toBeVisible()
  const rect = await locator.evaluate((element) => {
    const { top, bottom, left, right, height } = element.getBoundingClientRect()
    return { top: top + window.scrollY, bottom: bottom + window.scrollY, left, right, height }
  })
  return rect
}

export interface UnitBoxes {
  readonly original: Box
  /** Null while the translation is not rendered. */
  readonly translation: Box | null
}

/**
 * The boxes of every unit, both sides, measured in one go (page coordinates), each where a reader
 * sees it. A paragraph off screen is not laid out (content-visibility) and keeps a guessed height,
 * or the one it had in the last layout, until it comes near the screen: so each is brought near it
 * once, as scrolling through the article does, and the page is put back where it was.
 */
export async function unitBoxes(page: Page): Promise<Map<string, UnitBoxes>> {
  const measured = await page.evaluate(async (ids) => {
    const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
    const { scrollY } = window
    for (const paragraph of document.querySelectorAll('.paragraph')) {
      paragraph.scrollIntoView({ block: 'center', behavior: 'instant' })
      await nextFrame()
      await nextFrame()
    }
    window.scrollTo({ top: scrollY, behavior: 'instant' })
    await nextFrame()
    const measure = (element: Element | null) => {
      if (!element) return null
      const { top, bottom, left, right, height } = element.getBoundingClientRect()
      return { top: top + window.scrollY, bottom: bottom + window.scrollY, left, right, height }
    }
    return ids.map((id) => ({
      id,
      original: measure(document.querySelector(`[lang="id"][data-unit="${id}"]`)),
      translation: measure(document.querySelector(`[lang="en"][data-unit="${id}"]:not([hidden])`)),
    }))
  }, unitIds)
  const boxes = new Map<string, UnitBoxes>()
  for (const { id, original, translation } of measured) {
    if (!original) throw new Error(`unit ${id} has no [lang="id"] element`)
    if (original.height === 0) throw new Error(`unit ${id} is not rendered`)
    boxes.set(id, { original, translation })
  }
  return boxes
}

/** Both boxes of a unit whose translation is rendered. */
export function bothBoxes(boxes: Map<string, UnitBoxes>, id: string): { original: Box; translation: Box } {
  const unit = boxes.get(id)
  if (!unit?.translation) throw new Error(`unit ${id}: the translation is not rendered`)
  return { original: unit.original, translation: unit.translation }
}

/**
 * The ids of the units whose `lang` side is rendered and visible, in reading order: one round trip
 * for the whole article, where a loop of toBeVisible() would make one per unit.
 */
export async function visibleUnitIds(page: Page, lang: 'id' | 'en'): Promise<string[]> {
  return page.locator(`[lang="${lang}"][data-unit]`).evaluateAll((elements) =>
    elements
      .filter((element) => {
        const { width, height } = element.getBoundingClientRect()
        return element.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && width > 0 && height > 0
      })
      .map((element) => element.getAttribute('data-unit') ?? ''),
  )
}

/** A computed background that shows nothing. */
export const transparent = 'rgba(0, 0, 0, 0)'

export async function backgroundColor(locator: Locator): Promise<string> {
  return locator.evaluate((element) => getComputedStyle(element).backgroundColor)
}

export async function horizontalScrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth)
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Runs axe on the page as it is now; a failure lists each rule with the elements it flagged. The
 * assertion is soft, so a test that checks several states reports every failing state, not the first.
 */
export async function expectNoAxeViolations(
  page: Page,
  state: string,
  /** Run only these rules (e.g. ['color-contrast']) instead of every WCAG 2.2 AA and best-practice rule. */
  onlyRules?: readonly string[],
): Promise<void> {
  const builder = new AxeBuilder({ page })
  const results = await (onlyRules ? builder.withRules([...onlyRules]) : builder.withTags(axeTags))
    // Legacy mode runs axe in the page itself instead of finishing in a second, blank page: half
    // the time, and the app has no frames, which is all the default mode adds.
    .setLegacyMode(true)
    // Only violations are asserted; not collecting every passing node halves the run again.
    .options({ resultTypes: ['violations'] })
    .analyze()
  const shownTargets = 10
  const violations = results.violations.map((violation) => {
    const targets = violation.nodes.map((node) => node.target.join(' '))
    const more = targets.length > shownTargets ? ` | …and ${targets.length - shownTargets} more` : ''
    const shown = targets.slice(0, shownTargets).join(' | ')
    return `${violation.id} [${violation.impact ?? 'unknown'}] ${violation.help}: ${shown}${more}`
  })
  expect.soft(violations, `axe violations (${state})`).toEqual([])
}
