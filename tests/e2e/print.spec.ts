import { expect, test, type Locator } from '@playwright/test'
import { backgroundColor, english, englishUnit, indonesianUnit, openArticle, transparent, unitIds, unitRow, visibleUnitIds } from './fixtures'

/** WCAG's contrast ratio of an element's text colour on white paper (printing leaves backgrounds out). */
async function contrastOnPaper(locator: Locator): Promise<number> {
  const color = await locator.evaluate((element) => getComputedStyle(element).color)
  const channels = /^rgba?\(([\d.]+), ([\d.]+), ([\d.]+)/.exec(color)?.slice(1).map(Number)
  if (channels?.length !== 3) throw new Error(`not an rgb() colour: ${color}`)
  const linear = (value: number) => {
    const c = value / 255
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  const [red = 0, green = 0, blue = 0] = channels.map(linear)
  return 1.05 / (0.2126 * red + 0.7152 * green + 0.0722 * blue + 0.05)
}

test('printed, the page is the article as the reader set it up, without the app around it', async ({ page }) => {
  await openArticle(page, '#s3')
  await unitRow(page, 's2').getByRole('button', { name: 'Hide translation' }).click()
  await unitRow(page, 's1').getByText(/^Translator’s notes/).click()
  await page.getByRole('button', { name: 'Glossary' }).click()
  await expect(page.getByRole('heading', { name: 'Glossary' })).toBeVisible()
  await indonesianUnit(page, 's4').hover()
  const lit = [unitRow(page, 's3'), indonesianUnit(page, 's4'), englishUnit(page, 's4')]
  for (const element of lit) expect(await backgroundColor(element), 'on screen: the linked row, the hovered pair').not.toBe(transparent)

  await page.emulateMedia({ media: 'print' })
  for (const element of lit) expect(await backgroundColor(element), 'printed').toBe(transparent)
  await expect(page.locator('button, select, input').locator('visible=true')).toHaveCount(0)
  await expect(page.getByRole('heading', { name: 'Glossary' })).toBeHidden()
  await expect(page.getByRole('link', { name: 'Selaras' })).toBeHidden()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await visibleUnitIds(page, 'id')).toEqual(unitIds)
  expect(await visibleUnitIds(page, 'en')).toEqual(unitIds.filter((id) => id !== 's2'))
  await expect(unitRow(page, 's2').getByText('Translation hidden')).toBeHidden()
  // The notes the reader opened print; a closed one's summary alone would be noise on paper.
  const [firstNote] = english('s1').notes
  if (firstNote === undefined) throw new Error('s1 has no translator’s notes to print')
  await expect(unitRow(page, 's1').getByText(firstNote)).toBeVisible()
  await expect(unitRow(page, 's3').getByText(/^Translator’s notes/)).toBeHidden()
  expect(await unitRow(page, 's1').evaluate((row) => getComputedStyle(row).breakInside)).toBe('avoid')
  const term = indonesianUnit(page, 's1').locator('.term').first()
  expect(await term.evaluate((element) => getComputedStyle(element).textDecorationLine)).toBe('none')

  await page.emulateMedia({ media: 'screen' })
  await expect(page.getByRole('checkbox', { name: 'Show translations' })).toBeVisible()
  await expect(unitRow(page, 's2').getByText('Translation hidden')).toBeVisible()
})

test.describe('with a dark screen', () => {
  test.use({ colorScheme: 'dark' })

  test('printed, the text is dark on the white paper', async ({ page }) => {
    await openArticle(page)
    const texts = [page.getByRole('heading', { level: 1 }), indonesianUnit(page, 's1'), englishUnit(page, 's1'), page.getByText(/^Source: /)]
    // On screen the text is light, for the dark background that printing leaves out.
    expect(await contrastOnPaper(indonesianUnit(page, 's1'))).toBeLessThan(1.5)

    await page.emulateMedia({ media: 'print' })
    for (const text of texts) expect(await contrastOnPaper(text), await text.innerText()).toBeGreaterThanOrEqual(4.5)
  })
})
