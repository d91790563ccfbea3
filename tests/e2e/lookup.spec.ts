// The word look-up in a real browser: what jsdom cannot show. Focus moving into the dialog and
// back to the sentence, the word cursor's outline, touch taps, the on-demand lexicon load over the
// network, and axe with a look-up open.
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  centreOfWord,
  englishUnit,
  expectNoAxeViolations,
  indonesianUnit,
  openArticle,
  reachWord,
  tabUntil,
} from './fixtures'

function dialogNamed(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name, exact: true })
}

/** The look-up's "Root" fact: the root, in Indonesian. */
function rootOf(dialog: Locator): Locator {
  return dialog.locator('dt:text-is("Root") + dd [lang="id"]')
}

/** Words in no glossary term: only the look-up explains them. Checked, not assumed. */
async function expectOutsideEveryTerm(wordLocator: Locator): Promise<void> {
  await expect(wordLocator).toHaveCount(1)
  await expect(wordLocator.locator('xpath=ancestor::*[@data-term-index]')).toHaveCount(0)
}

test('keyboard: arrows move the word cursor, Enter looks the word up in a focused dialog, Escape returns', async ({
  page,
}) => {
  await openArticle(page)
  // From the last control of the row before (s5's), Tab reaches s6: one tab stop for the sentence.
  // (A click on plain text would not do: it focuses <main>, the skip link's target, and Tab restarts there.)
  await page.locator('[data-unit-row][id="s5"] .unit-actions button').last().focus()
  await tabUntil(page, '[lang="id"][data-unit="s6"]', 3)
  const sentence = indonesianUnit(page, 's6')
  await expect(sentence).toBeFocused()
  await expect(sentence.locator('.has-cursor')).toHaveCount(0)

  // Lavrov | juga | menolak
  await page.keyboard.press('ArrowRight')
  await expect(sentence.locator('span.word.has-cursor')).toHaveText(['Lavrov'])
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const cursorWord = sentence.locator('span.word.has-cursor')
  await expect(cursorWord).toHaveText(['menolak'])
  await expect(cursorWord).toHaveAttribute('data-word-index', '2')
  // The cursor is drawn: an outline that a plain word lacks.
  expect(await cursorWord.evaluate((element) => getComputedStyle(element).outlineStyle)).toBe('solid')
  await expect(page.getByText('Word 3 of 12: menolak')).toBeAttached()
  await expect(sentence).toBeFocused()

  // End, Home and ArrowLeft move it too, clamped at the ends.
  await page.keyboard.press('End')
  await expect(cursorWord).toHaveText(['kolektif'])
  await page.keyboard.press('ArrowRight')
  await expect(cursorWord).toHaveText(['kolektif'])
  await page.keyboard.press('Home')
  await expect(cursorWord).toHaveText(['Lavrov'])
  await page.keyboard.press('ArrowLeft')
  await expect(cursorWord).toHaveText(['Lavrov'])
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(cursorWord).toHaveText(['menolak'])

  await page.keyboard.press('Enter')
  const dialog = dialogNamed(page, 'menolak')
  await expect(dialog).toBeVisible()
  await expect(dialog).toBeFocused()
  await expect(dialog.locator('dt', { hasText: /^Root$/ })).toBeVisible()
  await expect(rootOf(dialog)).toHaveText('tolak')
  await expect(dialog).toContainText('meN-')
  // The look-up sits beside its word, not on it.
  const [wordBox, dialogBox] = await Promise.all([cursorWord.boundingBox(), dialog.boundingBox()])
  expect(wordBox && dialogBox).toBeTruthy()
  if (wordBox && dialogBox) {
    const apart =
      dialogBox.y >= wordBox.y + wordBox.height - 0.5 ||
      dialogBox.y + dialogBox.height <= wordBox.y + 0.5 ||
      dialogBox.x >= wordBox.x + wordBox.width - 0.5 ||
      dialogBox.x + dialogBox.width <= wordBox.x + 0.5
    expect(apart, `word ${JSON.stringify(wordBox)} vs dialog ${JSON.stringify(dialogBox)}`).toBe(true)
  }

  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(sentence).toBeFocused()
  // The cursor is where it was, so the reader carries on from that word.
  await expect(cursorWord).toHaveText(['menolak'])
  await page.keyboard.press('ArrowRight')
  await expect(cursorWord).toHaveText(['nilai-nilai'])
})

test('a click on a plain word pins its look-up without taking focus; an outside press closes it', async ({ page }) => {
  await openArticle(page)
  const disebutkan = await reachWord(page, 's9', 'disebutkan')
  await expectOutsideEveryTerm(disebutkan)
  await disebutkan.click()
  const dialog = dialogNamed(page, 'disebutkan')
  await expect(dialog).toBeVisible()
  await expect(rootOf(dialog)).toHaveText('sebut')
  await expect(dialog).toContainText('di-…-kan')
  await expect(disebutkan).toHaveClass(/\bis-aligned\b/)
  // Mouse clicks pin the look-up but leave focus with the text.
  await expect(dialog).not.toBeFocused()

  // An outside press closes it.
  await page.getByRole('heading', { level: 1 }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
})

test.describe('touch', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } })

  test('a tap on a plain word opens its look-up; a tap elsewhere closes it', async ({ page }) => {
    await openArticle(page)
    const sentence = indonesianUnit(page, 's9')
    // The first touch on a row comes with no hover before it: its words have no spans yet.
    await expect(sentence.locator('span.word')).toHaveCount(0)
    await sentence.scrollIntoViewIfNeeded()
    const { x, y } = await centreOfWord(sentence, 'disebutkan')
    await page.touchscreen.tap(x, y)
    const disebutkan = sentence.locator('span.word.is-aligned')
    await expect(disebutkan).toHaveText(['disebutkan'])
    await expectOutsideEveryTerm(disebutkan)
    const dialog = dialogNamed(page, 'disebutkan')
    await expect(dialog).toBeVisible()
    await expect(rootOf(dialog)).toHaveText('sebut')
    await expect(dialog).toBeInViewport()
    const { dialogRight, viewportWidth } = await dialog.evaluate((element) => ({
      dialogRight: element.getBoundingClientRect().right,
      viewportWidth: document.documentElement.clientWidth,
    }))
    expect(dialogRight).toBeLessThanOrEqual(viewportWidth)

    await englishUnit(page, 's9').tap()
    await expect(page.getByRole('dialog')).toHaveCount(0)
  })
})

// How long the look-up takes is a figure of `npm run bench -- "word look-up"`, not a test's limit.
test('the lexicon loads once, after the page is interactive and before any look-up; look-ups fetch nothing', async ({ page }) => {
  // A gloss that only the curated lexicon holds: the script whose body has it is the lexicon.
  const lexiconMarker = 'to reject, refuse; push away'
  await page.addInitScript(() => {
    new MutationObserver((_records, observer) => {
      if (!document.documentElement.hasAttribute('data-interactive')) return
      ;(window as unknown as { interactiveAt: number }).interactiveAt = performance.now()
      observer.disconnect()
      // The document, not its <html>, which an init script runs too early to find.
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-interactive'] })
  })
  let isLookingUp = false
  const scripts: { url: string; duringLookUps: boolean; body: Promise<string> }[] = []
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return
    scripts.push({ url: response.url(), duringLookUps: isLookingUp, body: response.text().catch(() => '') })
  })
  await openArticle(page)
  await page.waitForLoadState('networkidle')

  isLookingUp = true
  const indonesia = await reachWord(page, 's9', 'Indonesia')
  await expectOutsideEveryTerm(indonesia)
  await indonesia.scrollIntoViewIfNeeded()
  await indonesia.click()
  await expect(rootOf(dialogNamed(page, 'Indonesia'))).toHaveText('Indonesia')
  await page.getByRole('heading', { level: 1 }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await (await reachWord(page, 's9', 'tidak')).click()
  await expect(rootOf(dialogNamed(page, 'tidak'))).toHaveText('tidak')

  const withBodies = await Promise.all(scripts.map(async (script) => ({ ...script, body: await script.body })))
  const lexicon = withBodies.filter((script) => script.body.includes(lexiconMarker))
  expect(lexicon.map((script) => script.duringLookUps), 'the lexicon is fetched once, before the look-ups').toEqual([false])
  expect(withBodies.filter((script) => script.duringLookUps).map((script) => script.url)).toEqual([])
  const { interactiveAt, lexiconRequestedAt } = await page.evaluate((url) => {
    const [entry] = performance.getEntriesByName(url, 'resource')
    return { interactiveAt: (window as unknown as { interactiveAt?: number }).interactiveAt, lexiconRequestedAt: entry?.startTime }
  }, lexicon[0]?.url ?? '')
  expect(interactiveAt, 'the page marked itself interactive').toBeDefined()
  expect(lexiconRequestedAt, 'not part of what the article needs to become interactive').toBeGreaterThan(interactiveAt ?? Infinity)
})

test.describe('axe', () => {
  // An axe run over the whole article takes seconds, more on a loaded machine: triple the timeout.
  test.beforeEach(() => test.slow())

  test('no violations with a word look-up open (by mouse, then by keyboard)', async ({ page }) => {
    await openArticle(page)
    await (await reachWord(page, 's9', 'disebutkan')).click()
    const dialog = dialogNamed(page, 'disebutkan')
    await expect(rootOf(dialog)).toHaveText('sebut')
    await expectNoAxeViolations(page, 'word look-up, mouse')

    await page.keyboard.press('Escape')
    await expect(page.getByRole('dialog')).toHaveCount(0)
    await indonesianUnit(page, 's6').focus()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    const keyboardDialog = dialogNamed(page, 'Lavrov')
    await expect(rootOf(keyboardDialog)).toHaveText('Lavrov')
    await expect(keyboardDialog).toBeFocused()
    await expectNoAxeViolations(page, 'word look-up, keyboard, word cursor shown')
  })

  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' })

    test('no violations with a word look-up open', async ({ page }) => {
      await openArticle(page)
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
      await (await reachWord(page, 's9', 'disebutkan')).click()
      await expect(rootOf(dialogNamed(page, 'disebutkan'))).toHaveText('sebut')
      await expectNoAxeViolations(page, 'dark, word look-up')
    })
  })
})
