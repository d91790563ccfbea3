// Issue 4, "Everyone": the whole app, walked by a reader who has only a keyboard. Nothing here
// clicks or calls focus(): every move is a key press (page.goto only loads the pages a reader
// would load), and each step asserts what the reader sees or hears — where focus is, the states
// a screen reader announces (checked, expanded), the text on screen and in the live regions.
import { expect, test, type Page } from '@playwright/test'
import {
  allEnglishUnits,
  articlePath,
  english,
  englishUnit,
  indonesianUnit,
  sentenceSelector,
  tabUntil,
  unitIds,
  unitRow,
  waitUntilInteractive,
} from './fixtures'

test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

/** The text of the reader's polite live region: what a screen reader says after a key press. */
function politeRegion(page: Page) {
  return page.locator('.reader [aria-live="polite"]')
}

function focused(page: Page) {
  return page.locator(':focus')
}

test('keyboard alone: open the article, change layout, toggle translations, read a term and a word, search the glossary, switch language, follow a deep link', async ({
  page,
}) => {
  // One long story on a shared two-core machine: give it the time three tests would get.
  test.slow()

  // ---- The library: the skip link comes first, the article is a link away ----------------------
  await page.goto('/')
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeInViewport()
  await tabUntil(page, `a[href$="${articlePath}"]`, 6)
  await expect(focused(page)).toHaveAccessibleName(/Lavrov: Hubungan dengan Dunia Islam/)
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  await waitUntilInteractive(page)

  // ---- Skip the header, land on the reading options -------------------------------------------
  await page.keyboard.press('Tab')
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('main')).toBeFocused()
  await page.keyboard.press('Tab')
  const sideBySide = page.getByRole('radio', { name: 'Side by side' })
  await expect(sideBySide).toBeFocused()
  await expect(sideBySide).toBeChecked()

  // ---- Layout: arrow keys move the choice within the radio group --------------------------------
  await page.keyboard.press('ArrowRight')
  const interlinear = page.getByRole('radio', { name: 'Interlinear' })
  await expect(interlinear).toBeFocused()
  await expect(interlinear).toBeChecked()
  await expect(page.getByText('Each translation sits directly under its sentence.')).toBeVisible()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Original only' })).toBeChecked()
  await expect(allEnglishUnits(page)).toHaveCount(0)
  await expect(page.getByText(/^Translations are hidden\./)).toBeVisible()
  await page.keyboard.press('ArrowLeft')
  await expect(interlinear).toBeChecked()
  await expect(allEnglishUnits(page)).toHaveCount(unitIds.length)

  // ---- Every translation off with the switch ---------------------------------------------------
  await page.keyboard.press('Tab')
  const showTranslations = page.getByRole('checkbox', { name: 'Show translations' })
  await expect(showTranslations).toBeFocused()
  await expect(showTranslations).toBeChecked()
  await page.keyboard.press('Space')
  await expect(showTranslations).not.toBeChecked()
  await expect(allEnglishUnits(page)).toHaveCount(0)
  await expect(page.getByText('Translation hidden', { exact: true }).filter({ visible: true })).toHaveCount(unitIds.length)

  // ---- Literal style, then on past the glossary button to the first sentence -------------------
  await page.keyboard.press('Tab')
  await expect(page.getByRole('radio', { name: 'Natural' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('radio', { name: 'Literal' })).toBeChecked()
  await page.keyboard.press('Tab')
  const glossaryButton = page.getByRole('button', { name: 'Glossary' })
  await expect(glossaryButton).toBeFocused()
  await expect(glossaryButton).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Tab')
  const s1 = indonesianUnit(page, 's1')
  await expect(s1).toBeFocused()
  await expect(s1).toHaveAccessibleDescription(/Space shows or hides the translation/)

  // ---- Reveal one sentence: Space, announced politely; its row button says it is expanded ------
  await page.keyboard.press('Space')
  await expect(englishUnit(page, 's1')).toHaveText(english('s1').literal)
  await expect(allEnglishUnits(page)).toHaveCount(1)
  await expect(politeRegion(page)).toHaveText('Translation shown')
  const rowToggle = unitRow(page, 's1').getByRole('button', { name: 'Hide translation' })
  await expect(rowToggle).toHaveAttribute('aria-expanded', 'true')
  await expect(s1).toBeFocused()

  // ---- A glossary term: Tab opens its popover as a description, Enter pins it, Escape returns ---
  await page.keyboard.press('Tab')
  const term = s1.locator('[data-term-index]').filter({ hasText: /^Menteri Luar Negeri$/ })
  await expect(term).toBeFocused()
  await expect(term).toHaveAccessibleName('Menteri Luar Negeri')
  const termDialog = page.getByRole('dialog', { name: 'Menteri Luar Negeri', exact: true })
  await expect(termDialog).toBeVisible()
  await expect(term).toHaveAttribute('aria-describedby', (await termDialog.getAttribute('id')) ?? 'missing id')
  await expect(term).toHaveAttribute('aria-expanded', 'false')
  await page.keyboard.press('Enter')
  await expect(term).toHaveAttribute('aria-expanded', 'true')
  await expect(termDialog).toBeFocused()
  await expect(termDialog).toContainText('Foreign Minister')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(term).toBeFocused()
  await expect(term).toHaveAttribute('aria-expanded', 'false')

  // ---- The word cursor: back to the sentence, arrows, Enter looks up, Escape returns -----------
  await page.keyboard.press('Shift+Tab')
  await expect(s1).toBeFocused()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const cursorWord = s1.locator('span.word.has-cursor')
  await expect(cursorWord).toHaveText(['MINA'])
  await expect(politeRegion(page)).toHaveText(/^Word 2 of \d+: MINA$/)
  await page.keyboard.press('Enter')
  const wordDialog = page.getByRole('dialog', { name: 'MINA', exact: true })
  await expect(wordDialog).toBeFocused()
  await expect(wordDialog).toContainText('Root')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(s1).toBeFocused()
  await expect(cursorWord).toHaveText(['MINA'])

  // ---- The glossary panel: open, search, choose an entry ---------------------------------------
  await page.keyboard.press('Shift+Tab')
  await expect(glossaryButton).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(glossaryButton).toHaveAttribute('aria-expanded', 'true')
  const panel = page.getByRole('region', { name: 'Glossary' })
  await expect(panel).toBeVisible()
  await page.keyboard.press('Tab')
  const search = panel.getByRole('searchbox', { name: 'Search the glossary' })
  await expect(search).toBeFocused()
  await page.keyboard.type('eurasia')
  await expect(panel.getByRole('status')).toHaveText('1 entry')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveAccessibleName(/^kekuatan Eurasia\s*Eurasian power/)
  await page.keyboard.press('Enter')
  const occurrence = indonesianUnit(page, 's2').locator('[data-term-index]').filter({ hasText: /^kekuatan Eurasia$/ })
  await expect(occurrence).toBeFocused()
  await expect(occurrence).toBeInViewport()
  await expect(page.locator('span.word.is-marked')).toHaveText(['kekuatan', 'Eurasia'])

  // ---- The interface language: back up to the header's select, arrow to Bahasa Indonesia -------
  await tabUntil(page, 'header select', 60, 'Shift+Tab')
  await expect(page.getByRole('combobox', { name: 'Interface language' })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  const languageSelect = page.getByRole('combobox', { name: 'Bahasa antarmuka' })
  await expect(languageSelect).toBeFocused()
  await expect(languageSelect).toHaveValue('id')
  // Every choice so far survives the switch, under its Indonesian name.
  await expect(page.getByRole('radio', { name: 'Antarbaris' })).toBeChecked()
  await expect(page.getByRole('radio', { name: 'Harfiah' })).toBeChecked()
  await expect(page.getByRole('checkbox', { name: 'Tampilkan terjemahan' })).not.toBeChecked()
  await expect(page.getByRole('button', { name: 'Glosarium' })).toHaveAttribute('aria-expanded', 'true')
  await expect(page.getByRole('region', { name: 'Glosarium' }).getByRole('status')).toHaveText('1 entri')
  await expect(unitRow(page, 's1').getByRole('button', { name: 'Tutup terjemahan' })).toHaveAttribute(
    'aria-expanded',
    'true',
  )

  // ---- Copy a link to a passage, then follow it ------------------------------------------------
  await tabUntil(page, '[data-unit-row][id="s5"] .copy-link', 80)
  await expect(focused(page)).toHaveAccessibleName('Salin tautan ke bagian ini')
  await page.keyboard.press('Enter')
  await expect(page.getByRole('status').filter({ hasText: 'Tautan disalin' })).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied.endsWith(`${articlePath}#s5`), copied).toBe(true)

  await page.goto('about:blank')
  await page.goto(copied)
  await waitUntilInteractive(page)
  const s5 = indonesianUnit(page, 's5')
  await expect(s5).toBeFocused()
  await expect(unitRow(page, 's5')).toHaveAttribute('data-targeted')
  await expect(unitRow(page, 's5')).toBeInViewport()
  // The saved choices came along; the one sentence revealed by hand was for that visit only.
  await expect(page.locator('html')).toHaveAttribute('lang', 'id')
  await expect(page.getByRole('radio', { name: 'Antarbaris' })).toBeChecked()
  await expect(allEnglishUnits(page)).toHaveCount(0)

  // The reader carries on from the passage: Space reveals it, announced in Indonesian.
  await page.keyboard.press('Space')
  await expect(englishUnit(page, 's5')).toHaveText(english('s5').literal)
  await expect(politeRegion(page)).toHaveText('Terjemahan ditampilkan')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveAttribute('data-term-index', /\d+/)
  expect(await page.evaluate((selector) => document.activeElement?.closest(selector)?.getAttribute('data-unit'), sentenceSelector)).toBe(
    's5',
  )
})
