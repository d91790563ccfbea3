import { screen, within } from '@testing-library/react'
import { describe, expect, test, vi } from 'vitest'
import english from '../content/articles/mina-lavrov-dunia-islam/translations/en.json'
import { preferencesStorageKey } from '../features/settings/preferences-storage'
import { renderApp, renderSeedArticle, seedPath } from '../testing/render-app'

describe('the interface language', () => {
  test('follows the browser on a first visit', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['id-ID', 'en'])
    await renderSeedArticle()
    expect(screen.getByRole('radio', { name: 'Berdampingan' })).toBeChecked()
    expect(document.documentElement).toHaveAttribute('lang', 'id')
  })

  test('switches every label and <html lang>, and leaves the article as it is', async () => {
    const { user } = await renderSeedArticle()
    const heading = screen.getByRole('heading', { level: 1 }).textContent
    await user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'Bahasa Indonesia')
    expect(document.documentElement).toHaveAttribute('lang', 'id')
    expect(screen.getByRole('group', { name: 'Tata letak' })).toBeInTheDocument()
    expect(screen.getByRole('checkbox', { name: 'Tampilkan terjemahan' })).toBeChecked()
    expect(screen.getByRole('link', { name: 'Langsung ke isi' })).toBeInTheDocument()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(heading)
    expect(screen.getByText('Indonesia (asli)')).toBeInTheDocument()
    expect(screen.getByText('Inggris (terjemahan)')).toBeInTheDocument()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Bahasa antarmuka' }), 'English')
    expect(document.documentElement).toHaveAttribute('lang', 'en')
    expect(screen.getByText('Indonesian (original)')).toBeInTheDocument()
    expect(screen.getByText('English (translation)')).toBeInTheDocument()
  })
})

describe('preferences', () => {
  test('survive a reload', async () => {
    const first = await renderSeedArticle()
    await first.user.click(screen.getByRole('radio', { name: 'Interlinear' }))
    await first.user.click(screen.getByRole('radio', { name: 'Literal' }))
    await first.user.click(screen.getByRole('checkbox', { name: 'Show translations' }))
    await first.user.selectOptions(screen.getByRole('combobox', { name: 'Interface language' }), 'Bahasa Indonesia')
    first.unmount()

    await renderSeedArticle()
    expect(screen.getByRole('radio', { name: 'Antarbaris' })).toBeChecked()
    expect(screen.getByRole('radio', { name: 'Harfiah' })).toBeChecked()
    expect(screen.getByRole('checkbox', { name: 'Tampilkan terjemahan' })).not.toBeChecked()
    expect(document.documentElement).toHaveAttribute('lang', 'id')
    expect(screen.queryByText(/pengaturan baca yang tersimpan/i)).not.toBeInTheDocument()
  })

  test('corrupt saved data is reported once, discarded, and the article still reads', async () => {
    localStorage.setItem(preferencesStorageKey, '{"version":1,"layout":')
    const first = await renderSeedArticle()
    const notice = screen.getByText(/could not be read, so Selaras has gone back to the defaults/)
    expect(screen.getByRole('radio', { name: 'Side by side' })).toBeChecked()
    expect(document.querySelectorAll('[lang="en"][data-unit]').length).toBeGreaterThan(10)
    await first.user.click(within(notice.parentElement as HTMLElement).getByRole('button', { name: 'Dismiss' }))
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument()
    first.unmount()

    await renderSeedArticle()
    expect(screen.queryByText(/could not be read/)).not.toBeInTheDocument()
  })

  test('data saved by another version is not guessed at', async () => {
    localStorage.setItem(preferencesStorageKey, JSON.stringify({ version: 7, layout: 'interlinear' }))
    await renderSeedArticle()
    expect(screen.getByText(/come from another version of Selaras/)).toBeInTheDocument()
    expect(screen.getByRole('radio', { name: 'Side by side' })).toBeChecked()
  })

  test('a browser that refuses storage is told once and the app keeps working', async () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError')
    })
    const { user } = await renderSeedArticle()
    await user.click(screen.getByRole('radio', { name: 'Interlinear' }))
    expect(screen.getByRole('radio', { name: 'Interlinear' })).toBeChecked()
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    await user.click(screen.getByRole('radio', { name: 'Literal' }))
    expect(screen.queryByText(/not letting Selaras save settings/)).not.toBeInTheDocument()
  })
})

test('the library lists the article under its title and its English title, and links to it', async () => {
  renderApp('/')
  expect(screen.getByRole('heading', { level: 1, name: 'Articles' })).toBeInTheDocument()
  const link = screen.getByRole('link', { name: /Lavrov: Hubungan dengan Dunia Islam/ })
  expect(link).toHaveAttribute('href', seedPath)
  expect(within(link).getByText(english.title)).toHaveAttribute('lang', 'en')
})

test('an unknown article says so instead of showing a blank page', () => {
  renderApp('/articles/no-such-story')
  expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('There is no article called “no-such-story”.')
})

test('a skip link leads past the header to the content', async () => {
  await renderSeedArticle()
  const skip = screen.getByRole('link', { name: 'Skip to content' })
  expect(skip).toHaveAttribute('href', '#main')
  expect(document.getElementById('main')?.tagName).toBe('MAIN')
})
