import { expect, test } from 'vitest'
import english from './articles/mina-lavrov-dunia-islam/translations/en.json'
import { ArticleContentError } from './content-problem'
import { listArticles, loadArticle } from './load-article'

test('the catalog lists the seed article with its editor’s title and the title of its translation, not the whole translation', () => {
  expect(listArticles()).toEqual([
    {
      slug: 'mina-lavrov-dunia-islam',
      meta: expect.objectContaining({ titleBy: 'editor', source: 'Miraj News Agency (MINA)', datePrinted: 'Senin (8/3)' }),
      titles: [{ language: 'en', title: english.title }],
    },
  ])
})

test('the seed article loads from its folder with its English translation', async () => {
  const article = await loadArticle('mina-lavrov-dunia-islam')
  expect(article.paragraphs).toHaveLength(11)
  expect(article.translations.map((translation) => translation.language)).toEqual(['en'])
})

test('an article that does not exist is an error that names where it was looked for', async () => {
  await expect(loadArticle('missing')).rejects.toThrow(ArticleContentError)
  await expect(loadArticle('missing')).rejects.toThrow('src/content/articles/missing/: no such article')
})
