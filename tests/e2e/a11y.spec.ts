import { expect, test } from '@playwright/test'
import {
  allEnglishUnits,
  chooseLayout,
  englishUnit,
  expectNoAxeViolations,
  indonesianUnit,
  openArticle,
  preferencesKey,
  reachWord,
  showMoreOptions,
  sourceUnits,
  toggleWithSpace,
  unitIds,
  unitRow,
} from './fixtures'

const layouts = ['Side by side', 'Interlinear', 'Original only'] as const

test.describe('axe', () => {
  test('no violations in each layout (Original only with a sentence revealed and its notes open)', async ({
    page,
  }) => {
    // Three full axe runs over the whole article: give it the time a busy two-core machine needs.
    test.slow()
    await openArticle(page)
    await expectNoAxeViolations(page, 'Side by side')
    await chooseLayout(page, 'Interlinear')
    await expectNoAxeViolations(page, 'Interlinear')
    // One run covers both Original only states: every other unit is still translation-free.
    await chooseLayout(page, 'Original only')
    await toggleWithSpace(page, 's2')
    await expect(englishUnit(page, 's2')).toBeVisible()
    await expect(allEnglishUnits(page)).toHaveCount(1)
    await unitRow(page, 's2').getByText(/Translator’s notes/).click()
    await expectNoAxeViolations(page, 'Original only, s2 revealed, its notes open')
  })

  test('no violations: translations switched off, a deep-linked row and a status message', async ({ page }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await openArticle(page, '#s5')
    await page.getByRole('checkbox', { name: 'Show translations' }).uncheck()
    await unitRow(page, 's5').getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    await expectNoAxeViolations(page, 'translations off, #s5 targeted, link copied')
  })

  // Dark mode changes colours only: one run over the state with the most colour combinations
  // (every translation and note shown, a targeted row whose sentence has focus).
  test.describe('dark mode', () => {
    test.use({ colorScheme: 'dark' })

    test('no violations: side by side with a targeted, focused row', async ({ page }) => {
      await openArticle(page, '#s11')
      expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true)
      await expect(indonesianUnit(page, 's11')).toBeFocused()
      await expectNoAxeViolations(page, 'dark, side by side, #s11 targeted')
    })
  })

  // At this width every layout is the same single column.
  test.describe('320 px wide', () => {
    test.use({ viewport: { width: 320, height: 640 } })

    test('no violations: one column with every translation, its options folded and unfolded', async ({ page }) => {
      await openArticle(page)
      await expectNoAxeViolations(page, '320 px, side by side')
      await showMoreOptions(page)
      await expect(page.getByRole('group', { name: 'Layout' })).toBeVisible()
      await expectNoAxeViolations(page, '320 px, side by side, more options shown')
    })
  })

  test('no violations: Indonesian interface, with the storage notice', async ({ page }) => {
    await page.addInitScript((key) => window.localStorage.setItem(key, '{not json'), preferencesKey)
    await openArticle(page)
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Bahasa Indonesia' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('status').filter({ hasText: 'tidak dapat dibaca' })).toBeVisible()
    await expectNoAxeViolations(page, 'Indonesian UI, Berdampingan, storage notice')
  })

  // The states that bring their own controls and labels, in the Indonesian interface: a word
  // look-up, a term popover and the glossary panel each have Indonesian strings of their own.
  test('no violations: Indonesian interface with the glossary panel, a term popover and a word look-up', async ({
    page,
  }) => {
    test.slow()
    const saved = { version: 1, layout: 'interlinear', areTranslationsShown: true, translationStyle: 'natural', uiLanguage: 'id' }
    await page.addInitScript(
      ([key, value]) => window.localStorage.setItem(key, value),
      [preferencesKey, JSON.stringify(saved)] as const,
    )
    await openArticle(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await page.getByRole('button', { name: 'Glosarium' }).click()
    await page.getByRole('searchbox', { name: 'Cari di glosarium' }).fill('zzz')
    await expect(page.getByRole('region', { name: 'Glosarium' }).getByRole('status')).toHaveText(
      'Tidak ada entri yang cocok dengan “zzz”.',
    )
    await indonesianUnit(page, 's1').locator('[data-term-index]').first().click()
    await expect(page.getByRole('dialog', { name: 'Menteri Luar Negeri' })).toContainText('Bahasa Inggris')
    await expectNoAxeViolations(page, 'Indonesian UI, Antarbaris, glossary panel, term popover')

    await page.keyboard.press('Escape')
    await (await reachWord(page, 's9', 'disebutkan')).click()
    await expect(page.getByRole('dialog', { name: 'disebutkan' })).toContainText('Kata dasar')
    await expectNoAxeViolations(page, 'Indonesian UI, word look-up')
  })

  test.describe('320 px wide, with things open', () => {
    test.use({ viewport: { width: 320, height: 640 } })

    test('no violations: glossary panel open and a term popover pinned', async ({ page }) => {
      test.slow()
      await openArticle(page)
      await page.getByRole('button', { name: 'Glossary' }).click()
      await expect(page.getByRole('region', { name: 'Glossary' })).toBeVisible()
      await indonesianUnit(page, 's5').locator('[data-term-index]').first().click()
      await expect(page.getByRole('dialog')).toBeInViewport()
      await expectNoAxeViolations(page, '320 px, glossary panel, term popover')
    })
  })

  test('no violations: library page', async ({ page }) => {
    await page.goto('/')
    await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
    await expectNoAxeViolations(page, 'library')
  })
})

test('the first Tab focuses the skip link, and activating it moves focus to the main content', async ({ page }) => {
  await openArticle(page)
  const skipLink = page.getByRole('link', { name: 'Skip to content' })
  await expect(skipLink).not.toBeInViewport()

  await page.keyboard.press('Tab')
  await expect(skipLink).toBeFocused()
  await expect(skipLink).toBeInViewport()

  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  // The next Tab continues inside the main content: the reading options come first.
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeFocused()
})

test('the unit contract: every [data-unit] is lang id or en, and the Indonesian holds exactly the source', async ({
  page,
}) => {
  await openArticle(page)
  const expectedSource = sourceUnits.map((unit) => [unit.id, unit.text])
  for (const layout of layouts) {
    await chooseLayout(page, layout)
    // Every English unit shown, or none; rows far from the screen follow the switch in a render
    // after the paint (toggles.spec.ts), so this waits for them.
    await expect(page.locator('[lang="en"][data-unit]:not([hidden])'), `${layout}: English units`).toHaveCount(
      layout === 'Original only' ? 0 : unitIds.length,
    )
    const units = await page.locator('[data-unit]:not([hidden])').evaluateAll((elements) =>
      elements.map((element) => ({
        id: element.getAttribute('data-unit'),
        lang: element.getAttribute('lang'),
        // textContent, not innerText: the contract is the exact string, not a whitespace-normalised one.
        text: element.textContent,
      })),
    )
    const languages = units.map((unit) => unit.lang)
    expect(new Set(languages), `${layout}: the languages of [data-unit] elements`).toEqual(
      new Set(layout === 'Original only' ? ['id'] : ['id', 'en']),
    )
    const source = units.filter((unit) => unit.lang === 'id').map((unit) => [unit.id, unit.text])
    expect(source, `${layout}: the Indonesian units`).toEqual(expectedSource)
  }
})

test('<html lang> follows the interface language', async ({ page }) => {
  await openArticle(page)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('lang', 'en')

  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Bahasa Indonesia' })
  await expect(html).toHaveAttribute('lang', 'id')
  await expect(page.getByRole('radio', { name: 'Berdampingan' })).toBeChecked()
  await expect(page.getByRole('link', { name: 'Langsung ke isi' })).toBeAttached()

  await page.getByRole('combobox', { name: 'Bahasa antarmuka' }).selectOption({ label: 'English' })
  await expect(html).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
})
