import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, expect, test } from 'vitest'
import { holdPresses } from './hold-presses'

/** Prerendered-like markup with nothing attached yet, and a log of what reaches its listeners. */
function setUpPage() {
  document.body.innerHTML = `
    <div id="root">
      <label><input type="checkbox" checked /> Show translations</label>
      <button type="button">Glossary</button>
      <span role="group" tabindex="0" aria-label="Sentence 1">Moskow, MINA</span>
    </div>
    <button type="button">Outside</button>`
  const root = document.getElementById('root') as HTMLElement
  const log: string[] = []
  for (const type of ['click', 'keydown'] as const) {
    root.addEventListener(type, (event) => {
      const target = event.target as HTMLElement
      const name = target.getAttribute('aria-label') ?? (target.closest('label') ?? target).textContent?.trim()
      const detail = event instanceof KeyboardEvent ? `${event.key === ' ' ? 'Space' : event.key}` : `${event.clientX},${event.clientY}`
      log.push(`${type} ${name} ${detail}`)
    })
  }
  return { root, log, user: userEvent.setup() }
}

afterEach(() => {
  document.body.innerHTML = ''
})

test('presses inside the root wait until release, then reach the page in order, as they were made', async () => {
  const { root, log, user } = setUpPage()
  const release = holdPresses(root)
  const checkbox = screen.getByRole('checkbox', { name: 'Show translations' })

  await user.click(checkbox)
  await user.pointer({ keys: '[MouseLeft]', target: screen.getByRole('group', { name: 'Sentence 1' }), coords: { clientX: 40, clientY: 12 } })
  screen.getByRole('group', { name: 'Sentence 1' }).focus()
  await user.keyboard(' ')
  expect(log).toEqual([])
  expect(checkbox).toBeChecked()

  await release()
  expect(log).toEqual(['click Show translations 0,0', 'click Sentence 1 40,12', 'keydown Sentence 1 Space'])
  expect(checkbox).not.toBeChecked()
})

test('Enter on a button is held as the click the browser makes of it; Tab, shortcuts and presses elsewhere pass', async () => {
  const { root, log, user } = setUpPage()
  const release = holdPresses(root)
  const outside = screen.getByRole('button', { name: 'Outside' })
  const outsideClicks: string[] = []
  outside.addEventListener('click', () => outsideClicks.push('clicked'))

  screen.getByRole('button', { name: 'Glossary' }).focus()
  await user.keyboard('{Enter}')
  await user.keyboard('{Tab}')
  expect(screen.getByRole('group', { name: 'Sentence 1' })).toHaveFocus()
  await user.keyboard('{Control>}{Enter}{/Control}')
  await user.click(outside)

  expect(log).toEqual(['keydown Glossary Enter', 'keydown Glossary Tab', 'keydown Sentence 1 Control', 'keydown Sentence 1 Enter'])
  expect(outsideClicks).toEqual(['clicked'])
  await release()
  expect(log.slice(4)).toEqual(['click Glossary 0,0'])
})

test('a press on an element that is gone by then is dropped, and after release nothing is held', async () => {
  const { root, log, user } = setUpPage()
  const release = holdPresses(root)
  await user.click(screen.getByRole('button', { name: 'Glossary' }))
  screen.getByRole('button', { name: 'Glossary' }).remove()
  await release()
  expect(log).toEqual([])

  await user.click(screen.getByRole('group', { name: 'Sentence 1' }))
  expect(log).toEqual(['click Sentence 1 0,0'])
})

test('choices made on the controls before it ran are undone, then made again on release, in page order', async () => {
  document.body.innerHTML = `
    <div id="root">
      <label><input type="checkbox" checked /> Show translations</label>
      <label><input type="radio" name="layout" value="side" checked /> Side by side</label>
      <label><input type="radio" name="layout" value="lines" /> Interlinear</label>
      <select aria-label="Interface language"><option value="en" selected>English</option><option value="id">Indonesia</option></select>
    </div>`
  const root = document.getElementById('root') as HTMLElement
  const user = userEvent.setup()
  const checkbox = screen.getByRole('checkbox', { name: 'Show translations' })
  const interlinear = screen.getByRole('radio', { name: 'Interlinear' })
  const select = screen.getByRole('combobox', { name: 'Interface language' })
  // The browser's own response, with no app code on the page yet.
  await user.click(checkbox)
  await user.click(interlinear)
  await user.selectOptions(select, 'id')
  const log: string[] = []
  root.addEventListener('click', (event) => log.push(`click ${(event.target as HTMLInputElement).value}`))
  root.addEventListener('change', (event) => log.push(`change ${(event.target as HTMLInputElement).value}`))

  const release = holdPresses(root)
  // As the app rendered them: what hydration expects to find.
  expect(checkbox).toBeChecked()
  expect(screen.getByRole('radio', { name: 'Side by side' })).toBeChecked()
  expect(select).toHaveValue('en')
  expect(log).toEqual([])

  await release()
  expect(checkbox).not.toBeChecked()
  expect(interlinear).toBeChecked()
  expect(select).toHaveValue('id')
  expect(log.filter((entry) => entry.startsWith('click'))).toEqual(['click on', 'click lines'])
  expect(log.at(-1)).toBe('change id')
})

