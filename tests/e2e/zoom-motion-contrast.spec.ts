// Issue 4, "Everyone": 200% text (WCAG 1.4.4) and a reader's own text spacing (1.4.12) lose nothing,
// contrast holds in both colour schemes (1.4.3) and under forced colours, and motion follows
// prefers-reduced-motion (2.3.3), deep links included.
import { expect, test, type Locator, type Page } from '@playwright/test'
import {
  articlePath,
  backgroundColor,
  chooseLayout,
  englishUnit,
  expectNoAxeViolations,
  indonesianUnit,
  openArticle,
  preferencesKey,
  unitRow,
} from './fixtures'

// ---- 200% text ----------------------------------------------------------------------------------

interface ControlReport {
  readonly label: string
  readonly problem: string
}

/** What every focusable element looks like once Tab has brought it into view. */
async function tabThroughPage(page: Page, limit = 400): Promise<{ reached: number; focusable: number; problems: ControlReport[] }> {
  await page.evaluate(() => {
    // Marks each focusable element, so that the Tab loop can tell which ones it has reached.
    const selector = 'a[href], button, input, select, summary, [tabindex="0"]'
    document.querySelectorAll<HTMLElement>(selector).forEach((element, index) => {
      // A radio group is one tab stop, its checked radio; arrow keys reach the rest.
      const isUncheckedRadio = element instanceof HTMLInputElement && element.type === 'radio' && !element.checked
      if (element.checkVisibility() && !isUncheckedRadio) element.dataset['zoomId'] = String(index)
    })
  })
  const focusable = await page.locator('[data-zoom-id]').count()
  const reached = new Set<string>()
  const problems: ControlReport[] = []
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab')
    const seen = await page.evaluate(async () => {
      // Two frames: the focus scroll and a popover's positioning have settled.
      for (let frame = 0; frame < 2; frame += 1) await new Promise((resolve) => requestAnimationFrame(resolve))
      const element = document.activeElement as HTMLElement | null
      if (!element || element === document.body) return null
      const { left, right, top, bottom, width, height } = element.getBoundingClientRect()
      const viewportWidth = document.documentElement.clientWidth
      const viewportHeight = document.documentElement.clientHeight
      const label = `${element.tagName.toLowerCase()} “${(element.textContent ?? '').trim().slice(0, 40)}”`
      const problems: string[] = []
      if (width < 1 || height < 1) problems.push('has no size')
      if (left < -0.5 || right > viewportWidth + 0.5) problems.push(`sticks out sideways (${left}–${right} of ${viewportWidth})`)
      // Tab scrolls a focused control into view; a control still out of view cannot be seen.
      const isTall = height > viewportHeight
      if (!isTall && (top < -0.5 || bottom > viewportHeight + 0.5)) problems.push(`out of view (${top}–${bottom})`)
      // Nothing covers it, and no ancestor clips it: its middle shows the control itself.
      const x = Math.min(Math.max(left + width / 2, 0), viewportWidth - 1)
      const y = Math.min(Math.max(isTall ? top + 10 : top + height / 2, 0), viewportHeight - 1)
      const hit = document.elementFromPoint(x, y)
      const isLabelOf = hit instanceof HTMLLabelElement && hit.control === element
      if (!hit || (!element.contains(hit) && !isLabelOf && !hit.contains(element))) {
        problems.push(`covered by ${hit?.tagName.toLowerCase() ?? 'nothing'}.${hit?.className ?? ''}`)
      }
      // Text cut off inside its own box: a button whose label no longer fits and is clipped.
      const style = getComputedStyle(element)
      if (style.overflowX !== 'visible' && element.scrollWidth > element.clientWidth + 1) problems.push('text clipped')
      return { id: element.dataset['zoomId'] ?? null, label, problems }
    })
    if (!seen) continue
    if (seen.id === null) continue
    if (reached.has(seen.id)) break
    reached.add(seen.id)
    problems.push(...seen.problems.map((problem) => ({ label: seen.label, problem })))
  }
  return { reached: reached.size, focusable, problems }
}

/** From the top of the page, Tab through everything: every control reached once, each seen whole. */
async function expectEveryControlSeenWhole(page: Page): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.locator('body').evaluate((body) => body.ownerDocument.activeElement instanceof HTMLElement && body.ownerDocument.activeElement.blur())
  const { reached, focusable, problems } = await tabThroughPage(page)
  expect(problems.map(({ label, problem }) => `${label}: ${problem}`)).toEqual([])
  expect(reached, 'every visible focusable element is reached by Tab').toBe(focusable)
}

async function expectNoSidewaysScroll(page: Page, state: string) {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }))
  expect.soft(scrollWidth, `${state}: the page must not scroll sideways`).toBeLessThanOrEqual(clientWidth)
}

/**
 * Two real ways to get 200% text. Chromium's font-size setting (chrome://settings → Appearance →
 * Font size, set here through CDP Page.setFontSizes) doubles the default font, so every rem and
 * em doubles and nothing else does: the harder case, since the viewport keeps its width. Browser
 * zoom at 200% instead doubles CSS pixels, which a 640 px wide viewport at device scale 2 is.
 */
const zoomMethods = {
  'text-only zoom (default font 32 px) at 1280 px': {
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
    defaultFontSize: 32,
  },
  'page zoom 200% (1280 px window = 640 CSS px)': {
    viewport: { width: 640, height: 400 },
    deviceScaleFactor: 2,
    defaultFontSize: 16,
  },
} as const

for (const [method, { viewport, deviceScaleFactor, defaultFontSize }] of Object.entries(zoomMethods)) {
  test.describe(`200% text: ${method}`, () => {
    // Measured where Tab leaves each control, so the scroll that brings it into view must be instant.
    test.use({ viewport, deviceScaleFactor, reducedMotion: 'reduce' })

    test('no sideways scroll; every control reachable by Tab, in view, uncovered and unclipped', async ({ page }) => {
      test.slow()
      const session = await page.context().newCDPSession(page)
      await session.send('Page.setFontSizes', { fontSizes: { standard: defaultFontSize, fixed: defaultFontSize } })
      await openArticle(page)
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe(`${defaultFontSize}px`)

      for (const layout of ['Side by side', 'Interlinear', 'Original only'] as const) {
        await chooseLayout(page, layout)
        await expectNoSidewaysScroll(page, layout)
      }
      await chooseLayout(page, 'Side by side')
      await page.getByRole('button', { name: 'Glossary' }).click()
      await expect(page.getByRole('region', { name: 'Glossary' })).toBeVisible()
      await expectNoSidewaysScroll(page, 'glossary panel open')

      await page.keyboard.press('Escape')
      await expectEveryControlSeenWhole(page)

      // A popover at 200% text still fits the window and leaves its term in view.
      const term = indonesianUnit(page, 's5').locator('[data-term-index]').first()
      await term.click()
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeVisible()
      await expect(dialog).toBeInViewport()
      const box = await dialog.boundingBox()
      expect(box && box.x >= 0 && box.x + box.width <= viewport.width, JSON.stringify(box)).toBe(true)
      await expectNoSidewaysScroll(page, 'term popover open')
    })
  })
}

// ---- Text spacing (WCAG 1.4.12) ------------------------------------------------------------------

// The spacing a reader's own stylesheet may set, under which no content or function may be lost.
const wcagTextSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p, li { margin-bottom: 2em !important; }`

/** Elements that hide part of their own content, sideways or below (not visually hidden text). */
async function clippedElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('body *')].flatMap((element) => {
      const style = getComputedStyle(element)
      const clips = (overflow: string) => overflow === 'hidden' || overflow === 'clip'
      if (!clips(style.overflowX) && !clips(style.overflowY)) return []
      if (element.clientWidth <= 1 || !element.checkVisibility()) return []
      const isCut = element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1
      return isCut ? [`${element.tagName.toLowerCase()}.${element.className} “${(element.textContent ?? '').trim().slice(0, 30)}”`] : []
    }),
  )
}

for (const viewport of [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
]) {
  test.describe(`text spacing at ${viewport.width} px`, () => {
    // The reader's stylesheet is theirs, not the page's: the page's own policy does not govern it.
    test.use({ viewport, bypassCSP: true, reducedMotion: 'reduce' })

    test('nothing is clipped, covered or pushed sideways; every control is seen whole', async ({ page }) => {
      test.slow()
      await openArticle(page)
      await page.addStyleTag({ content: wcagTextSpacing })
      expect(await indonesianUnit(page, 's1').evaluate((element) => getComputedStyle(element).letterSpacing)).not.toBe('normal')
      for (const layout of ['Side by side', 'Interlinear', 'Original only'] as const) {
        await chooseLayout(page, layout)
        await expectNoSidewaysScroll(page, layout)
        expect(await clippedElements(page), layout).toEqual([])
      }
      await chooseLayout(page, 'Side by side')
      await indonesianUnit(page, 's5').locator('[data-term-index]').first().click()
      const dialog = page.getByRole('dialog')
      await expect(dialog).toBeInViewport()
      expect(await clippedElements(page), 'term popover open').toEqual([])
      await page.keyboard.press('Escape')
      await page.getByRole('button', { name: 'Glossary' }).click()
      await expect(page.getByRole('region', { name: 'Glossary' })).toBeVisible()
      expect(await clippedElements(page), 'glossary panel open').toEqual([])
      await expectNoSidewaysScroll(page, 'glossary panel open')
      await expectEveryControlSeenWhole(page)
    })
  })
}

// ---- Contrast in both colour schemes, and forced colours ----------------------------------------

/** Pins open s5's first term: its aligned words light up on both sides. Returns the lit English. */
async function pinTermInS5(page: Page): Promise<Locator> {
  await indonesianUnit(page, 's5').locator('[data-term-index]').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  return page.locator('[lang="en"][data-unit] span.tword.is-aligned')
}

/** Chooses the glossary's one entry for "eurasia": its occurrences are marked. Returns them. */
async function markEurasiaOccurrences(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Glossary' }).click()
  await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('eurasia')
  // The list follows the search a render later (useDeferredValue): wait for the one entry.
  const entries = page.getByRole('region', { name: 'Glossary' }).getByRole('listitem').getByRole('button')
  await expect(entries).toHaveCount(1)
  await entries.click()
  const marked = page.locator('span.word.is-marked')
  await expect(marked.first()).toBeVisible()
  return marked
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`colour contrast (${colorScheme}): every coloured state of the reader`, async ({ page }) => {
    test.slow()
    await page.emulateMedia({ colorScheme })
    // The storage notice has its own background.
    await page.addInitScript((key) => window.localStorage.setItem(key, '{not json'), preferencesKey)
    await openArticle(page, '#s3')
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(colorScheme === 'dark')
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible()
    // #s3 is targeted and its sentence focused: the target colour and the focus highlight.
    await expect(indonesianUnit(page, 's3')).toBeFocused()
    const contrast = (state: string) => expectNoAxeViolations(page, `${colorScheme}: ${state}`, ['color-contrast'])
    await contrast('targeted, focused row, storage notice')

    // A term pinned open: its aligned words lit on both sides, and the popover's own colours.
    await pinTermInS5(page)
    await contrast('term popover, aligned words')
    await page.keyboard.press('Escape')

    // The glossary panel, an entry chosen: marked words.
    await markEurasiaOccurrences(page)
    await contrast('glossary panel, marked words')

    // Translations off: the muted "Translation hidden"; the word cursor's outline over a sentence.
    await page.getByRole('checkbox', { name: 'Show translations' }).uncheck()
    await indonesianUnit(page, 's6').press('ArrowRight')
    await expect(indonesianUnit(page, 's6').locator('.has-cursor')).toHaveCount(1)
    await contrast('translations hidden, word cursor')

    // Original only with a revealed translation, its notes open, and the copy-link status.
    await page.getByRole('radio', { name: 'Original only' }).check()
    await unitRow(page, 's11').getByRole('button', { name: 'Show translation' }).click()
    await unitRow(page, 's11').getByText(/Translator’s notes/).click()
    await contrast('original only, notes open')
  })
}

// Windows' contrast themes force every colour to the system's own, and drop author backgrounds.
test('forced colours: a linked row, its counterpart, lit and marked words still stand out', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' })
  await openArticle(page, '#s3')
  const outlineStyle = (locator: Locator) => locator.evaluate((element) => getComputedStyle(element).outlineStyle)
  const canvas = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)
  const standsOut = async (locator: Locator) => {
    const background = await backgroundColor(locator)
    // A transparent background is forced to the canvas colour at zero alpha.
    return background !== canvas && !/^rgba\(.*, 0\)$/.test(background)
  }

  expect(await outlineStyle(unitRow(page, 's3')), 'the linked row').not.toBe('none')
  // #s3's sentence has focus: its translation is the counterpart.
  await expect(indonesianUnit(page, 's3')).toBeFocused()
  expect(await outlineStyle(englishUnit(page, 's3')), 'the focused sentence’s translation').not.toBe('none')

  const lit = await pinTermInS5(page)
  await expect(lit.first()).toBeVisible()
  expect(await standsOut(lit.first()), 'a lit English word').toBe(true)
  await page.keyboard.press('Escape')

  const marked = await markEurasiaOccurrences(page)
  expect(await standsOut(marked.first()), 'a marked word').toBe(true)
  expect(await standsOut(page.locator('span.word:not(.is-marked)').first()), 'a plain word').toBe(false)
})

// ---- Motion ---------------------------------------------------------------------------------------

/** Records every scrollIntoView call's behaviour, before the app runs. */
async function recordScrolls(page: Page) {
  await page.addInitScript(() => {
    const calls: string[] = []
    Object.assign(window, { scrollCalls: calls })
    const original = Element.prototype.scrollIntoView
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      calls.push(typeof options === 'object' ? (options.behavior ?? 'css') : 'css')
      original.call(this, options)
    }
  })
}

const scrollCalls = (page: Page) => page.evaluate(() => (window as unknown as { scrollCalls: string[] }).scrollCalls)

/** Elements whose computed style would move: any transition or animation with a duration. */
async function movingElements(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) => {
      const style = getComputedStyle(element)
      const seconds = (value: string) => Math.max(...value.split(',').map((part) => parseFloat(part) || 0))
      const moves =
        seconds(style.transitionDuration) > 0 || (style.animationName !== 'none' && seconds(style.animationDuration) > 0)
      return moves ? [`${element.tagName.toLowerCase()}.${element.className}`] : []
    }),
  )
}

test.describe('prefers-reduced-motion: reduce', () => {
  test.use({ reducedMotion: 'reduce' })

  test('a deep link jumps, not glides; nothing transitions or animates, popovers and panel included', async ({
    page,
  }) => {
    await recordScrolls(page)
    await openArticle(page, '#s11')
    await expect(indonesianUnit(page, 's11')).toBeFocused()
    await expect(unitRow(page, 's11')).toBeInViewport()
    expect(await scrollCalls(page)).toEqual(['auto'])
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('auto')

    // A later fragment change and a glossary entry's scroll do not glide either.
    await page.evaluate(() => {
      window.location.hash = 's2'
    })
    await expect(indonesianUnit(page, 's2')).toBeFocused()
    await page.getByRole('button', { name: 'Glossary' }).click()
    await page.getByRole('searchbox', { name: 'Search the glossary' }).fill('multipolar')
    // The list follows the search a render later (useDeferredValue): the first entry must be a match.
    const firstEntry = page.getByRole('region', { name: 'Glossary' }).getByRole('listitem').getByRole('button').first()
    await expect(firstEntry).toContainText('multipolar')
    await firstEntry.click()
    await indonesianUnit(page, 's5').locator('[data-term-index]').first().click()
    await expect(page.getByRole('dialog')).toBeVisible()
    expect(await scrollCalls(page)).toEqual(['auto', 'auto', 'auto'])
    expect(await movingElements(page)).toEqual([])
  })
})

test.describe('prefers-reduced-motion: no-preference', () => {
  test.use({ reducedMotion: 'no-preference' })

  // The other side of the test above: it shows the app does read the setting, not that smooth
  // scrolling is missing altogether.
  test('a deep link scrolls smoothly', async ({ page }) => {
    await recordScrolls(page)
    await page.goto(`${articlePath}#s11`)
    await expect(indonesianUnit(page, 's11')).toBeFocused()
    expect(await scrollCalls(page)).toEqual(['smooth'])
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe('smooth')
  })
})
