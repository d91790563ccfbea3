import { expect, test, type Page } from '@playwright/test'
import {
  english,
  englishUnit,
  indonesianUnit,
  openArticle,
  preferencesKey,
  unitIds,
  visibleUnitIds,
  waitUntilInteractive,
} from './fixtures'

async function savedPreferences(page: Page): Promise<unknown> {
  const saved = await page.evaluate((key) => window.localStorage.getItem(key), preferencesKey)
  return saved === null ? null : JSON.parse(saved)
}

/** Stores `value` under the preferences key before the app's first load only (not on reloads). */
async function seedStorageOnce(page: Page, value: string): Promise<void> {
  await page.context().addInitScript(
    ([key, stored]) => {
      if (window.sessionStorage.getItem('test.seeded') !== null) return
      window.sessionStorage.setItem('test.seeded', 'yes')
      window.localStorage.setItem(key, stored)
    },
    [preferencesKey, value] as const,
  )
}

const notices = {
  corrupt: 'Your saved reading settings could not be read, so Selaras has gone back to the defaults.',
  unknownVersion:
    'Your saved reading settings come from another version of Selaras, so Selaras has gone back to the defaults.',
  unavailable:
    'This browser is not letting Selaras save settings, so your choices will last only until you leave the page.',
}

test('Interlinear, Literal, translations off and Bahasa Indonesia are still chosen after a reload', async ({
  page,
}) => {
  await openArticle(page)
  expect(await savedPreferences(page), 'nothing is saved before a choice').toBeNull()

  await page.getByRole('radio', { name: 'Interlinear' }).check()
  await page.getByRole('radio', { name: 'Literal' }).check()
  await page.getByRole('checkbox', { name: 'Show translations' }).uncheck()
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Bahasa Indonesia' })
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect
    .poll(() => savedPreferences(page))
    .toEqual({
      version: 1,
      layout: 'interlinear',
      areTranslationsShown: false,
      translationStyle: 'literal',
      uiLanguage: 'id',
    })

  await page.reload()
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  await waitUntilInteractive(page)
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(page.getByRole('combobox', { name: 'Bahasa antarmuka' })).toHaveValue('id')
  await expect(page.getByRole('link', { name: 'Langsung ke isi' })).toBeAttached()
  await expect(page.getByRole('radio', { name: 'Antarbaris' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Harfiah' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Interlinear' })).toHaveCount(0)
  const showTranslations = page.getByRole('checkbox', { name: 'Tampilkan terjemahan' })
  await expect(showTranslations).not.toBeChecked()
  await expect(page.locator('[lang="en"][data-unit]')).toHaveCount(0)

  // Switched back on, the translations are the literal ones, under their sentences.
  await showTranslations.check()
  await expect(englishUnit(page, 's1')).toHaveText(english('s1').literal)
  const original = await indonesianUnit(page, 's1').boundingBox()
  const translation = await englishUnit(page, 's1').boundingBox()
  expect(original && translation && translation.y >= original.y + original.height - 1).toBe(true)
})

test('corrupt saved data: a notice, the defaults, a working article; the data is discarded', async ({ page }) => {
  await seedStorageOnce(page, '{not json')
  await openArticle(page)

  await expect(page.getByRole('status').filter({ hasText: notices.corrupt })).toBeVisible()
  expect(await visibleUnitIds(page, 'en')).toEqual(unitIds)
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
  expect(await savedPreferences(page)).toBeNull()

  // Discarded, not kept around: a reload without any change brings no notice.
  await page.reload()
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  await waitUntilInteractive(page)
  await expect(page.getByText(notices.corrupt)).toHaveCount(0)

  // The app still works and saves again.
  await page.getByRole('radio', { name: 'Original only' }).check()
  await expect(page.locator('[lang="en"][data-unit]')).toHaveCount(0)
  await expect.poll(() => savedPreferences(page)).toMatchObject({ version: 1, layout: 'original' })
  await page.reload()
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  await waitUntilInteractive(page)
  await expect(page.getByRole('radio', { name: 'Original only' })).toBeChecked()
  await expect(page.getByText(notices.corrupt)).toHaveCount(0)
})

test('data saved by another version: a notice and the defaults, not the saved choices', async ({ page }) => {
  await seedStorageOnce(
    page,
    JSON.stringify({
      version: 99,
      layout: 'interlinear',
      areTranslationsShown: false,
      translationStyle: 'literal',
      uiLanguage: 'id',
    }),
  )
  await openArticle(page)
  const notice = page.getByRole('status').filter({ hasText: notices.unknownVersion })
  await expect(notice).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Natural' })).toBeChecked()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(englishUnit(page, 's1')).toHaveText(english('s1').natural)

  // The notice can be dismissed.
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText(notices.unknownVersion)).toHaveCount(0)
})

test('well-formed JSON of the wrong shape counts as corrupt', async ({ page }) => {
  await seedStorageOnce(
    page,
    JSON.stringify({
      version: 1,
      layout: 'diagonal',
      areTranslationsShown: true,
      translationStyle: 'natural',
      uiLanguage: 'en',
    }),
  )
  await openArticle(page)
  await expect(page.getByRole('status').filter({ hasText: notices.corrupt })).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
})

test('storage that refuses to save: the choice still applies and a notice says it will not last', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('Refused by the test', 'QuotaExceededError')
    }
  })
  await openArticle(page)
  await expect(page.getByText(notices.unavailable)).toHaveCount(0)
  await page.getByRole('radio', { name: 'Interlinear' }).check()
  const notice = page.getByRole('status').filter({ hasText: notices.unavailable })
  await expect(notice).toBeVisible()
  await expect(page.getByRole('radio', { name: 'Interlinear' })).toBeChecked()

  // Said once: dismissed, it stays away however many more choices fail to save.
  await notice.getByRole('button', { name: 'Dismiss' }).click()
  await page.getByRole('radio', { name: 'Literal' }).check()
  await page.getByRole('checkbox', { name: 'Show translations' }).uncheck()
  await expect(page.locator('[lang="en"][data-unit]')).toHaveCount(0)
  await expect(page.getByText(notices.unavailable)).toHaveCount(0)
})

// Private modes and "block all site data" differ: some browsers throw on reaching localStorage at
// all (a SecurityError from the getter), some hand out a Storage whose every method throws.
const unreachableStorage = {
  'the localStorage getter throws': () => {
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Blocked by the test', 'SecurityError')
      },
    })
  },
  'every Storage method throws': () => {
    for (const method of ['getItem', 'setItem', 'removeItem', 'clear', 'key'] as const) {
      Storage.prototype[method] = () => {
        throw new DOMException('Blocked by the test', 'SecurityError')
      }
    }
  },
}

for (const [how, block] of Object.entries(unreachableStorage)) {
  test(`no storage at all (${how}): the reader works, says once that choices will not last`, async ({ page }) => {
    await page.addInitScript(block)
    await openArticle(page)
    // The block is in force in the page itself, not only in what the app happens to call.
    expect(await page.evaluate(() => {
      try {
        window.localStorage.getItem('x')
        return 'reachable'
      } catch {
        return 'blocked'
      }
    })).toBe('blocked')

    const notice = page.getByRole('status').filter({ hasText: notices.unavailable })
    await expect(notice).toBeVisible()
    await expect(notice).toHaveCount(1)
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
    expect(await visibleUnitIds(page, 'en')).toEqual(unitIds)

    await notice.getByRole('button', { name: 'Dismiss' }).click()
    await expect(page.getByText(notices.unavailable)).toHaveCount(0)

    // Every choice still applies for this visit, and none brings the notice back.
    await page.getByRole('radio', { name: 'Original only' }).check()
    await expect(page.locator('[lang="en"][data-unit]')).toHaveCount(0)
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Bahasa Indonesia' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('radio', { name: 'Teks asli saja' })).toBeChecked()
    // The notice would now be in Indonesian: it does not come back in either language.
    await expect(page.getByText(/tidak mengizinkan|not letting Selaras/)).toHaveCount(0)

    // Nothing was kept: a new visit starts from the defaults and is told again, once.
    await page.reload()
    await expect(indonesianUnit(page, 's1')).toBeVisible()
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
    await expect(page.getByRole('status').filter({ hasText: notices.unavailable })).toHaveCount(1)
  })
}

test.describe('browser language', () => {
  test.use({ locale: 'id-ID' })

  test('an Indonesian browser gets the Indonesian interface before any choice is saved', async ({ page }) => {
    await openArticle(page)
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    await expect(page.getByRole('combobox', { name: 'Bahasa antarmuka' })).toHaveValue('id')
    await expect(page.getByRole('radio', { name: 'Berdampingan' })).toBeChecked()
  })
})
