// Offline and installing (issue 4): after one visit the reader works with the network off, a new
// version waits for the reader's say-so, and the page is installable. Real service worker, real
// Cache Storage, the browser context taken offline.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { expect, test, type BrowserContext, type Page } from '@playwright/test'
import { preview } from 'vite'
import {
  articlePath,
  english,
  englishUnit,
  expectNoAxeViolations,
  indonesianUnit,
  openArticle,
  reachWord,
  waitUntilInteractive,
} from './fixtures'

const updateText = 'A new version of Selaras is ready.'
const cachePrefix = 'selaras-precache-'

/** Waits until the worker has precached everything (install done) and controls this page. */
async function waitUntilOfflineReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (navigator.serviceWorker.controller) return
    await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }))
  })
}

async function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys())
}

/** Every request the pages of `context` make, so a test can check none leaves the app's origin. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = []
  context.on('request', (request) => urls.push(request.url()))
  return urls
}

test('after one visit the article, its translations, a glossary term and a word look-up work offline', async ({
  page,
  context,
  baseURL,
}) => {
  const requested = recordRequests(context)
  await openArticle(page)
  await waitUntilOfflineReady(page)

  await context.setOffline(true)
  const reloaded = await page.reload()
  expect(reloaded?.fromServiceWorker(), 'the page comes from the service worker').toBe(true)
  // The article's own prerendered page, not the app shell: readable before any script runs.
  expect(await reloaded?.text()).toContain(`data-prerendered-path="${articlePath}"`)
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  const showTranslations = page.getByRole('checkbox', { name: 'Show translations' })
  await showTranslations.check()
  await expect(englishUnit(page, 's1')).toHaveText(english('s1').natural)
  await expect(englishUnit(page, 's9')).toHaveText(english('s9').natural)

  // A glossary term: its popover's data is a lazy chunk, so it must have been precached.
  await indonesianUnit(page, 's2').locator('span.term[data-term-index]', { hasText: /^kekuatan Eurasia$/ }).click()
  const termDialog = page.getByRole('dialog', { name: 'kekuatan Eurasia', exact: true })
  await expect(termDialog).toBeVisible()
  await expect(termDialog).toContainText('Eurasian power')
  await page.getByRole('heading', { level: 1 }).click()
  await expect(page.getByRole('dialog')).toHaveCount(0)

  // A word only the look-up explains: the lexicon and the morphology chunks load from the cache.
  await (await reachWord(page, 's9', 'disebutkan')).click()
  const wordDialog = page.getByRole('dialog', { name: 'disebutkan', exact: true })
  await expect(wordDialog.locator('dt:text-is("Root") + dd [lang="id"]')).toHaveText('sebut')

  expect(requested.filter((url) => !url.startsWith(`${baseURL}/`)), 'requests to another origin').toEqual([])
})

test('offline, the library and the article open by their links, and an unknown path gets the app', async ({
  page,
  context,
}) => {
  await openArticle(page)
  await waitUntilOfflineReady(page)
  await context.setOffline(true)

  await page.getByRole('link', { name: 'Selaras' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Articles' })).toBeVisible()
  await expect(page).toHaveURL(/\/$/)
  await page.locator(`a[href="${articlePath}"]`).click()
  await expect(page).toHaveURL(new RegExp(`${articlePath}$`))
  await expect(indonesianUnit(page, 's1')).toBeVisible()

  // The app shell answers any page, so the app itself says what is missing.
  await page.goto('/articles/no-such-article')
  await expect(page.getByRole('heading', { name: 'There is no article called “no-such-article”.' })).toBeVisible()
})

test('a new version is announced, not swapped in mid-read, and takes over when the reader clicks Reload, twice', async ({
  page,
  baseURL,
}) => {
  // It ends with an axe run over the whole article, which takes seconds on a loaded machine.
  test.slow()
  await openArticle(page)
  await waitUntilOfflineReady(page)
  const [oldCache] = await cacheNames(page)
  expect(oldCache).toMatch(new RegExp(`^${cachePrefix}[0-9a-f]{16}$`))
  const oldVersion = (oldCache ?? '').slice(cachePrefix.length)
  // The next build, deployed while the article is open: the same worker with another version, as
  // any changed file gives. Playwright cannot route a worker's update check (the browser itself
  // fetches the script), so the served file changes, and changes back whatever the outcome. A test
  // running beside this one that installs meanwhile gets an equally working worker.
  const newVersion = oldVersion.replace(/^./, (digit) => (digit === '0' ? '1' : '0'))
  const served = servedWorker(baseURL)
  const deployed = readFileSync(served, 'utf8')
  expect(deployed).toContain(oldVersion)
  writeFileSync(served, deployed.replaceAll(oldVersion, newVersion))
  try {
    await expectUpdateFlow(page, oldVersion, newVersion)
    // And the build after it: the oldest cache goes, the one before the newest stays.
    const newerVersion = oldVersion.replace(/.$/, (digit) => (digit === 'f' ? 'e' : 'f'))
    writeFileSync(served, deployed.replaceAll(oldVersion, newerVersion))
    await expectUpdateFlow(page, newVersion, newerVersion)
  } finally {
    writeFileSync(served, deployed)
  }
})

/** The build that `vite preview` serves: playwright.config.ts builds into dist-test/<port>. */
function servedBuild(baseURL: string | undefined): string {
  const port = new URL(baseURL ?? '').port
  return fileURLToPath(new URL(`../../dist-test/${port}/`, import.meta.url))
}

function servedWorker(baseURL: string | undefined): string {
  return join(servedBuild(baseURL), 'sw.js')
}

async function expectUpdateFlow(page: Page, oldVersion: string, newVersion: string): Promise<void> {
  // Something only this page load has: a reload would lose it.
  await page.evaluate(() => Object.assign(window, { isSameRead: true }))
  let navigations = 0
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations += 1
  })
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    await registration?.update()
  })

  const notice = page.getByRole('status').filter({ hasText: updateText })
  await expect(notice).toBeVisible()
  // Installed and waiting: both versions' caches exist, the old one still serves this page.
  await expect.poll(() => cacheNames(page)).toEqual(expect.arrayContaining([cachePrefix + oldVersion, cachePrefix + newVersion]))
  const waiting = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return registration?.waiting?.state ?? null
  })
  expect(waiting).toBe('installed')
  // Proving that nothing happens takes a wait: a second in which the page must stay as it is.
  await page.waitForTimeout(1000)
  expect(navigations).toBe(0)
  expect(await page.evaluate(() => 'isSameRead' in window)).toBe(true)
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  await expectNoAxeViolations(page, 'update notice shown')

  await notice.getByRole('button', { name: 'Reload' }).click()
  await expect.poll(() => navigations).toBe(1)
  await expect(indonesianUnit(page, 's1')).toBeVisible()
  expect(await page.evaluate(() => 'isSameRead' in window)).toBe(false)
  // The new version controls the page; the old version's files stay for tabs still open on it.
  await expect.poll(() => cacheNames(page)).toEqual([cachePrefix + oldVersion, cachePrefix + newVersion])
  const registrationState = await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration()
    return {
      isControlled: navigator.serviceWorker.controller !== null,
      active: registration?.active?.state ?? null,
      waiting: registration?.waiting?.state ?? null,
    }
  })
  expect(registrationState).toEqual({ isControlled: true, active: 'activated', waiting: null })
  await expect(page.getByText(updateText)).toHaveCount(0)
}

/**
 * The worker's script without `url` in its precache list, whichever way the minifier wrote the
 * list: an array of strings, or one string split on commas.
 */
function withoutListedUrl(worker: string, url: string): string {
  for (const listed of [`\`${url}\`,`, `,\`${url}\``, `${url},`, `,${url}`]) {
    if (worker.includes(listed)) return worker.replace(listed, '')
  }
  throw new Error(`sw.js does not list ${url} in a way this test knows`)
}

test('an update taken in one tab leaves another, still on the old version, working offline; its Reload then works', async ({
  context,
  baseURL,
}) => {
  test.slow()
  // A copy of the build on a server of its own (another origin: its own worker and caches), since
  // its next version drops files: a test running beside this one must not install that.
  const dir = mkdtempSync(join(tmpdir(), 'selaras-update-'))
  cpSync(servedBuild(baseURL), dir, { recursive: true })
  const server = await preview({ logLevel: 'error', build: { outDir: dir }, preview: { port: 0, host: '127.0.0.1' } })
  try {
    const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
    const open = async (page: Page) => {
      await page.goto(origin + articlePath)
      await expect(indonesianUnit(page, 's1')).toBeVisible()
      await waitUntilInteractive(page)
    }
    const oldTab = await context.newPage()
    await open(oldTab)
    await waitUntilOfflineReady(oldTab)
    const [oldCache] = await cacheNames(oldTab)
    const oldVersion = (oldCache ?? '').slice(cachePrefix.length)

    // The next build: its lazy chunks renamed, as a change to their code would. Its manifest lacks
    // every chunk the old tab has not loaded yet, and the server drops them too.
    const loaded = await oldTab.evaluate(() => performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname))
    const worker = readFileSync(join(dir, 'sw.js'), 'utf8')
    const dropped = [...new Set(worker.match(/\/assets\/[\w.-]+\.js/g))].filter((path) => !loaded.includes(path))
    expect(dropped.length, 'lazy chunks the old tab has not loaded').toBeGreaterThan(0)
    let next = worker.replaceAll(oldVersion, oldVersion.replace(/^./, (digit) => (digit === '0' ? '1' : '0')))
    for (const path of dropped) next = withoutListedUrl(next, path)
    writeFileSync(join(dir, 'sw.js'), next)

    const newTab = await context.newPage()
    await open(newTab)
    await newTab.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    for (const tab of [oldTab, newTab]) await expect(tab.getByRole('status').filter({ hasText: updateText })).toBeVisible()
    await newTab.getByRole('status').filter({ hasText: updateText }).getByRole('button', { name: 'Reload' }).click()
    await expect(newTab.getByText(updateText)).toHaveCount(0)
    await expect(indonesianUnit(newTab, 's1')).toBeVisible()
    for (const path of dropped) rmSync(join(dir, path.slice(1)))

    // The old tab, now served by the new worker and offline, still looks words up; and a chunk of
    // its build that it has not loaded yet (the stemmer's, which it loads for a word its lexicon
    // lacks, and which the new build dropped) still comes, from the old build's cache.
    await context.setOffline(true)
    await (await reachWord(oldTab, 's9', 'disebutkan')).click()
    const wordDialog = oldTab.getByRole('dialog', { name: 'disebutkan', exact: true })
    await expect(wordDialog.locator('dt:text-is("Root") + dd [lang="id"]')).toHaveText('sebut')
    const stemmerChunk = dropped.find((path) => path.includes('/analyze-word-')) ?? ''
    expect(stemmerChunk, 'the stemmer is among the dropped chunks').not.toBe('')
    const imported = oldTab.evaluate(async (path) => Object.keys((await import(path)) as object).length, stemmerChunk)
    await expect(imported, `${stemmerChunk} loads offline, from the old build's cache`).resolves.toBeGreaterThan(0)

    // Its notice's Reload, pressed after the other tab swapped the version in, still reloads.
    await oldTab.getByRole('status').filter({ hasText: updateText }).getByRole('button', { name: 'Reload' }).click()
    await expect(oldTab.getByText(updateText)).toHaveCount(0)
    await expect(indonesianUnit(oldTab, 's1')).toBeVisible()
  } finally {
    await context.setOffline(false)
    await server.close()
    rmSync(dir, { recursive: true, force: true })
  }
})

test('the page is installable: a manifest whose icons resolve at their sizes, and a theme colour', async ({
  page,
  context,
}) => {
  await page.goto('/')
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2)
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href')
  expect(manifestHref).toBe('/manifest.webmanifest')
  const manifestUrl = new URL(manifestHref ?? '', page.url())
  const manifestResponse = await page.request.get(manifestUrl.href)
  expect(manifestResponse.status()).toBe(200)
  const manifest = (await manifestResponse.json()) as {
    name: string
    theme_color: string
    icons: { src: string; sizes: string; type: string }[]
  }
  expect(manifest.name).toBe('Selaras')
  expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/)
  for (const icon of manifest.icons) {
    const response = await page.request.get(new URL(icon.src, manifestUrl).href)
    expect(response.status(), icon.src).toBe(200)
    expect(response.headers()['content-type'], icon.src).toContain(icon.type)
    if (icon.type === 'image/png') {
      const bytes = await response.body()
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`, icon.src).toBe(icon.sizes)
    }
  }
  const appleIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href')
  expect((await page.request.get(new URL(appleIcon ?? '', page.url()).href)).status()).toBe(200)

  // Chromium's own verdict, once the worker is in place.
  await waitUntilOfflineReady(page)
  const session = await context.newCDPSession(page)
  const { installabilityErrors } = await session.send('Page.getInstallabilityErrors')
  // Every test context is incognito, where Chromium never installs; any other reason is ours.
  const reasons = installabilityErrors.map((error) => error.errorId).filter((id) => id !== 'in-incognito')
  expect(reasons).toEqual([])
  const { errors } = await session.send('Page.getAppManifest')
  expect(errors).toEqual([])
})
