import { expect, test, type Page } from '@playwright/test'
import {
  articlePath,
  english,
  englishTitle,
  englishUnit,
  indonesianUnit,
  openArticle,
  preferencesKey,
  sourceUnits,
  unitIds,
  visibleUnitIds,
} from './fixtures'

const noScriptNotice = /^JavaScript is off in this browser, so the reading options and word look-ups are not available\./

/** Every console error or warning and every uncaught error: React reports hydration mismatches there. */
function recordProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  return problems
}

test.describe('with scripts disabled', () => {
  test.use({ javaScriptEnabled: false })

  test('the article, every translation and its title are in the page as served', async ({ page }) => {
    await page.goto(articlePath)
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'id')
    await expect(page).toHaveTitle(/^Lavrov: .* · Selaras$/)
    await expect(page.getByText(englishTitle)).toBeVisible()
    expect(await visibleUnitIds(page, 'id')).toEqual(unitIds)
    expect(await visibleUnitIds(page, 'en')).toEqual(unitIds)
    for (const unit of sourceUnits) await expect(indonesianUnit(page, unit.id)).toHaveText(unit.text)
    await expect(englishUnit(page, 's1')).toHaveText(english('s1').natural)
  })

  test('no control that needs a script is shown, terms do not invite a hover, and a notice says why', async ({ page }) => {
    await page.goto(articlePath)
    await expect(indonesianUnit(page, 's1')).toBeVisible()
    // Terms and sentences stay focusable and named as controls: the notice tells a screen reader why they do nothing.
    await expect(page.getByText(noScriptNotice)).toBeVisible()
    // Only the notes' own disclosure works without a script.
    const shownControls = page.locator('button, select, input').locator('visible=true')
    await expect(shownControls).toHaveCount(0)
    await expect(page.getByText(/^Translator’s notes \(\d+\)$/).first()).toBeVisible()
    const term = page.locator('.term').first()
    await expect(term).toBeVisible()
    expect(await term.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none')
  })

  test('the library lists the article, with its English title', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
    const link = page.getByRole('link', { name: /Lavrov/ })
    await expect(link).toHaveAttribute('href', articlePath)
    await expect(link.getByText(englishTitle, { exact: true })).toHaveAttribute('lang', 'en')
  })
})

test('the prerendered article hydrates without a mismatch and then responds', async ({ page }) => {
  const problems = recordProblems(page)
  // Hydration keeps the served elements; a fresh render would replace them.
  await page.addInitScript(() => {
    const observer = new MutationObserver(() => {
      const heading = document.querySelector('h1')
      if (!heading) return
      Object.assign(window, { servedHeading: heading })
      observer.disconnect()
    })
    observer.observe(document, { childList: true, subtree: true })
  })
  await openArticle(page)
  expect(await page.evaluate(() => 'servedHeading' in window && window.servedHeading === document.querySelector('h1'))).toBe(true)
  await expect(page.getByText(noScriptNotice)).toBeHidden()
  await page.getByRole('checkbox', { name: 'Show translations' }).uncheck()
  await expect(englishUnit(page, 's1')).toHaveCount(0)
  expect(problems).toEqual([])
})

test('presses made while the page hydrates are held, then acted on in order, not lost', async ({ page }) => {
  const problems = recordProblems(page)
  // Slowed, so that hydration (in slices, main.tsx) spans many tasks and presses can land between them.
  const session = await page.context().newCDPSession(page)
  await session.send('Emulation.setCPUThrottlingRate', { rate: 6 })
  // In the first task after React has taken the root, while the last row is not yet hydrated (React's
  // own keys on the elements tell these moments apart: nothing a reader sees does), a click on "Show
  // translations" and then Space on the first sentence.
  await page.addInitScript(() => {
    const hasKey = (element: Element | null | undefined, prefix: string) =>
      element !== null && element !== undefined && Object.keys(element).some((key) => key.startsWith(prefix))
    const poll = new MessageChannel()
    poll.port1.onmessage = () => {
      if (document.documentElement?.hasAttribute('data-interactive')) return
      if (!hasKey(document.getElementById('root'), '__reactContainer$')) {
        poll.port2.postMessage(null)
        return
      }
      const rows = document.querySelectorAll('[data-unit-row]')
      Object.assign(window, { pressedWhileHydrating: { wasLastRowHydrated: hasKey(rows[rows.length - 1], '__reactFiber$') } })
      document.querySelector<HTMLInputElement>('.switch input')?.click()
      const sentence = document.querySelector<HTMLElement>('[data-unit="s1"][lang="id"]')
      sentence?.focus()
      sentence?.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', code: 'Space', bubbles: true, cancelable: true }))
    }
    poll.port2.postMessage(null)
  })
  await page.goto(articlePath)
  // At 6x, beside other tests on two cores, hydrating can take longer than the usual wait.
  await expect(page.locator('html[data-interactive]')).toBeAttached({ timeout: 30_000 })
  await session.send('Emulation.setCPUThrottlingRate', { rate: 1 })
  expect(await page.evaluate(() => (window as { pressedWhileHydrating?: unknown }).pressedWhileHydrating)).toEqual({ wasLastRowHydrated: false })
  await expect(page.getByRole('checkbox', { name: 'Show translations' })).not.toBeChecked()
  expect(await visibleUnitIds(page, 'en')).toEqual(['s1'])
  expect(problems).toEqual([])
})

test("choices made on the reading options before the app's code has run are made again once it has", async ({ page }) => {
  const problems = recordProblems(page)
  // The app's entry script waits until the reader has chosen: only the browser answers until then.
  let sendScript = () => {}
  const isChosen = new Promise<void>((resolve) => (sendScript = resolve))
  await page.route(/\/assets\/index-[^/]*\.js$/, async (route) => {
    await isChosen
    await route.continue()
  })
  await page.goto(articlePath, { waitUntil: 'commit' })
  const showTranslations = page.getByRole('checkbox', { name: 'Show translations' })
  await showTranslations.click()
  await page.getByRole('radio', { name: 'Interlinear' }).click()
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption('id')
  await expect(page.locator('html[data-interactive]')).toHaveCount(0)
  sendScript()

  await expect(page.locator('html[data-interactive]')).toBeAttached()
  await expect(page.getByRole('checkbox', { name: 'Tampilkan terjemahan' })).not.toBeChecked()
  await expect(page.getByRole('radio', { name: 'Antarbaris' })).toBeChecked()
  await expect(page.locator('.reader')).toHaveAttribute('data-layout', 'interlinear')
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  expect(await visibleUnitIds(page, 'en')).toEqual([])
  expect(problems).toEqual([])
})

test("a returning reader's own layout and language apply once the page has hydrated", async ({ page }) => {
  const problems = recordProblems(page)
  await page.addInitScript(
    (key) =>
      window.localStorage.setItem(
        key,
        JSON.stringify({ version: 1, layout: 'original', areTranslationsShown: true, translationStyle: 'natural', uiLanguage: 'id' }),
      ),
    preferencesKey,
  )
  await openArticle(page)
  await expect(page.getByRole('radio', { name: 'Teks asli saja' })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  expect(await visibleUnitIds(page, 'en')).toEqual([])
  expect(problems).toEqual([])
})

test('a path the server answers with another page’s HTML gets its own page, not the prerendered one', async ({ page }) => {
  await page.goto('/articles/no-such-article')
  await expect(page.getByRole('heading', { level: 1 })).toContainText('no-such-article')
  await expect(page.getByRole('heading', { name: 'Articles' })).toHaveCount(0)
})
