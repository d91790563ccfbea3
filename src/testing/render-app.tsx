import { render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { App } from '../app/app'

export const seedSlug = 'mina-lavrov-dunia-islam'
export const seedPath = `/articles/${seedSlug}`

/** Renders the whole app at a URL, as a reader arriving there would see it. */
export function renderApp(url: string = seedPath) {
  window.history.replaceState(null, '', url)
  const user = userEvent.setup()
  const result = render(<App pathname={window.location.pathname} />)
  return { user, ...result }
}

/** Renders the seed article and waits until its text is on screen. */
export async function renderSeedArticle(url: string = seedPath) {
  const rendered = renderApp(url)
  await screen.findByRole('heading', { level: 1 })
  return rendered
}

/**
 * The element holding a unit's text in one language while it is shown, per the markup contract
 * (a hidden translation stays in the DOM with `hidden`).
 */
export function unitElement(unitId: string, language: 'id' | 'en'): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-unit="${unitId}"][lang="${language}"]:not([hidden])`)
}
