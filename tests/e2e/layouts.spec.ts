import { expect, test } from '@playwright/test'
import {
  allEnglishUnits,
  bothBoxes,
  boxOf,
  chooseLayout,
  english,
  englishUnit,
  horizontalScrollWidth,
  indonesianUnit,
  openArticle,
  sentenceIds,
  sourceUnits,
  toggleWithSpace,
  unitBoxes,
  unitIds,
  unitRow,
} from './fixtures'

/** Two boxes "start on the same row" when their tops differ by less than this (different font sizes). */
const sameRowTolerance = 6

test.describe('side by side (desktop, 1280 px)', () => {
  test('each sentence shares a row with its translation, and rows stay aligned, in both styles', async ({ page }) => {
    await openArticle(page)
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeChecked()
    for (const style of ['Natural', 'Literal'] as const) {
      await page.getByRole('radio', { name: style }).check()
      await expect(page.getByRole('radio', { name: style })).toBeChecked()
      const boxes = await unitBoxes(page)

      for (const id of unitIds) {
        const { original, translation } = bothBoxes(boxes, id)
        expect(translation.left, `${id}: English starts right of the Indonesian`).toBeGreaterThanOrEqual(
          original.right,
        )
      }
      // Asides and credits carry a label: their own test below checks them.
      for (const id of sentenceIds) {
        const { original, translation } = bothBoxes(boxes, id)
        expect(Math.abs(translation.top - original.top), `${id}: tops of the two columns`).toBeLessThanOrEqual(
          sameRowTolerance,
        )
      }

      // The sentence whose sides differ most in height is the one a naive layout would break.
      const heightGap = (id: string) => {
        const { original, translation } = bothBoxes(boxes, id)
        return Math.abs(translation.height - original.height)
      }
      const mostUneven = sentenceIds.reduce((worst, id) => (heightGap(id) > heightGap(worst) ? id : worst))
      expect(heightGap(mostUneven), `${mostUneven}: one side should be at least a line taller`).toBeGreaterThanOrEqual(
        20,
      )

      // Every row starts, on both sides, below the taller side of the row before it.
      for (const [index, id] of unitIds.entries()) {
        const nextId = unitIds[index + 1]
        if (nextId === undefined) break
        const current = bothBoxes(boxes, id)
        const next = bothBoxes(boxes, nextId)
        const bottomOfTaller = Math.max(current.original.bottom, current.translation.bottom)
        expect(next.original.top, `${nextId} (Indonesian) starts below ${id}`).toBeGreaterThanOrEqual(bottomOfTaller)
        expect(next.translation.top, `${nextId} (English) starts below ${id}`).toBeGreaterThanOrEqual(bottomOfTaller)
      }
    }
  })

  // APP BUG (see report): in side by side the kind label ("Related story, not part of this
  // article", "Credit") is stacked above the source text in the Indonesian column only, so the
  // English text of every aside and credit starts about one label height (~25 px) higher than
  // the Indonesian text it translates. Unskip when the label no longer shifts one column.
  test('asides and credits start on the same row as their translations', async ({ page }) => {
    await openArticle(page)
    const boxes = await unitBoxes(page)
    for (const unit of sourceUnits.filter((candidate) => candidate.kind !== 'sentence')) {
      const { original, translation } = bothBoxes(boxes, unit.id)
      expect(Math.abs(translation.top - original.top), `${unit.id}: tops of the two columns`).toBeLessThanOrEqual(
        sameRowTolerance,
      )
      expect(translation.left, `${unit.id}: English starts right of the Indonesian`).toBeGreaterThanOrEqual(
        original.right,
      )
    }
  })
})

test('interlinear: every translation sits under its unit, left-aligned with it', async ({ page }) => {
  await openArticle(page)
  await chooseLayout(page, 'Interlinear')
  const boxes = await unitBoxes(page)

  for (const [index, id] of unitIds.entries()) {
    const { original, translation } = bothBoxes(boxes, id)
    expect(translation.top, `${id}: English below the Indonesian`).toBeGreaterThanOrEqual(original.bottom - 1)
    expect(Math.abs(translation.left - original.left), `${id}: left edges`).toBeLessThanOrEqual(1)
    const nextId = unitIds[index + 1]
    if (nextId !== undefined) {
      const next = bothBoxes(boxes, nextId)
      expect(next.original.top, `${nextId} starts below the translation of ${id}`).toBeGreaterThanOrEqual(
        translation.bottom,
      )
    }
  }
})

test.describe('original only', () => {
  test('no translation is shown; a revealed one sits under its sentence, left-aligned', async ({ page }) => {
    await openArticle(page)
    await expect(allEnglishUnits(page)).toHaveCount(unitIds.length)
    await chooseLayout(page, 'Original only')

    await expect(allEnglishUnits(page)).toHaveCount(0)
    await expect(page.getByRole('checkbox', { name: 'Show translations' })).toHaveCount(0)
    const before = await unitBoxes(page)
    for (const id of unitIds) expect(before.get(id)?.translation, `${id} has no English`).toBeNull()

    await toggleWithSpace(page, 's4')
    await expect(englishUnit(page, 's4')).toBeVisible()
    await expect(allEnglishUnits(page)).toHaveCount(1)
    const original = await boxOf(indonesianUnit(page, 's4'))
    const translation = await boxOf(englishUnit(page, 's4'))
    expect(translation.top).toBeGreaterThanOrEqual(original.bottom - 1)
    expect(Math.abs(translation.left - original.left)).toBeLessThanOrEqual(1)
    // The next row makes room for it.
    expect((await boxOf(indonesianUnit(page, 's5'))).top).toBeGreaterThanOrEqual(translation.bottom)

    await toggleWithSpace(page, 's4')
    await expect(allEnglishUnits(page)).toHaveCount(0)
  })

  // A click on the sentence itself looks up the word under it (the glossary issue); the row's own
  // button is the click and tap route to its translation.
  test('the row’s “Show translation” button shows the translation under its sentence, and hides it again', async ({
    page,
  }) => {
    await openArticle(page)
    await chooseLayout(page, 'Original only')
    const toggle = unitRow(page, 's4').getByRole('button', { name: 'Show translation' })
    await toggle.click()
    await expect(englishUnit(page, 's4')).toBeVisible()
    await expect(allEnglishUnits(page)).toHaveCount(1)
    const original = await boxOf(indonesianUnit(page, 's4'))
    const translation = await boxOf(englishUnit(page, 's4'))
    expect(translation.top).toBeGreaterThanOrEqual(original.bottom - 1)

    await unitRow(page, 's4').getByRole('button', { name: 'Hide translation' }).click()
    await expect(allEnglishUnits(page)).toHaveCount(0)
  })
})

test('with a mouse, a row’s buttons are one line each in every layout, and a one-line sentence’s row in Original only stays under three lines tall', async ({
  page,
}) => {
  await openArticle(page)
  const lineHeight = await indonesianUnit(page, 's1').evaluate((element) => parseFloat(getComputedStyle(element).lineHeight))
  for (const [layout, toggleName] of [
    ['Side by side', 'Hide translation'],
    ['Interlinear', 'Hide translation'],
    ['Original only', 'Show translation'],
  ] as const) {
    await chooseLayout(page, layout)
    for (const name of [toggleName, 'Copy link to this passage']) {
      const button = await boxOf(unitRow(page, 's1').getByRole('button', { name }))
      expect(button.height, `${layout}, "${name}": its label on one line`).toBeLessThan(lineHeight * 1.25)
      expect(button.height, `${layout}, "${name}": at least WCAG’s 24 px target`).toBeGreaterThanOrEqual(24)
    }
  }

  const boxes = await unitBoxes(page)
  const heightOf = (id: string) => boxes.get(id)?.original.height ?? Number.POSITIVE_INFINITY
  const shortest = sentenceIds.reduce((best, id) => (heightOf(id) < heightOf(best) ? id : best))
  expect(heightOf(shortest), `${shortest} is one line`).toBeLessThan(lineHeight * 1.5)
  expect((await boxOf(unitRow(page, shortest))).height, `${shortest}: its row`).toBeLessThan(lineHeight * 3)

  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Bahasa Indonesia' })
  for (const name of ['Lihat terjemahan', 'Salin tautan ke bagian ini']) {
    const button = await boxOf(unitRow(page, shortest).getByRole('button', { name }))
    expect(button.height, `Indonesian, "${name}": its label on one line`).toBeLessThan(lineHeight * 1.25)
  }
})

test.describe('narrow screen (320 × 640)', () => {
  test.use({ viewport: { width: 320, height: 640 } })

  test('every layout is one column, translation under its unit, with no horizontal scroll', async ({ page }) => {
    await openArticle(page)
    for (const layout of ['Side by side', 'Interlinear'] as const) {
      await chooseLayout(page, layout)
      expect(await horizontalScrollWidth(page), `${layout}: page width`).toBeLessThanOrEqual(320)
      const boxes = await unitBoxes(page)
      for (const id of unitIds) {
        const { original, translation } = bothBoxes(boxes, id)
        expect(translation.top, `${layout}, ${id}: English under the Indonesian`).toBeGreaterThanOrEqual(
          original.bottom - 1,
        )
        expect(Math.abs(translation.left - original.left), `${layout}, ${id}: left edges`).toBeLessThanOrEqual(1)
        expect(translation.right, `${layout}, ${id}: English fits the screen`).toBeLessThanOrEqual(320)
        expect(original.right, `${layout}, ${id}: Indonesian fits the screen`).toBeLessThanOrEqual(320)
      }
    }

    await chooseLayout(page, 'Original only')
    expect(await horizontalScrollWidth(page), 'Original only: page width').toBeLessThanOrEqual(320)
    await toggleWithSpace(page, 's5')
    await expect(englishUnit(page, 's5')).toBeVisible()
    const { original, translation } = bothBoxes(await unitBoxes(page), 's5')
    expect(translation.top).toBeGreaterThanOrEqual(original.bottom - 1)
    expect(Math.abs(translation.left - original.left)).toBeLessThanOrEqual(1)
    expect(await horizontalScrollWidth(page), 'Original only, s5 revealed: page width').toBeLessThanOrEqual(320)
  })
})

test.describe('phone (375 × 667, touch)', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true })

  test('the first sentence starts on the first screen; "More options" unfolds the layout and style choices', async ({
    page,
  }) => {
    await openArticle(page)
    await expect(indonesianUnit(page, 's1')).toBeInViewport()
    const toggle = page.getByRole('button', { name: 'More options' })
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('group', { name: 'Layout' })).toBeHidden()
    await expect(page.getByRole('group', { name: 'Translation' })).toBeHidden()
    await expect(page.getByRole('checkbox', { name: 'Show translations' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Glossary' })).toBeVisible()

    await toggle.tap()
    await expect(toggle).toHaveAttribute('aria-expanded', 'true')
    await expect(page.getByText('Each Indonesian sentence sits on the same row as its translation', { exact: false })).toBeVisible()
    await page.getByText('Literal', { exact: true }).tap()
    await expect(englishUnit(page, 's1')).toHaveText(english('s1').literal)

    await toggle.tap()
    await expect(toggle).toHaveAttribute('aria-expanded', 'false')
    await expect(page.getByRole('group', { name: 'Translation' })).toBeHidden()
    await expect(englishUnit(page, 's1')).toHaveText(english('s1').literal)
  })

  test('a finger gets full-size row buttons (2.75rem, 44 px)', async ({ page }) => {
    await openArticle(page)
    for (const name of ['Hide translation', 'Copy link to this passage']) {
      expect((await boxOf(unitRow(page, 's1').getByRole('button', { name }))).height, name).toBeGreaterThanOrEqual(44)
    }
  })

  test('the banner is one row: the name, then the interface-language picker behind a globe, still named', async ({ page }) => {
    await openArticle(page)
    const picker = page.getByRole('combobox', { name: 'Interface language' })
    const name = await boxOf(page.getByRole('banner').getByRole('link', { name: 'Selaras' }))
    const pickerBox = await boxOf(picker)
    expect(pickerBox.top, 'the picker beside the name, not under it').toBeLessThan(name.bottom)
    expect((await boxOf(page.getByRole('banner'))).height, 'one row of 44 px controls and its padding').toBeLessThan(80)
    await expect(page.locator('.select-icon')).toBeVisible()
    // The words are still there for a screen reader, as the picker's label, but take no room.
    expect((await boxOf(page.getByText('Interface language', { exact: true }))).height).toBeLessThanOrEqual(1)
    await picker.selectOption('id')
    await expect(page.getByRole('combobox', { name: 'Bahasa antarmuka' })).toHaveValue('id')
  })

  test('at 320 × 640 the banner leaves every unfolded reading option on the first screen', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 })
    await openArticle(page)
    await expect(page.getByText('Read Indonesian side by side with curated English')).toBeHidden()
    await expect(page.getByRole('combobox', { name: 'Interface language' })).toBeInViewport({ ratio: 1 })
    for (const option of [
      page.getByRole('button', { name: 'More options' }),
      page.getByRole('checkbox', { name: 'Show translations' }),
      page.getByRole('button', { name: 'Glossary' }),
    ]) {
      await expect(option).toBeInViewport({ ratio: 1 })
    }
  })

  test('a wider screen shows every choice and the tagline, and no "More options"', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 })
    await openArticle(page)
    await expect(page.getByText('Read Indonesian side by side with curated English')).toBeVisible()
    await expect(page.getByText('Interface language', { exact: true })).toBeVisible()
    await expect(page.locator('.select-icon')).toBeHidden()
    await expect(page.getByRole('group', { name: 'Layout' })).toBeVisible()
    await expect(page.getByRole('group', { name: 'Translation' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'More options' })).toBeHidden()
  })
})
