import { expect, test } from '@playwright/test'
import {
  allEnglishUnits,
  backgroundColor,
  chooseLayout,
  english,
  englishTitle,
  englishUnit,
  indonesianUnit,
  openArticle,
  sentenceSelector,
  sourceUnits,
  tabUntil,
  toggleWithSpace,
  unitIds,
  unitRow,
  visibleUnitIds,
} from './fixtures'

test.describe('keyboard', () => {
  test('Original only chosen with arrow keys; Tab reaches a sentence, Enter reveals and Space hides', async ({
    page,
  }) => {
    await openArticle(page)

    // The layout radios form one tab stop; the arrow keys move the choice, as for any radio group.
    await tabUntil(page, 'input[type="radio"]')
    await expect(page.getByRole('radio', { name: 'Side by side' })).toBeFocused()
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect(page.getByRole('radio', { name: 'Original only' })).toBeChecked()
    await expect(allEnglishUnits(page)).toHaveCount(0)

    await tabUntil(page, sentenceSelector)
    const sentence = indonesianUnit(page, 's1')
    await expect(sentence).toBeFocused()

    await page.keyboard.press('Enter')
    await expect(englishUnit(page, 's1')).toBeVisible()
    await expect(englishUnit(page, 's1')).toHaveText(english('s1').natural)
    await expect(allEnglishUnits(page)).toHaveCount(1)

    const scrollBefore = await page.evaluate(() => window.scrollY)
    await page.keyboard.press('Space')
    await expect(englishUnit(page, 's1')).toHaveCount(0)
    await expect(sentence).toBeFocused()
    // Space on a focused sentence must not also scroll the page.
    expect(await page.evaluate(() => window.scrollY)).toBe(scrollBefore)

    // The next sentence is further down the tab order, and works the same way.
    await tabUntil(page, sentenceSelector)
    await expect(indonesianUnit(page, 's2')).toBeFocused()
    await page.keyboard.press('Space')
    await expect(englishUnit(page, 's2')).toBeVisible()
    await expect(englishUnit(page, 's1')).toHaveCount(0)
  })

  test('Side by side: a focused sentence highlights its English; Enter hides it and Space shows it again', async ({
    page,
  }) => {
    await openArticle(page)
    const plain = await backgroundColor(englishUnit(page, 's1'))
    await tabUntil(page, sentenceSelector)
    const sentence = indonesianUnit(page, 's1')
    await expect(sentence).toBeFocused()
    // Keyboard focus lights up the counterpart, as hovering does.
    await expect.poll(() => backgroundColor(englishUnit(page, 's1'))).not.toBe(plain)
    expect(await backgroundColor(englishUnit(page, 's2')), 'another row').toBe(plain)

    await page.keyboard.press('Enter')
    await expect(englishUnit(page, 's1')).toHaveCount(0)
    await expect(unitRow(page, 's1').getByText('Translation hidden')).toBeVisible()
    await expect(englishUnit(page, 's2')).toBeVisible()

    await page.keyboard.press('Space')
    await expect(englishUnit(page, 's1')).toBeVisible()
    await expect(unitRow(page, 's1').getByText('Translation hidden').filter({ visible: true })).toHaveCount(0)
  })

  test('a focused sentence reveals its translation with Enter and hides it with Space', async ({ page }) => {
    await openArticle(page)
    await chooseLayout(page, 'Original only')
    await tabUntil(page, sentenceSelector)
    const sentence = indonesianUnit(page, 's1')
    await expect(sentence).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(englishUnit(page, 's1')).toBeVisible()
    await expect(unitRow(page, 's1').getByRole('button', { name: 'Hide translation' })).toBeVisible()
    await page.keyboard.press('Space')
    await expect(englishUnit(page, 's1')).toHaveCount(0)
  })

  test('"Show translations" with Space hides every translation, and Space again shows them', async ({ page }) => {
    await openArticle(page)
    const checkbox = page.getByRole('checkbox', { name: 'Show translations' })
    await expect(checkbox).toBeChecked()
    await expect(allEnglishUnits(page)).toHaveCount(unitIds.length)

    await checkbox.focus()
    await page.keyboard.press('Space')
    await expect(checkbox).not.toBeChecked()
    await expect(allEnglishUnits(page)).toHaveCount(0)
    await expect(page.getByText('Translation hidden').filter({ visible: true })).toHaveCount(unitIds.length)
    // The headline's English goes too.
    await expect(page.getByText(englishTitle)).toHaveCount(0)

    await page.keyboard.press('Space')
    await expect(checkbox).toBeChecked()
    await expect(allEnglishUnits(page)).toHaveCount(unitIds.length)
    expect(await visibleUnitIds(page, 'en')).toEqual(unitIds)
    await expect(page.getByText('Translation hidden').filter({ visible: true })).toHaveCount(0)
    await expect(page.getByText(englishTitle)).toBeVisible()
  })
})

test.describe('switch and styles', () => {
  test('with translations switched off, one sentence can still be revealed; the switch resets it', async ({
    page,
  }) => {
    await openArticle(page)
    const checkbox = page.getByRole('checkbox', { name: 'Show translations' })
    await checkbox.uncheck()
    await expect(allEnglishUnits(page)).toHaveCount(0)

    await toggleWithSpace(page, 's6')
    await expect(englishUnit(page, 's6')).toBeVisible()
    await expect(englishUnit(page, 's6')).toHaveText(english('s6').natural)
    await expect(allEnglishUnits(page)).toHaveCount(1)

    await checkbox.check()
    await expect(allEnglishUnits(page)).toHaveCount(unitIds.length)
    await checkbox.uncheck()
    await expect(allEnglishUnits(page), 'a use of the switch is a fresh start for every sentence').toHaveCount(0)
  })

  test('the switch changes the rows on screen in the task of the press; rows far below follow just after', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1024, height: 400 })
    await openArticle(page)
    const near = unitIds[0] as string
    const far = unitIds.at(-1) as string
    const farTop = await unitRow(page, far).evaluate((row) => row.getBoundingClientRect().top)
    expect(farTop, 'the last row lies more than a screen below the screen').toBeGreaterThan(3 * 400)

    // The passages learn their distance from the screen a frame or two after they mount.
    await page.evaluate(async () => {
      for (let frame = 0; frame < 3; frame++) await new Promise((resolve) => requestAnimationFrame(resolve))
      await new Promise((resolve) => setTimeout(resolve, 50))
    })
    const checkbox = page.getByRole('checkbox', { name: 'Show translations' })
    const inPressTask = await checkbox.evaluate(async (input, ids) => {
      const isShown = (id: string) => !document.querySelector(`[lang="en"][data-unit="${id}"]`)?.hasAttribute('hidden')
      ;(input as HTMLInputElement).click()
      // React flushes a press's update in a microtask of the same task, before anything is painted.
      await Promise.resolve()
      return { near: isShown(ids.near), far: isShown(ids.far) }
    }, { near, far })
    expect(inPressTask.near, 'a row on screen follows before the next paint').toBe(false)
    // Far rows are left for a render after the paint: that is what keeps the switch fast on a book.
    expect(inPressTask.far, 'a row far below is not re-rendered in the press').toBe(true)
    await expect(englishUnit(page, far)).toHaveCount(0)
    await expect(allEnglishUnits(page)).toHaveCount(0)

    await unitRow(page, far).scrollIntoViewIfNeeded()
    await expect(unitRow(page, far).getByText('Translation hidden')).toBeVisible()
    await checkbox.check()
    await expect(englishUnit(page, far)).toBeVisible()
    await expect(allEnglishUnits(page)).toHaveCount(unitIds.length)
  })

  test('Literal and Natural switch every translation to the curated text', async ({ page }) => {
    await openArticle(page)
    await expect(page.getByRole('radio', { name: 'Natural' })).toBeChecked()
    await expect(allEnglishUnits(page)).toHaveText(unitIds.map((id) => english(id).natural))

    await page.getByRole('radio', { name: 'Literal' }).check()
    await expect(page.getByRole('radio', { name: 'Literal' })).toBeChecked()
    await expect(allEnglishUnits(page)).toHaveText(unitIds.map((id) => english(id).literal))

    await page.getByRole('radio', { name: 'Natural' }).check()
    await expect(allEnglishUnits(page)).toHaveText(unitIds.map((id) => english(id).natural))

    // The style also applies to a sentence revealed on its own in Original only.
    await page.getByRole('radio', { name: 'Original only' }).check()
    await page.getByRole('radio', { name: 'Literal' }).check()
    await toggleWithSpace(page, 's11')
    await expect(allEnglishUnits(page)).toHaveText([english('s11').literal])
    await page.getByRole('radio', { name: 'Natural' }).check()
    await expect(allEnglishUnits(page)).toHaveText([english('s11').natural])
  })
})

test('asides and credits show their kind label, outside the source text', async ({ page }) => {
  await openArticle(page)
  const labels: Record<string, string> = { aside: 'Related story, not part of this article', credit: 'Credit' }
  // Exactly one label per aside and credit, so no sentence has one.
  await expect(page.getByText(labels['aside']!, { exact: true })).toHaveCount(2)
  await expect(page.getByText(labels['credit']!, { exact: true })).toHaveCount(2)

  for (const unit of sourceUnits.filter((candidate) => candidate.kind !== 'sentence')) {
    const label = unitRow(page, unit.id).getByText(labels[unit.kind]!, { exact: true })
    await expect(label, `${unit.id} is labelled`).toBeVisible()
    // The label sits above the text and is not part of the source unit.
    const labelBox = await label.boundingBox()
    const textBox = await indonesianUnit(page, unit.id).boundingBox()
    expect(labelBox && textBox && labelBox.y + labelBox.height <= textBox.y + 1, `${unit.id}: label above`).toBe(true)
    await expect(indonesianUnit(page, unit.id)).toHaveText(unit.text)
  }
})

test.describe('highlight of the counterpart', () => {
  test('hovering either side highlights the other, and only in that row', async ({ page }) => {
    await openArticle(page)
    const plain = await backgroundColor(englishUnit(page, 's2'))
    expect(await backgroundColor(indonesianUnit(page, 's2'))).toBe(plain)

    await indonesianUnit(page, 's2').hover()
    await expect.poll(() => backgroundColor(englishUnit(page, 's2'))).not.toBe(plain)
    expect(await backgroundColor(indonesianUnit(page, 's2')), 'the hovered unit itself').not.toBe(plain)
    expect(await backgroundColor(englishUnit(page, 's3')), 'another row').toBe(plain)
    expect(await backgroundColor(indonesianUnit(page, 's3')), 'another row').toBe(plain)

    await page.mouse.move(0, 0)
    await expect.poll(() => backgroundColor(englishUnit(page, 's2'))).toBe(plain)

    await englishUnit(page, 'aside1').hover()
    await expect.poll(() => backgroundColor(indonesianUnit(page, 'aside1'))).not.toBe(plain)
    expect(await backgroundColor(indonesianUnit(page, 's7')), 'another row').toBe(plain)

    await page.mouse.move(0, 0)
    await expect.poll(() => backgroundColor(indonesianUnit(page, 'aside1'))).toBe(plain)
  })
})
