import { act, screen, within } from '@testing-library/react'
import { describe, expect, test } from 'vitest'
import original from '../content/articles/mina-lavrov-dunia-islam/original.json'
import { tokenize } from '../lib/tokenize'
import { renderSeedArticle, unitElement } from '../testing/render-app'

function term(unitId: string, text: string): HTMLElement {
  const source = unitElement(unitId, 'id') as HTMLElement
  const found = [...source.querySelectorAll<HTMLElement>('[data-term-index]')].find((element) => element.textContent === text)
  if (!found) throw new Error(`no term “${text}” in ${unitId}`)
  return found
}

describe('a glossary term', () => {
  test('opens on keyboard focus and closes on Escape', async () => {
    const { user } = await renderSeedArticle()
    act(() => term('s2', 'kekuatan Eurasia').focus())
    const dialog = await screen.findByRole('dialog', { name: /kekuatan Eurasia/ })
    expect(within(dialog).getByText('Eurasian power')).toHaveAttribute('lang', 'en')
    expect(term('s2', 'kekuatan Eurasia')).toHaveAttribute('aria-describedby', dialog.id)
    await user.keyboard('{Escape}')
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
  })

  test('its breakdown shows how each word is built, without repeating a word that is not', async () => {
    await renderSeedArticle()
    act(() => term('s2', 'kekuatan Eurasia').focus())
    const dialog = await screen.findByRole('dialog', { name: /kekuatan Eurasia/ })
    const words = within(within(dialog).getByRole('list', { name: 'How it is built' }))
      .getAllByRole('listitem')
      .map((item) => item.textContent)
    expect(words).toEqual(['kekuatan = ke- + kuat + -an · strength, power', 'Eurasia · Eurasia'])
  })

  test('a click pins it open; an outside press closes it', async () => {
    const { user } = await renderSeedArticle()
    const multipolar = term('s5', 'tata dunia multipolar')
    await user.click(multipolar)
    expect(multipolar).toHaveAttribute('aria-expanded', 'true')
    expect(await screen.findByRole('dialog', { name: /tata dunia multipolar/ })).toHaveTextContent('multipolar world order')
    await user.click(screen.getByRole('heading', { level: 1 }))
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument()
    expect(multipolar).toHaveAttribute('aria-expanded', 'false')
  })

  test('a longer term lists the terms inside it, and each opens', async () => {
    const { user } = await renderSeedArticle()
    await user.click(term('s1', 'Menteri Luar Negeri'))
    const dialog = await screen.findByRole('dialog', { name: /Menteri Luar Negeri/ })
    const inside = within(dialog).getByRole('button', { name: 'luar negeri' })
    await user.click(inside)
    expect(screen.getByRole('dialog', { name: /luar negeri/ })).toHaveTextContent('foreign')
  })
})

test('the word cursor moves by arrow keys and Enter looks the word up', async () => {
  const { user } = await renderSeedArticle()
  act(() => (unitElement('s6', 'id') as HTMLElement).focus())
  // Lavrov | juga | menolak
  await user.keyboard('{ArrowRight}{ArrowRight}{ArrowRight}')
  expect(screen.getByText('Word 3 of 12: menolak')).toBeInTheDocument()
  await user.keyboard('{Enter}')
  const dialog = await screen.findByRole('dialog', { name: 'menolak' })
  expect(await within(dialog).findByText('tolak')).toHaveAttribute('lang', 'id')
  expect(within(dialog).getByText('meN-')).toBeInTheDocument()
  expect(within(dialog).getByText(/rejected/)).toHaveAttribute('lang', 'en')
  expect(dialog).toHaveFocus()
  await user.keyboard('{Escape}')
  expect(unitElement('s6', 'id')).toHaveFocus()
})

test('a name’s root shows as the name is written, not in the lexicon’s lower case', async () => {
  const { user } = await renderSeedArticle()
  act(() => (unitElement('s6', 'id') as HTMLElement).focus())
  await user.keyboard('{ArrowRight}')
  expect(screen.getByText('Word 1 of 12: Lavrov')).toBeInTheDocument()
  await user.keyboard('{Enter}')
  const dialog = await screen.findByRole('dialog', { name: 'Lavrov' })
  const root = within(dialog).getByText('Root').nextElementSibling as HTMLElement
  expect(await within(root).findByText('Lavrov')).toHaveAttribute('lang', 'id')
})

test('a row’s words, in terms or not, get spans once a pointer reaches it, and its text stays the source’s', async () => {
  const { user } = await renderSeedArticle()
  const sentence = unitElement('s9', 'id') as HTMLElement
  const text = original.paragraphs.flatMap((paragraph) => paragraph.units).find((unit) => unit.id === 's9')?.text
  expect(sentence.querySelector('[data-term-index]')).not.toBeNull()
  expect(sentence.querySelector('[data-word-index]')).toBeNull()
  expect(sentence.textContent).toBe(text)
  await user.hover(sentence)
  expect(sentence.querySelectorAll('[data-word-index]')).toHaveLength(tokenize(text ?? '').length)
  expect(sentence.querySelector('[data-term-index] > [data-word-index]')).not.toBeNull()
  expect((unitElement('s9', 'en') as HTMLElement).querySelector('[data-tword-index]')).not.toBeNull()
  expect(sentence.textContent).toBe(text)
})

test('a row gaining word spans leaves its terms’ elements in place: a moved element would lose a press begun on it', async () => {
  const { user } = await renderSeedArticle()
  const sentence = unitElement('s5', 'id') as HTMLElement
  const terms = [...sentence.querySelectorAll('[data-term-index]')]
  const removed: Node[] = []
  const observer = new MutationObserver((records) => removed.push(...records.flatMap((record) => [...record.removedNodes])))
  observer.observe(sentence, { childList: true })
  await user.hover(sentence)
  expect(sentence.querySelector(':scope > [data-word-index]')).not.toBeNull()
  removed.push(...observer.takeRecords().flatMap((record) => [...record.removedNodes]))
  observer.disconnect()
  expect(terms.filter((element) => removed.includes(element))).toEqual([])
  expect([...sentence.querySelectorAll('[data-term-index]')]).toEqual(terms)
})

test('a click on any word looks it up, with its affixes explained', async () => {
  const { user } = await renderSeedArticle()
  await user.hover(unitElement('s9', 'id') as HTMLElement)
  // "disebutkan" is in no glossary term: only the word look-up explains it.
  const word = [...(unitElement('s9', 'id') as HTMLElement).querySelectorAll<HTMLElement>('[data-word-index]')].find(
    (element) => element.textContent === 'disebutkan',
  ) as HTMLElement
  expect(word.closest('[data-term-index]')).toBeNull()
  await user.click(word)
  const dialog = await screen.findByRole('dialog', { name: 'disebutkan' })
  expect(await within(dialog).findByText('sebut')).toHaveAttribute('lang', 'id')
  expect(within(dialog).getByText('di-…-kan')).toBeInTheDocument()
  expect(within(dialog).getByText(/passive/)).toHaveAttribute('lang', 'en')
})

describe('the glossary panel', () => {
  test('lists every entry and searches either language, ignoring case and accents', async () => {
    const { user } = await renderSeedArticle()
    await user.click(screen.getByRole('button', { name: 'Glossary' }))
    const panel = await screen.findByRole('region', { name: 'Glossary' })
    expect(within(panel).getAllByRole('listitem').length).toBeGreaterThanOrEqual(45)
    await user.type(within(panel).getByRole('searchbox', { name: 'Search the glossary' }), 'ÉURASIAN')
    const results = within(panel).getAllByRole('listitem')
    expect(results.map((item) => item.textContent)).toContainEqual(expect.stringContaining('kekuatan Eurasia'))
    await user.clear(within(panel).getByRole('searchbox'))
    await user.type(within(panel).getByRole('searchbox'), 'tata dunia')
    expect(within(panel).getByText('multipolar world order')).toHaveAttribute('lang', 'en')
  })

  test('choosing an entry moves to its first occurrence and marks every one', async () => {
    const { user } = await renderSeedArticle()
    await user.click(screen.getByRole('button', { name: 'Glossary' }))
    const panel = await screen.findByRole('region', { name: 'Glossary' })
    await user.type(within(panel).getByRole('searchbox'), 'kerja sama')
    const entry = within(panel)
      .getAllByRole('button')
      .find((button) => button.querySelector('[lang="id"]')?.textContent === 'kerja sama') as HTMLElement
    expect(entry).toHaveTextContent('3 occurrences')
    await user.click(entry)
    expect(document.activeElement?.closest('[data-unit]')).toHaveAttribute('data-unit', 's7')
    const marked = [...document.querySelectorAll('.word.is-marked')].map((element) => element.textContent)
    expect(marked).toEqual(['kerjasama', 'kerja', 'sama', 'Kerja', 'sama'])
  })
})
