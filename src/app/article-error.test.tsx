import { screen } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { ArticleContentError } from '../content/content-problem'
import { loadArticle } from '../content/load-article'
import { renderApp, seedPath } from '../testing/render-app'

vi.mock('../content/load-article', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../content/load-article')>()),
  loadArticle: vi.fn(),
}))

test('a malformed article shows which file, unit and problem, in place of the article', async () => {
  vi.mocked(loadArticle).mockRejectedValue(
    new ArticleContentError('mina-lavrov-dunia-islam', [
      { file: 'src/content/articles/mina-lavrov-dunia-islam/translations/en.json', unitId: 's3', message: '"literal" is missing' },
    ]),
  )
  renderApp(seedPath)
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('This article could not be opened')
  expect(alert).toHaveTextContent(
    'src/content/articles/mina-lavrov-dunia-islam/translations/en.json: unit "s3": "literal" is missing',
  )
  // The rest of the app still works around the failed article.
  expect(screen.getByRole('combobox', { name: 'Interface language' })).toBeEnabled()
})

test('an unexpected failure still gets a readable message', async () => {
  vi.mocked(loadArticle).mockRejectedValue(new TypeError('Failed to fetch dynamically imported module'))
  renderApp(seedPath)
  expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong while opening this article.')
})
