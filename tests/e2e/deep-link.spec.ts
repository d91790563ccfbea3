import { expect, test } from '@playwright/test'
import {
  articlePath,
  backgroundColor,
  indonesianUnit,
  openArticle,
  unitIds,
  unitRow,
  visibleUnitIds,
  waitUntilScrollSettles,
} from './fixtures'

test.describe('deep link', () => {
  test('#s11 scrolls its row into view, marks it targeted and focuses its sentence', async ({ page }) => {
    await openArticle(page, '#s11')
    const row = unitRow(page, 's11')
    await expect(row).toBeInViewport()
    await expect(row).toHaveAttribute('data-targeted')
    await expect(indonesianUnit(page, 's11')).toBeFocused()

    await expect(page.locator('[data-targeted]')).toHaveCount(1)
    await expect(unitRow(page, 's1')).not.toHaveAttribute('data-targeted')
    await expect(unitRow(page, 's1')).not.toBeInViewport()
    // The mark is visible, not only an attribute.
    expect(await backgroundColor(row)).not.toBe(await backgroundColor(unitRow(page, 's10')))
  })

  test('a fragment naming no unit targets nothing, scrolls nowhere, and the article renders', async ({ page }) => {
    await openArticle(page, '#no-such-unit')
    expect(await visibleUnitIds(page, 'id')).toEqual(unitIds)
    await expect(page.locator('[data-targeted]')).toHaveCount(0)
    expect(await page.evaluate(() => window.scrollY)).toBe(0)
    // Without the fragment, #s11 is out of view: the test above does have to scroll.
    await expect(unitRow(page, 's11')).not.toBeInViewport()
  })

  test('a later change of fragment moves the target', async ({ page }) => {
    await openArticle(page, '#s11')
    await expect(indonesianUnit(page, 's11')).toBeFocused()
    await page.evaluate(() => {
      window.location.hash = 's2'
    })
    await expect(unitRow(page, 's2')).toHaveAttribute('data-targeted')
    await expect(unitRow(page, 's11')).not.toHaveAttribute('data-targeted')
    await expect(unitRow(page, 's2')).toBeInViewport()
    await expect(indonesianUnit(page, 's2')).toBeFocused()
  })
})

test.describe('deep link on a phone, scrolled smoothly', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 375, height: 700 } })

  // The paragraphs a smooth scroll passes are laid out only as it passes them (content-visibility),
  // and on a phone they grow past their placeholder height: the scroll, aimed once, fell short.
  for (const id of ['s9', 's13', 'aside2', 'credit2']) {
    test(`#${id}: once the scroll has settled, the whole row is on screen`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'no-preference' })
      await openArticle(page, `#${id}`)
      await expect(indonesianUnit(page, id)).toBeFocused()
      await waitUntilScrollSettles(page)
      await expect(unitRow(page, id)).toBeInViewport({ ratio: 1 })
    })
  }
})

// With reduced motion the jump is instant, the browser's own before any script: it must not land
// among paragraphs laid out only after it (reader.css). The last rows are where a page's end stops
// the jump short.
for (const viewport of [
  { width: 375, height: 740 },
  { width: 768, height: 1024 },
  { width: 1280, height: 900 },
]) {
  test.describe(`deep link at ${viewport.width} px, with reduced motion`, () => {
    test.use({ viewport, reducedMotion: 'reduce' })

    for (const id of ['s9', 'aside2', 'credit2']) {
      test(`#${id}: once it has jumped, the text stays where it landed`, async ({ page }) => {
        await page.addInitScript(() => {
          const shifts: number[] = []
          Object.assign(window, { layoutShifts: shifts })
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value)
          }).observe({ type: 'layout-shift', buffered: true })
        })
        await openArticle(page, `#${id}`)
        await expect(indonesianUnit(page, id)).toBeFocused()
        await waitUntilScrollSettles(page)
        await expect(unitRow(page, id)).toBeInViewport({ ratio: 1 })
        const shifts = await page.evaluate(() => (window as unknown as { layoutShifts: number[] }).layoutShifts)
        // Layout-shift scores: 0.1 is the edge of "good" for a whole visit; a shift of the text under
        // the reader's eyes, in a page they have not touched, should not happen at all.
        expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.005)
      })
    }
  })
}

test.describe('copy link', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test("a row's Copy link puts the link to that row on the clipboard and says so", async ({ page, baseURL }) => {
    await page.clock.install()
    await openArticle(page)
    const status = page.getByRole('status').filter({ hasText: 'Link copied' })
    await expect(status).toHaveCount(0)

    await unitRow(page, 's5').getByRole('button', { name: 'Copy link' }).click()
    await expect(status).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied).toBe(`${baseURL}${articlePath}#s5`)

    // The message goes away by itself after a few seconds.
    await page.clock.runFor(4_500)
    await expect(status).toHaveCount(0)
  })

  test('a copied link replaces the current fragment and opens the article at that row', async ({ page }) => {
    await openArticle(page, '#s2')
    await unitRow(page, 's3').getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible()
    const copied = await page.evaluate(() => navigator.clipboard.readText())
    expect(copied.endsWith(`${articlePath}#s3`), copied).toBe(true)

    // A fresh load, not a same-document fragment change.
    await page.goto('about:blank')
    await page.goto(copied)
    await expect(unitRow(page, 's3')).toHaveAttribute('data-targeted')
    await expect(unitRow(page, 's3')).toBeInViewport()
    await expect(indonesianUnit(page, 's3')).toBeFocused()
  })
})

test('when the clipboard refuses, the status shows the link to copy by hand', async ({ page, baseURL }) => {
  await page.addInitScript(() => {
    Clipboard.prototype.writeText = () => Promise.reject(new DOMException('Refused by the test', 'NotAllowedError'))
  })
  await openArticle(page)
  await unitRow(page, 's3').getByRole('button', { name: 'Copy link' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Could not copy the link' })).toContainText(
    `${baseURL}${articlePath}#s3`,
  )
  await expect(page.getByText('Link copied')).toHaveCount(0)
})
