// Issue 4, "Everyone": the page's structure and every control's name, read from what assistive
// technology gets — Chromium's own accessibility tree (CDP Accessibility.getFullAXTree), not the DOM.
// Landmarks and headings on both pages; every control named, in both UI languages, with no
// English UI string left in the Indonesian interface; toggles that say their state.
import { readFileSync, readdirSync } from 'node:fs'
import { expect, test, type Page } from '@playwright/test'
import { englishUnit, indonesianUnit, openArticle, preferencesKey, reachWord, unitRow } from './fixtures'

interface AxNode {
  readonly role: string
  readonly name: string
  /** The element's tag ("" for text): a <details> is an unnamed "group" by design. */
  readonly tag: string
}

/** Every node the accessibility tree exposes (ignored ones left out), in tree order. */
async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const session = await page.context().newCDPSession(page)
  try {
    await session.send('Accessibility.enable')
    const { nodes } = await session.send('Accessibility.getFullAXTree')
    const exposed = nodes.filter((node) => !node.ignored)
    return await Promise.all(
      exposed.map(async (node) => {
        const role = String(node.role?.value ?? '')
        const name = String(node.name?.value ?? '').trim()
        // Only unnamed groups need their tag: asking for every node's would be thousands of round trips.
        const needsTag = role === 'group' && name === '' && node.backendDOMNodeId !== undefined
        const tag = needsTag
          ? (await session.send('DOM.describeNode', { backendNodeId: node.backendDOMNodeId })).node.localName
          : ''
        return { role, name, tag }
      }),
    )
  } finally {
    await session.detach()
  }
}

/** Roles a reader operates or navigates to: each must have a name, or it is announced as "button". */
const namedRoles = new Set([
  'button',
  'link',
  'checkbox',
  'radio',
  'combobox',
  'searchbox',
  'textbox',
  'dialog',
  'region',
  'group',
  'article',
])

async function expectEveryControlNamed(page: Page, state: string): Promise<AxNode[]> {
  const tree = await accessibilityTree(page)
  // A <details> is exposed as a group with no name; its <summary> is the named, expandable control.
  const unnamed = tree.filter((node) => namedRoles.has(node.role) && node.name === '' && node.tag !== 'details')
  expect.soft(unnamed.map((node) => `${node.role} <${node.tag}>`), `${state}: controls without a name`).toEqual([])
  return tree
}

// ---- The English UI strings, from the locale files ----------------------------------------------

const localesDir = new URL('../../locales/', import.meta.url)

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([key, child]) => flatten(child, prefix ? `${prefix}.${key}` : key))
}

function localeStrings(language: 'en' | 'id'): Map<string, string> {
  const strings = new Map<string, string>()
  for (const file of readdirSync(new URL(`${language}/`, localesDir))) {
    const data: unknown = JSON.parse(readFileSync(new URL(`${language}/${file}`, localesDir), 'utf8'))
    for (const [key, value] of flatten(data)) strings.set(`${file}:${key}`, value)
  }
  return strings
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * One anchored pattern per English UI string that Indonesian says differently; an interpolation
 * ({{count}}) matches anything. A tree node whose whole name or text matches one is English UI
 * text that leaked into the Indonesian interface.
 */
const englishOnlyPatterns: { key: string; pattern: RegExp }[] = (() => {
  const indonesian = localeStrings('id')
  return [...localeStrings('en')]
    .filter(([key, english]) => indonesian.get(key) !== english)
    .map(([key, english]) => ({
      key,
      pattern: new RegExp(`^${english.split(/\{\{\s*\w+\s*\}\}/).map(escapeRegExp).join('.+?')}$`),
    }))
})()

function englishLeaks(tree: readonly AxNode[]): string[] {
  // The language picker names each language in itself (<option lang="en">English</option>), on purpose.
  return tree.filter((node) => node.role !== 'option').flatMap((node) =>
    englishOnlyPatterns
      .filter(({ pattern }) => pattern.test(node.name))
      .map(({ key }) => `${node.role} “${node.name}” (${key})`),
  )
}

// ---- Landmarks and headings -------------------------------------------------------------------

async function headingLevels(page: Page): Promise<number[]> {
  return page.getByRole('heading').evaluateAll((headings) =>
    headings.map((heading) => Number(heading.getAttribute('aria-level') ?? heading.tagName.slice(1))),
  )
}

/** One h1, and it comes first; no level skipped on the way down (h1 → h3). */
function expectHeadingsInOrder(levels: readonly number[], state: string) {
  expect.soft(levels.filter((level) => level === 1), `${state}: one h1 (levels ${levels.join(', ')})`).toHaveLength(1)
  expect.soft(levels[0], `${state}: the h1 first (levels ${levels.join(', ')})`).toBe(1)
  levels.forEach((level, index) => {
    const previous = index === 0 ? 1 : (levels[index - 1] as number)
    expect.soft(level, `${state}: heading ${index + 1} of ${levels.join(', ')}`).toBeLessThanOrEqual(previous + 1)
  })
}

test('library page: banner and main landmarks, one h1, every control named', async ({ page }) => {
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('banner').getByRole('combobox', { name: 'Interface language' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: /Lavrov/ })).toBeVisible()
  expectHeadingsInOrder(await headingLevels(page), 'library')
  await expectEveryControlNamed(page, 'library')
})

test('article page: landmarks, one h1 and ordered headings in every state', async ({ page }) => {
  await openArticle(page)
  await expect(page.getByRole('banner')).toHaveCount(1)
  await expect(page.getByRole('main')).toHaveCount(1)
  await expect(page.getByRole('main').getByRole('region', { name: 'Reading options' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('article', { name: /^Lavrov: Hubungan/ })).toBeVisible()
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'id')
  expectHeadingsInOrder(await headingLevels(page), 'article')

  await page.getByRole('button', { name: 'Glossary' }).click()
  await expect(page.getByRole('main').getByRole('region', { name: 'Glossary' })).toBeVisible()
  expectHeadingsInOrder(await headingLevels(page), 'glossary panel open')

  await indonesianUnit(page, 's1').locator('[data-term-index]').first().click()
  const dialog = page.getByRole('dialog', { name: 'Menteri Luar Negeri' })
  await expect(dialog.getByRole('heading', { level: 2 })).toBeVisible()
  await expect(dialog.getByRole('heading', { level: 3 }).first()).toBeVisible()
  expectHeadingsInOrder(await headingLevels(page), 'glossary panel and a term popover open')
})

test('a focused sentence is announced by its text, and says what its keys do', async ({ page }) => {
  await openArticle(page)
  const sentence = indonesianUnit(page, 's6')
  await expect(sentence).toHaveAccessibleName((await sentence.textContent()) ?? 'missing text')
  await expect(sentence).toHaveAccessibleDescription(/^Space shows or hides the translation\./)
})

/**
 * Brings the page to each state in which new controls or labels appear, checking names in each;
 * returns every node seen, for the language checks.
 */
async function visitEveryState(page: Page, names: Record<string, string>): Promise<AxNode[]> {
  const seen: AxNode[] = []
  const check = async (state: string) => seen.push(...(await expectEveryControlNamed(page, state)))
  await check('side by side, every translation, storage notice')

  await unitRow(page, 's11').getByText(names['notes'] as string).click()
  await page.getByRole('button', { name: names['glossary'] }).click()
  const results = page.getByRole('region', { name: names['glossary'] }).getByRole('listitem')
  await page.getByRole('searchbox').fill('zzz')
  await expect(results).toHaveCount(0)
  await check('notes open, glossary panel with no result')
  await page.getByRole('searchbox').fill('eurasia')
  await expect(results).toHaveCount(1)
  await check('glossary panel with one result')

  await indonesianUnit(page, 's1').locator('[data-term-index]').first().click()
  await expect(page.getByRole('dialog')).toBeVisible()
  await check('term popover pinned')
  await page.keyboard.press('Escape')

  await (await reachWord(page, 's9', 'disebutkan')).click()
  await expect(page.getByRole('dialog').locator('dt').first()).toBeVisible()
  await check('word look-up')
  await page.keyboard.press('Escape')

  await unitRow(page, 's5').getByRole('button', { name: names['copyLink'] }).click()
  await page.getByRole('checkbox', { name: names['showTranslations'] }).uncheck()
  await check('translations off, link copied')
  await page.getByRole('radio', { name: names['original'] }).check()
  await unitRow(page, 's2').getByRole('button', { name: names['showTranslation'] }).click()
  await expect(englishUnit(page, 's2')).toBeVisible()
  await check('original only, one sentence revealed')
  return seen
}

test.describe('every control named, in each UI language', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('English: nothing unnamed in any state', async ({ page }) => {
    // Corrupt saved data brings the storage notice, so its controls are checked too.
    await page.addInitScript((key) => window.localStorage.setItem(key, '{not json'), preferencesKey)
    await openArticle(page)
    const seen = await visitEveryState(page, {
      notes: 'Translator’s notes (3)',
      glossary: 'Glossary',
      copyLink: 'Copy link',
      showTranslations: 'Show translations',
      original: 'Original only',
      showTranslation: 'Show translation',
    })
    // The check below is only as good as its patterns: in English they must find the English UI.
    expect(englishLeaks(seen).length, 'English UI strings found in the English interface').toBeGreaterThan(20)
  })

  test('Indonesian: nothing unnamed, and no English UI string in any name or text', async ({ page }) => {
    await page.addInitScript((key) => window.localStorage.setItem(key, '{not json'), preferencesKey)
    await openArticle(page)
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: 'Bahasa Indonesia' })
    await expect(page.locator('html')).toHaveAttribute('lang', 'id')
    const seen = await visitEveryState(page, {
      notes: 'Catatan penerjemah (3)',
      glossary: 'Glosarium',
      copyLink: 'Salin tautan',
      showTranslations: 'Tampilkan terjemahan',
      original: 'Teks asli saja',
      showTranslation: 'Lihat terjemahan',
    })
    expect(englishLeaks(seen)).toEqual([])
  })
})

test('toggles say their state: aria-expanded on the buttons, the polite region for the sentence keys', async ({
  page,
}) => {
  await openArticle(page)
  const glossary = page.getByRole('button', { name: 'Glossary' })
  await expect(glossary).toHaveAttribute('aria-expanded', 'false')
  await glossary.press('Enter')
  await expect(glossary).toHaveAttribute('aria-expanded', 'true')

  const rowToggle = unitRow(page, 's3').getByRole('button', { name: 'Hide translation' })
  await expect(rowToggle).toHaveAttribute('aria-expanded', 'true')
  await expect(rowToggle).toHaveAttribute('aria-controls', 's3-translation')
  await rowToggle.press('Enter')
  const shown = unitRow(page, 's3').getByRole('button', { name: 'Show translation' })
  await expect(shown).toHaveAttribute('aria-expanded', 'false')
  await expect(shown).toBeFocused()

  const live = page.locator('.reader [aria-live="polite"]')
  await indonesianUnit(page, 's4').press('Space')
  await expect(live).toHaveText('Translation hidden')
  await indonesianUnit(page, 's4').press('Enter')
  await expect(live).toHaveText('Translation shown')
  await indonesianUnit(page, 's4').press('ArrowRight')
  await expect(live).toHaveText(/^Word 1 of \d+: /)
})
