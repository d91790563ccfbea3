import { screen, within } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { renderSeedArticle, unitElement } from '../testing/render-app'

// As when the network drops before the glossary's code has been fetched.
vi.mock('./annotation-views', () => {
  throw new Error('Failed to fetch dynamically imported module: /assets/annotation-views.js')
})

// React reports an error its boundary caught on console.error, which the test setup turns into a failure.
function allowCaughtErrorReports() {
  vi.spyOn(console, 'error').mockImplementation(() => {})
}

test('when the glossary cannot load, its panel says so and the reader keeps working', async () => {
  allowCaughtErrorReports()
  const { user } = await renderSeedArticle()
  await user.click(screen.getByRole('button', { name: 'Glossary' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('The glossary could not be loaded. The rest of the reader still works.')

  await user.click(screen.getByRole('checkbox', { name: 'Show translations' }))
  expect(unitElement('s1', 'en')).toBeNull()
  expect(screen.getByRole('heading', { level: 1 })).toBeVisible()
})

test('when a look-up cannot load, its popover says so, and closes as usual', async () => {
  allowCaughtErrorReports()
  const { user } = await renderSeedArticle()
  await user.hover(unitElement('s6', 'id') as HTMLElement)
  const word = (unitElement('s6', 'id') as HTMLElement).querySelector<HTMLElement>('[data-word-index]') as HTMLElement
  await user.click(word)
  const dialog = await screen.findByRole('dialog', { name: /The look-up could not be loaded\./ })
  expect(within(dialog).getByRole('alert')).toBeVisible()
  await user.keyboard('{Escape}')
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
})
