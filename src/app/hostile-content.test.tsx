// Issue 4: text that looks like HTML or script in a content file is shown as text. React escapes
// text by default; this test keeps it that way if anyone ever reaches for dangerouslySetInnerHTML
// (to render notes with emphasis, say) in any of the places content reaches the screen.
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import { expect, test, vi } from 'vitest'
import { assembleArticle, type Article } from '../content/assemble-article'
import glossaryFile from '../content/articles/mina-lavrov-dunia-islam/glossary/en.json'
import metaFile from '../content/articles/mina-lavrov-dunia-islam/meta.json'
import originalFile from '../content/articles/mina-lavrov-dunia-islam/original.json'
import translationFile from '../content/articles/mina-lavrov-dunia-islam/translations/en.json'
import { Reader } from '../features/reader/reader'
import { defaultReaderView } from '../lib/reader-view'
import { createI18n } from './i18n'
import { useReaderAnnotations } from './reader-annotations'

const bold = '<b>x</b>'
const image = '<img src=x onerror=alert(1)>'
const hostile = (label: string) => `${label} ${bold} ${image}`

// The word glosses load on demand from their own file: the look-up gets hostile ones for "Moskow".
vi.mock('../content/load-word-data', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../content/load-word-data')>()
  return {
    ...actual,
    loadWordData: async (slug: string, language: string) => {
      const data = await actual.loadWordData(slug, language)
      const units = data.glosses?.units ?? {}
      return { ...data, glosses: { language, units: { ...units, s1: { ...units['s1'], moskow: hostile('gloss') } } } }
    },
  }
})

/** The seed article with HTML-looking text in every kind of string a content file holds. */
function hostileArticle(): { article: Article; asideText: string } {
  const meta = { ...structuredClone(metaFile), title: hostile('title') }
  const original = structuredClone(originalFile)
  const aside = original.paragraphs.flatMap((paragraph) => paragraph.units).find((unit) => unit.id === 'aside1')
  if (!aside) throw new Error('the seed article has no aside1')
  // Appended, not replaced: glossary entries must still find their terms in the aside.
  aside.text = hostile(aside.text)
  const asideText = aside.text
  const translation = structuredClone(translationFile)
  translation.title = hostile('translated title')
  translation.units.aside1 = {
    natural: hostile('natural'),
    literal: hostile('literal'),
    notes: [hostile('note')],
    alignments: [],
  }
  const glossary = structuredClone(glossaryFile)
  const entry = glossary.entries.find((candidate) => candidate.id === 'menteri-luar-negeri')
  if (!entry) throw new Error('the seed glossary has no menteri-luar-negeri')
  entry.english = [hostile('english')]
  entry.literal = hostile('word for word')
  entry.note = hostile('glossary note')
  const folder = 'src/content/articles/mina-lavrov-dunia-islam'
  const article = assembleArticle({
    slug: 'mina-lavrov-dunia-islam',
    meta: { path: `${folder}/meta.json`, data: meta },
    original: { path: `${folder}/original.json`, data: original },
    translations: [{ path: `${folder}/translations/en.json`, data: translation }],
    glossaries: [{ path: `${folder}/glossary/en.json`, data: glossary }],
  })
  return { article, asideText }
}

function ReaderWithAnnotations({ article }: { article: Article }) {
  const annotations = useReaderAnnotations(article, 'en')
  const [view, setView] = useState(defaultReaderView)
  return <Reader article={article} view={view} onViewChange={setView} annotations={annotations} />
}

/** No element the hostile strings would create if they were parsed as HTML. */
function expectNoInjectedElements(container: HTMLElement) {
  expect(container.querySelectorAll('b, img, [onerror]')).toHaveLength(0)
}

test('HTML and script in the original, translations, notes, glossary and glosses show as literal text', async () => {
  const alert = vi.spyOn(window, 'alert').mockImplementation(() => {})
  const user = userEvent.setup()
  const { article, asideText } = hostileArticle()
  const { container } = render(
    <I18nextProvider i18n={createI18n('en')}>
      <ReaderWithAnnotations article={article} />
    </I18nextProvider>,
  )

  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(hostile('title'), { normalizeWhitespace: false })
  expect(screen.getByText(hostile('translated title'))).toBeInTheDocument()
  const aside = container.querySelector<HTMLElement>('[data-unit="aside1"][lang="id"]')
  expect(aside).toHaveTextContent(asideText, { normalizeWhitespace: false })
  expect(asideText).toContain(image)
  const asideTranslation = container.querySelector<HTMLElement>('[data-unit="aside1"][lang="en"]')
  expect(asideTranslation).toHaveTextContent(hostile('natural'), { normalizeWhitespace: false })
  // The notes sit in a closed <details>: in the DOM, which is what matters here.
  expect(screen.getByText(hostile('note'))).toBeInTheDocument()
  expectNoInjectedElements(container)

  await user.click(screen.getByRole('radio', { name: 'Literal' }))
  expect(container.querySelector('[data-unit="aside1"][lang="en"]')).toHaveTextContent(hostile('literal'))

  // A glossary term's popover: the English, the word-for-word rendering and the note.
  const term = [...container.querySelectorAll<HTMLElement>('[data-unit="s1"][lang="id"] [data-term-index]')].find(
    (element) => element.textContent === 'Menteri Luar Negeri',
  )
  if (!term) throw new Error('no term “Menteri Luar Negeri” in s1')
  await user.click(term)
  const termDialog = await screen.findByRole('dialog', { name: 'Menteri Luar Negeri' })
  expect(within(termDialog).getByText(hostile('english'))).toBeInTheDocument()
  expect(within(termDialog).getByText(hostile('word for word'))).toBeInTheDocument()
  expect(within(termDialog).getByText(hostile('glossary note'))).toBeInTheDocument()
  expectNoInjectedElements(document.body)

  // The glossary panel lists the entry's English as text too.
  await user.click(screen.getByRole('button', { name: 'Glossary' }))
  const panel = await screen.findByRole('region', { name: 'Glossary' })
  expect(within(panel).getByText(hostile('english'))).toBeInTheDocument()

  // A word's look-up shows its gloss from the glosses file.
  const moskow = container.querySelector<HTMLElement>('[data-unit="s1"][lang="id"] [data-word-index="0"]')
  expect(moskow).toHaveTextContent('Moskow')
  await user.click(moskow as HTMLElement)
  const wordDialog = await screen.findByRole('dialog', { name: 'Moskow' })
  expect(await within(wordDialog).findByText(hostile('gloss'))).toBeInTheDocument()

  expectNoInjectedElements(document.body)
  await act(async () => {})
  expect(alert).not.toHaveBeenCalled()
  // One story through every place content shows, the lexicon loaded on the way: ~3 s on an idle
  // machine, so the 5 s default fails it on a busy one.
}, 20_000)
