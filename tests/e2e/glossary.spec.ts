// Glossary terms in a real browser: what jsdom cannot show. Real hover timing (the 300 ms open
// delay, a hoverable popover), where the popover lands (never over its term, inside a 320 px
// viewport), focus and blur, touch taps, the cross-column highlight's computed colours, scrolling
// to a chosen entry, and axe over each open state.
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  backgroundColor,
  englishUnit,
  expectNoAxeViolations,
  indonesianUnit,
  openArticle,
  reachRow,
  reachWord,
  transparent,
  waitUntilScrollSettles,
} from './fixtures'

/** The hover delay the app promises (Radix's tooltip default); mirrored here, not imported. */
const hoverOpenDelayMs = 300

/** The glossary term in unit `id` whose text is exactly `text`. */
function term(page: Page, id: string, text: string): Locator {
  return indonesianUnit(page, id)
    .locator('span.term[data-term-index]')
    .filter({ hasText: new RegExp(`^${text}$`) })
}

function dialogNamed(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name, exact: true })
}

interface Rect {
  readonly left: number
  readonly right: number
  readonly top: number
  readonly bottom: number
}

interface Geometry {
  readonly term: Rect
  readonly dialog: Rect | null
  readonly viewportWidth: number
  readonly scrollWidth: number
}

/** The term's and the dialog's boxes, measured in one go so that no scroll can fall in between. */
async function geometryOf(termLocator: Locator): Promise<Geometry> {
  return termLocator.evaluate((element) => {
    const box = (target: Element): Rect => {
      const { left, right, top, bottom } = target.getBoundingClientRect()
      return { left, right, top, bottom }
    }
    const dialog = document.querySelector('[role="dialog"]')
    return {
      term: box(element),
      dialog: dialog ? box(dialog) : null,
      viewportWidth: document.documentElement.clientWidth,
      scrollWidth: document.documentElement.scrollWidth,
    }
  })
}

function overlaps(a: Rect, b: Rect): boolean {
  // Half a pixel of slack for sub-pixel rounding where the two merely touch.
  const slack = 0.5
  return a.left < b.right - slack && b.left < a.right - slack && a.top < b.bottom - slack && b.top < a.bottom - slack
}

/** Moves the mouse onto the middle of an element (scrolled into view first: the mouse cannot scroll). */
async function moveMouseOnto(page: Page, locator: Locator): Promise<void> {
  await locator.scrollIntoViewIfNeeded()
  const box = await locator.boundingBox()
  if (!box) throw new Error('the element has no box to move the mouse onto')
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
}

/** A point that is on neither a term nor the popover: the top-left corner, outside the article. */
async function moveMouseAway(page: Page): Promise<void> {
  await page.mouse.move(2, 2)
}

/**
 * Records, in the page's own clock, when the pointer first went over a term and when a dialog first
 * appeared: the delay is then measured without the test runner's round trips in it.
 */
async function startHoverClock(page: Page): Promise<void> {
  await page.evaluate(() => {
    const clock = { overAt: -1, openedAt: -1 }
    Object.assign(window, { hoverClock: clock })
    document.addEventListener(
      'pointerover',
      (event) => {
        if (clock.overAt < 0 && event.target instanceof Element && event.target.closest('[data-term-index]')) {
          clock.overAt = performance.now()
        }
      },
      true,
    )
    new MutationObserver(() => {
      if (clock.openedAt < 0 && document.querySelector('[role="dialog"]')) clock.openedAt = performance.now()
    }).observe(document.body, { childList: true, subtree: true })
  })
}

async function readHoverClock(page: Page): Promise<{ overAt: number; openedAt: number; now: number; dialogs: number }> {
  return page.evaluate(() => {
    const { overAt, openedAt } = (window as unknown as { hoverClock: { overAt: number; openedAt: number } }).hoverClock
    return { overAt, openedAt, now: performance.now(), dialogs: document.querySelectorAll('[role="dialog"]').length }
  })
}

async function expectNoOverlap(termLocator: Locator, label: string): Promise<Geometry> {
  // Floating UI positions the dialog asynchronously: poll until it has settled off the term.
  await expect
    .poll(async () => {
      const { term: termBox, dialog } = await geometryOf(termLocator)
      return dialog !== null && !overlaps(termBox, dialog)
    }, { message: `${label}: the dialog must not overlap its term` })
    .toBe(true)
  const geometry = await geometryOf(termLocator)
  expect(overlaps(geometry.term, geometry.dialog as Rect), `${label}: ${JSON.stringify(geometry)}`).toBe(false)
  return geometry
}

test.describe('hover', () => {
  test('opens a term after the delay, stays while the popover is hovered, closes when the mouse leaves both', async ({
    page,
  }) => {
    await openArticle(page)
    const eurasia = term(page, 's2', 'kekuatan Eurasia')
    const dialog = dialogNamed(page, 'kekuatan Eurasia')
    await eurasia.scrollIntoViewIfNeeded()
    await startHoverClock(page)

    await moveMouseOnto(page, eurasia)
    // The one place where the test waits on a clock: it is about the delay.
    await page.waitForTimeout(100)
    const early = await readHoverClock(page)
    expect(early.overAt, 'the pointer went over the term').toBeGreaterThan(0)
    if (early.now - early.overAt < hoverOpenDelayMs - 20) {
      expect(early.dialogs, `no dialog ${Math.round(early.now - early.overAt)} ms into the hover`).toBe(0)
    }
    await page.waitForTimeout(300)
    await expect(dialog).toBeVisible()
    const { overAt, openedAt } = await readHoverClock(page)
    const delay = openedAt - overAt
    test.info().annotations.push({ type: 'hover delay', description: `${Math.round(delay)} ms` })
    // Timers never fire early; a loaded machine may make them late, hence the wide upper bound.
    expect(delay, 'hover-to-dialog delay (ms)').toBeGreaterThanOrEqual(hoverOpenDelayMs - 5)
    expect(delay, 'hover-to-dialog delay (ms)').toBeLessThan(hoverOpenDelayMs + 1500)
    await expect(eurasia).toHaveAttribute('aria-expanded', 'false')
    await expectNoOverlap(eurasia, '1280×720')

    // WCAG 1.4.13: the popover can be hovered without closing.
    await moveMouseOnto(page, dialog)
    await page.waitForTimeout(600)
    await expect(dialog).toBeVisible()

    await moveMouseAway(page)
    await expect(dialog).toBeHidden()
  })

  test('a clicked term stays open when the mouse leaves it', async ({ page }) => {
    await openArticle(page)
    const eurasia = term(page, 's2', 'kekuatan Eurasia')
    await eurasia.click()
    const dialog = dialogNamed(page, 'kekuatan Eurasia')
    await expect(dialog).toBeVisible()
    await expect(eurasia).toHaveAttribute('aria-expanded', 'true')
    await moveMouseOnto(page, dialog)
    await moveMouseAway(page)
    // Longer than the hover close delay: a pinned popover ignores the mouse.
    await page.waitForTimeout(600)
    await expect(dialog).toBeVisible()
    await expect(eurasia).toHaveAttribute('aria-expanded', 'true')
  })

  test('a plain word does not open anything on hover', async ({ page }) => {
    await openArticle(page)
    const word = await reachWord(page, 's9', 'disebutkan')
    await expect(word.locator('xpath=ancestor::*[@data-term-index]')).toHaveCount(0)
    await moveMouseOnto(page, word)
    await page.waitForTimeout(hoverOpenDelayMs + 500)
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })

  test.describe('at 320 × 640', () => {
    test.use({ viewport: { width: 320, height: 640 } })

    for (const [unitId, text] of [
      ['s1', 'Menteri Luar Negeri'],
      ['s5', 'tata dunia multipolar'],
      ['s2', 'Kelompok Visi Strategis Rusia-Dunia Islam'],
    ] as const) {
      test(`the popover of “${text}” fits the width and leaves the term uncovered`, async ({ page }) => {
        await openArticle(page)
        const termLocator = term(page, unitId, text)
        // Its first word, not its box's middle: a term that wraps has no text in the middle of its box.
        await reachRow(page, unitId)
        await moveMouseOnto(page, termLocator.locator('span.word').first())
        const dialog = dialogNamed(page, text)
        await expect(dialog).toBeVisible()
        const geometry = await expectNoOverlap(termLocator, `320 px, ${text}`)
        const box = geometry.dialog as Rect
        expect(box.left, `dialog left edge: ${JSON.stringify(geometry)}`).toBeGreaterThanOrEqual(0)
        expect(box.right, `dialog right edge: ${JSON.stringify(geometry)}`).toBeLessThanOrEqual(geometry.viewportWidth)
        expect(geometry.scrollWidth, 'the page must not scroll sideways').toBeLessThanOrEqual(geometry.viewportWidth)
        await expect(dialog).toBeInViewport()
      })
    }
  })
})

test('keyboard: Tab from the sentence opens a term at once, Escape closes it, Tab away closes it', async ({ page }) => {
  await openArticle(page)
  const sentence = indonesianUnit(page, 's6')
  await sentence.focus()
  await expect(sentence).toBeFocused()

  // Each Tab moves to the next term of the sentence, and its popover opens with no delay to wait out.
  // A variant is named by its entry, with the form the text uses in brackets.
  const terms = [
    ['menolak', 'menolak'],
    ['nilai-nilai', 'nilai (nilai-nilai)'],
    ['ultra-liberal', 'ultra-liberal'],
    ['sedang', 'sedang'],
    ['dicari-cari', 'dicari-cari'],
    ['Barat kolektif', 'Barat kolektif'],
  ] as const
  for (const [index, [text, heading]] of terms.entries()) {
    await page.keyboard.press('Tab')
    const focused = term(page, 's6', text)
    await expect(focused).toBeFocused()
    const dialog = dialogNamed(page, heading)
    await expect(dialog).toBeVisible()
    await expect(page.getByRole('dialog')).toHaveCount(1)
    const dialogId = await dialog.getAttribute('id')
    expect(dialogId).toBeTruthy()
    await expect(focused).toHaveAttribute('aria-describedby', dialogId as string)
    await expect(focused).toHaveAttribute('aria-expanded', 'false')

    if (index === 0) {
      // Escape closes it and leaves focus where it was.
      await page.keyboard.press('Escape')
      await expect(page.getByRole('dialog')).toHaveCount(0)
      await expect(focused).toBeFocused()
      await expect(focused).not.toHaveAttribute('aria-describedby')
    }
  }

  // Tab past the last term leaves the sentence: the blur closes the popover.
  await page.keyboard.press('Tab')
  await expect(term(page, 's6', 'Barat kolektif')).not.toBeFocused()
  expect(await page.evaluate(() => document.activeElement?.closest('[data-unit][lang="id"]') ?? null)).toBeNull()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test('a mouse press released outside the article does not stop keyboard focus from opening terms', async ({
  page,
}) => {
  await openArticle(page)
  await moveMouseOnto(page, await reachWord(page, 's1', 'Moskow'))
  await page.mouse.down()
  await page.mouse.move(2, 2, { steps: 5 })
  await page.mouse.up()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  await indonesianUnit(page, 's6').focus()
  await page.keyboard.press('Tab')
  const menolak = term(page, 's6', 'menolak')
  await expect(menolak).toBeFocused()
  await expect(dialogNamed(page, 'menolak')).toBeVisible()
})

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } })

  test('a tap pins a term open; a tap elsewhere closes it', async ({ page }) => {
    await openArticle(page)
    const multipolar = term(page, 's5', 'tata dunia multipolar')
    await multipolar.tap()
    const dialog = dialogNamed(page, 'tata dunia multipolar')
    await expect(dialog).toBeVisible()
    await expect(multipolar).toHaveAttribute('aria-expanded', 'true')
    await expect(multipolar).toHaveAttribute('aria-controls', (await dialog.getAttribute('id')) as string)
    // Pinned: it outlasts the hover close delay with nothing touching it.
    await page.waitForTimeout(600)
    await expect(dialog).toBeVisible()
    await expectNoOverlap(multipolar, 'touch, 375 px')

    // Tapping the headline: outside both the term and the popover.
    await page.getByRole('heading', { level: 1 }).tap()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(multipolar).toHaveAttribute('aria-expanded', 'false')
  })

  test('a tap on the open term closes it again', async ({ page }) => {
    await openArticle(page)
    const eurasia = term(page, 's2', 'kekuatan Eurasia')
    await eurasia.tap()
    await expect(dialogNamed(page, 'kekuatan Eurasia')).toBeVisible()
    await eurasia.tap()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(eurasia).toHaveAttribute('aria-expanded', 'false')
  })
})

test('nested terms: “Menteri Luar Negeri” lists “luar negeri” inside it, and the button opens that entry', async ({
  page,
}) => {
  await openArticle(page)
  await term(page, 's1', 'Menteri Luar Negeri').click()
  const outer = dialogNamed(page, 'Menteri Luar Negeri')
  await expect(outer).toBeVisible()
  const insideList = outer.locator('h3:text-is("Terms inside this one") + ul')
  await expect(insideList.getByRole('button')).toHaveText(['luar negeri'])

  await insideList.getByRole('button', { name: 'luar negeri' }).click()
  const inner = dialogNamed(page, 'luar negeri')
  await expect(inner).toBeVisible()
  await expect(outer).toHaveCount(0)
  await expect(inner.locator('dt:text-is("English") + dd')).toHaveText('foreign; abroad; overseas')
  // Opened from inside the popover, the new entry takes focus so the keyboard can read on.
  await expect(inner).toBeFocused()
  // The highlight narrows to the inner phrase, on both sides.
  await expect(indonesianUnit(page, 's1').locator('span.word.is-aligned')).toHaveText(['Luar', 'Negeri'])
  await expect(englishUnit(page, 's1').locator('span.tword.is-aligned')).toHaveText(['Foreign'])
})

test('Escape in a nested entry’s popover dismisses it and returns focus to the term', async ({ page }) => {
  await openArticle(page)
  await indonesianUnit(page, 's1').focus()
  await page.keyboard.press('Tab')
  const outerTerm = term(page, 's1', 'Menteri Luar Negeri')
  await expect(outerTerm).toBeFocused()
  await page.keyboard.press('Enter')
  const outer = dialogNamed(page, 'Menteri Luar Negeri')
  await expect(outer).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(outer.getByRole('button', { name: 'luar negeri' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(dialogNamed(page, 'luar negeri')).toBeFocused()

  await page.keyboard.press('Escape')
  await expect(outerTerm).toBeFocused()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test.describe('cross-column highlight', () => {
  const alignedEnglish = (page: Page, id: string) => englishUnit(page, id).locator('span.tword.is-aligned')

  test('an open term lights its English phrase, natural and literal; hovering English lights the Indonesian', async ({
    page,
  }) => {
    await openArticle(page)
    const multipolar = term(page, 's5', 'tata dunia multipolar')
    await expect(alignedEnglish(page, 's5')).toHaveCount(0)

    await multipolar.click()
    await expect(dialogNamed(page, 'tata dunia multipolar')).toBeVisible()
    await expect(alignedEnglish(page, 's5')).toHaveText(['multipolar', 'world', 'order'])
    const plain = englishUnit(page, 's5').locator('span.tword:not(.is-aligned)').first()
    await expect(plain).toHaveText('Lavrov')
    const litColour = await backgroundColor(alignedEnglish(page, 's5').first())
    expect(litColour).not.toBe(await backgroundColor(plain))
    expect(litColour).not.toBe(transparent)
    // Only this unit's English lights up.
    await expect(page.locator('[lang="en"][data-unit] span.tword.is-aligned')).toHaveCount(3)
    // And the Indonesian words of the term itself.
    await expect(indonesianUnit(page, 's5').locator('span.word.is-aligned')).toHaveText(['tata', 'dunia', 'multipolar'])

    // Choosing Literal is a press outside the popover: it closes. Reopened, the literal phrase lights.
    await page.getByRole('radio', { name: 'Literal' }).check()
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(englishUnit(page, 's5')).toContainText('order [of the] world multipolar')
    await multipolar.click()
    await expect(dialogNamed(page, 'tata dunia multipolar')).toBeVisible()
    await expect(alignedEnglish(page, 's5')).toHaveText(['order', 'of', 'the', 'world', 'multipolar'])
    await expect(page.locator('[lang="en"][data-unit] span.tword.is-aligned')).toHaveCount(5)

    // Reverse: with nothing open, hovering an English word lights the Indonesian it translates.
    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await expect(page.locator('span.is-aligned')).toHaveCount(0)
    await moveMouseOnto(page, englishUnit(page, 's5').locator('span.tword').filter({ hasText: /^order$/ }))
    const litIndonesian = indonesianUnit(page, 's5').locator('span.word.is-aligned')
    await expect(litIndonesian).toHaveText(['tata', 'dunia', 'multipolar'])
    const plainIndonesian = indonesianUnit(page, 's5').locator('span.word').first()
    await expect(plainIndonesian).toHaveText('Lavrov')
    expect(await backgroundColor(litIndonesian.first())).not.toBe(await backgroundColor(plainIndonesian))
    await expect(alignedEnglish(page, 's5')).toHaveText(['order', 'of', 'the', 'world', 'multipolar'])
    // Hover on English never opens a popover.
    await expect(page.getByRole('dialog')).toHaveCount(0)

    await moveMouseAway(page)
    await expect(page.locator('span.is-aligned')).toHaveCount(0)
  })
})

test.describe('glossary panel on a phone', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } })

  // The paragraphs a smooth scroll passes are laid out only as it passes them (content-visibility),
  // and on a phone they grow past their placeholder height: the scroll, aimed once, fell short.
  test('choosing an entry whose first occurrence is far down brings it on screen', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'no-preference' })
    await openArticle(page)
    await page.getByRole('button', { name: 'Glossary' }).click()
    const panel = page.getByRole('region', { name: 'Glossary' })
    await panel.getByRole('searchbox', { name: 'Search the glossary' }).fill('kapal selam')
    const entry = panel.getByRole('listitem').getByRole('button').filter({ has: page.locator('[lang="id"]', { hasText: /^kapal selam$/ }) })
    await entry.click()
    const occurrence = term(page, 's13', 'kapal selam')
    await expect.poll(() => occurrence.evaluate((element) => element.contains(document.activeElement))).toBe(true)
    await waitUntilScrollSettles(page)
    await expect(occurrence).toBeInViewport({ ratio: 1 })
  })
})

test.describe('glossary panel', () => {
  test('searches ignoring case and accents; choosing an entry scrolls to, focuses and marks it', async ({ page }) => {
    await openArticle(page)
    const toggle = page.getByRole('button', { name: 'Glossary' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await toggle.click()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    const panel = page.getByRole('region', { name: 'Glossary' })
    await expect(panel).toBeVisible()

    const search = panel.getByRole('searchbox', { name: 'Search the glossary' })
    const entries = panel.getByRole('listitem').getByRole('button')
    const eurasiaEntry = entries.filter({ has: page.locator('[lang="id"]', { hasText: /^kekuatan Eurasia$/ }) })

    await search.fill('eurasian')
    await expect(eurasiaEntry).toHaveCount(1)
    await expect(eurasiaEntry.locator('[lang="en"]')).toHaveText('Eurasian power')
    await expect(eurasiaEntry).toContainText('1 occurrence')
    await expect(entries.filter({ hasText: 'tata dunia multipolar' })).toHaveCount(0)

    await search.fill('ÉURASIA')
    await expect(eurasiaEntry).toHaveCount(1)
    await expect(entries.filter({ hasText: 'tata dunia multipolar' })).toHaveCount(0)

    const occurrence = term(page, 's2', 'kekuatan Eurasia')
    // The open panel pushes the article down: the occurrence starts out of view.
    await expect(occurrence).not.toBeInViewport()
    await expect(page.locator('span.word.is-marked')).toHaveCount(0)

    await eurasiaEntry.click()
    await expect(occurrence).toBeInViewport()
    await expect
      .poll(() => occurrence.evaluate((element) => element.contains(document.activeElement)), {
        message: 'the first occurrence is focused or holds focus',
      })
      .toBe(true)
    await expect(page.locator('span.word.is-marked')).toHaveText(['kekuatan', 'Eurasia'])
    await expect(occurrence.locator('span.word.is-marked')).toHaveCount(2)
    const marked = occurrence.locator('span.word.is-marked').first()
    const unmarked = indonesianUnit(page, 's2').locator('span.word:not(.is-marked)').first()
    expect(await marked.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe(
      await unmarked.evaluate((element) => getComputedStyle(element).backgroundColor),
    )
  })
})

test.describe('axe', () => {
  // An axe run over the whole article takes seconds, more on a loaded machine: triple the timeout.
  test.beforeEach(() => test.slow())

  test('no violations with a term popover pinned open', async ({ page }) => {
    await openArticle(page)
    const multipolar = term(page, 's5', 'tata dunia multipolar')
    await multipolar.click()
    await expect(dialogNamed(page, 'tata dunia multipolar')).toBeVisible()
    await expect(multipolar).toHaveAttribute('aria-expanded', 'true')
    await expectNoAxeViolations(page, 'term popover pinned')
  })

  test('no violations with a term popover opened by focus', async ({ page }) => {
    await openArticle(page)
    await indonesianUnit(page, 's1').focus()
    await page.keyboard.press('Tab')
    await expect(dialogNamed(page, 'Menteri Luar Negeri')).toBeVisible()
    await expectNoAxeViolations(page, 'term popover by focus, aria-describedby')
  })

  test('no violations with the glossary panel open and searched', async ({ page }) => {
    await openArticle(page)
    await page.getByRole('button', { name: 'Glossary' }).click()
    const panel = page.getByRole('region', { name: 'Glossary' })
    await expect(panel).toBeVisible()
    await expectNoAxeViolations(page, 'glossary panel, every entry')
    await panel.getByRole('searchbox', { name: 'Search the glossary' }).fill('zzz')
    await expect(panel.getByRole('status')).toHaveText('No entry matches “zzz”.')
    await expectNoAxeViolations(page, 'glossary panel, no results')
  })

  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' })

    test('no violations with a term popover pinned open', async ({ page }) => {
      await openArticle(page)
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
      await term(page, 's1', 'Menteri Luar Negeri').click()
      await expect(dialogNamed(page, 'Menteri Luar Negeri')).toBeVisible()
      await expectNoAxeViolations(page, 'dark, term popover pinned')
    })
  })
})
