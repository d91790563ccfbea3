import { expect, test } from '@playwright/test'
import { englishUnit, indonesianUnit, openArticle } from './fixtures'

// The worker would fetch the code on its own, past the page's routes.
test.use({ serviceWorkers: 'block' })

test('when the glossary’s code cannot be fetched, its panel says so, the rest works, and it loads on a later try', async ({ page }) => {
  const glossaryCode = '**/assets/annotation-views-*.js'
  await page.route(glossaryCode, (route) => route.abort('internetdisconnected'))
  await openArticle(page)
  const glossaryButton = page.getByRole('button', { name: 'Glossary' })
  await glossaryButton.click()
  await expect(page.getByRole('alert')).toHaveText('The glossary could not be loaded. The rest of the reader still works.')

  await page.getByRole('checkbox', { name: 'Show translations' }).uncheck()
  await expect(englishUnit(page, 's1')).toHaveCount(0)
  await expect(indonesianUnit(page, 's1')).toBeVisible()

  // The connection is back: closing and opening the panel again fetches the code again.
  await page.unroute(glossaryCode)
  await glossaryButton.click()
  await glossaryButton.click()
  await expect(page.getByRole('searchbox', { name: 'Search the glossary' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)
})

test('when the popover’s code cannot be fetched, a term says so, and opens on a later try', async ({ page }) => {
  const popoverCode = '**/assets/annotation-popover-*.js'
  await page.route(popoverCode, (route) => route.abort('internetdisconnected'))
  await openArticle(page)
  const term = indonesianUnit(page, 's1').getByRole('button', { name: 'dunia Islam' })
  await term.click()
  await expect(page.getByRole('alert')).toHaveText(/^Explanations could not be loaded\./)
  await page.keyboard.press('Escape')

  await page.unroute(popoverCode)
  await term.click()
  await expect(page.getByRole('dialog', { name: 'dunia Islam' })).toBeVisible()
})
