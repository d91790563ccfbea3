import type { BrowserContext, Page } from '@playwright/test'
import type { BrowserApp } from './browser-app'

/** How much slower than this machine's CPU the page runs, as Lighthouse's mobile preset assumes. */
export const cpuSlowdown = 4
export const viewport = { width: 1280, height: 900 }

/** What the in-page probes below leave on `window` for the benchmark to read. */
export interface BenchProbes {
  /** performance.now() (ms since navigation start) when the frame that first drew the article began. */
  articleVisibleMs?: number
  /** When that drawing was first on screen (Element Timing's renderTime; NaN without the API). */
  articleOnScreenMs?: number
  /** When focusing a glossary term first opened its popover: the focus, and the popover found. */
  termInteractiveMs?: number
  termRespondedMs?: number
  /** The frame in which a `.term` element was first in the DOM, whether or not it did anything yet. */
  termInDomMs?: number
  longTasks?: { start: number; duration: number }[]
  /** How often `benchNextFrame` gave up waiting for a frame (see frameWaitProbe). */
  framesMissed?: number
  /** The page's visibility each time it did: a hidden page draws no frames. */
  visibilityWhenMissed?: string[]
}

/** What frameWaitProbe leaves on `window`. */
export interface FrameWait {
  benchNextFrame(): Promise<void>
}

export interface OpenedPage {
  readonly context: BrowserContext
  readonly page: Page
}

/** A network to emulate, through the DevTools protocol (`Network.emulateNetworkConditions`). */
export interface NetworkConditions {
  /** Added to every request: DevTools throttles requests, not packets. */
  readonly requestLatencyMs: number
  readonly downloadBitsPerSecond: number
  readonly uploadBitsPerSecond: number
}

/**
 * Lighthouse 12's mobile network ("slow 4G": 150 ms round trips, 1.6 Mbit/s) as Lighthouse itself
 * applies it through DevTools (its `mobileSlow4G` request latency and throughputs, kbit/s × 1024):
 * a reader's phone, where loopback has no network at all.
 */
export const mobileNetwork: NetworkConditions = {
  requestLatencyMs: 150 * 3.75,
  downloadBitsPerSecond: 1.6 * 1024 * 0.9 * 1024,
  uploadBitsPerSecond: 750 * 0.9 * 1024,
}

export interface PageOptions {
  /** CPU slowdown factor; 1 runs at this machine's speed. */
  readonly slowdown?: number
  /** Unset: loopback, as served. */
  readonly network?: NetworkConditions
  /** In-page probes, each run before any of the page's own scripts. */
  readonly probes?: readonly (() => void)[]
}

/**
 * A page in a fresh context (empty cache and storage, so each load is a first visit), with its CPU
 * slowed through the DevTools protocol before anything loads. The throttle is set on about:blank
 * and stays with the page target across the navigation that follows.
 */
export async function openPage(app: BrowserApp, { slowdown = cpuSlowdown, network, probes = [] }: PageOptions = {}): Promise<OpenedPage> {
  const context = await app.browser.newContext({ viewport, locale: 'en-US' })
  // tsx compiles with esbuild's keepNames, which wraps named inner functions in `__name(...)`: a
  // function sent to the page carries those calls, so the page needs a `__name` that does nothing.
  await context.addInitScript({ content: 'globalThis.__name = (fn) => fn' })
  for (const probe of probes) await context.addInitScript(probe)
  const page = await context.newPage()
  const session = await context.newCDPSession(page)
  await session.send('Emulation.setCPUThrottlingRate', { rate: slowdown })
  if (network) {
    await session.send('Network.enable')
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: network.requestLatencyMs,
      downloadThroughput: network.downloadBitsPerSecond / 8,
      uploadThroughput: network.uploadBitsPerSecond / 8,
    })
  }
  return { context, page }
}

export function readProbes(page: Page): Promise<BenchProbes> {
  return page.evaluate(() => ({ ...(window as unknown as { benchProbes?: BenchProbes }).benchProbes }))
}

/**
 * In-page probe, run before any of the page's scripts: the first moment the `<article>` has a box
 * of non-zero size that overlaps the viewport, in the frame that paints it. It checks once per
 * frame in requestAnimationFrame, which runs at the start of each rendering update and never while
 * the page is render-blocked (stylesheets still loading), so the first frame that sees the box is
 * the first frame that paints it. The time is taken right after measuring the box, which forces
 * that frame's style and layout: what is left of the frame is painting and rasterising it, which
 * articleOnScreenProbe counts. (A message posted for after the frame would queue behind a script
 * task already waiting, the app's entry module, and so time that script instead of the paint.)
 */
export function articleVisibleProbe(): void {
  const probes: BenchProbes = ((window as unknown as { benchProbes?: BenchProbes }).benchProbes ??= {})
  const check = () => {
    const article = document.querySelector('article')
    const box = article?.getBoundingClientRect()
    const isVisible =
      box !== undefined &&
      box.width > 0 &&
      box.height > 0 &&
      box.bottom > 0 &&
      box.right > 0 &&
      box.top < window.innerHeight &&
      box.left < window.innerWidth
    if (isVisible) probes.articleVisibleMs = performance.now()
    else requestAnimationFrame(check)
  }
  requestAnimationFrame(check)
}

/**
 * In-page probe, run before any of the page's scripts: when the article's content was first on
 * screen. articleVisibleProbe stops the clock as the frame that draws the article begins; painting
 * and rasterising that frame come after, and they are not the same for every page: a page whose
 * first screen is all text has more to raster than one whose first screen is part controls (the
 * plain page's first frame rasterised for 20–101 ms at CPU 4x, the app's for 3–20, traced on
 * 2026-11-28). Element Timing reports, for each element that carries an `elementtiming`
 * attribute, when the frame that first painted it was presented (`renderTime`). The attribute
 * goes on every element inside the `<article>` as the parser adds it (a MutationObserver's
 * callback runs before the browser can render), so that the probe needs nothing from the page's
 * markup; the earliest such time is the one kept.
 */
export function articleOnScreenProbe(): void {
  const probes: BenchProbes = ((window as unknown as { benchProbes?: BenchProbes }).benchProbes ??= {})
  if (!('PerformanceElementTiming' in window)) {
    probes.articleOnScreenMs = Number.NaN
    return
  }
  const identifier = 'bench-article'
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof Element) || !node.closest('article')) continue
        node.setAttribute('elementtiming', identifier)
        for (const inner of node.querySelectorAll('*')) inner.setAttribute('elementtiming', identifier)
      }
    }
  }).observe(document, { childList: true, subtree: true })
  new PerformanceObserver((list) => {
    // TypeScript's DOM types lack Element Timing (a Chromium API): the two fields read here.
    for (const entry of list.getEntries() as (PerformanceEntry & { identifier: string; renderTime: number })[]) {
      if (entry.identifier !== identifier || entry.renderTime === 0) continue
      probes.articleOnScreenMs = Math.min(probes.articleOnScreenMs ?? Infinity, entry.renderTime)
    }
  }).observe({ type: 'element', buffered: true })
}

/**
 * In-page helper for a benchmark that steps frame by frame: `benchNextFrame()` resolves at the
 * next animation frame, or after a second if none comes, counted in `framesMissed`. A page that
 * stopped drawing then ends the run, with the count printed, instead of hanging it (a run of the
 * book once hung for minutes with the machine idle).
 */
export function frameWaitProbe(): void {
  const probes: BenchProbes = ((window as unknown as { benchProbes?: BenchProbes }).benchProbes ??= {})
  probes.framesMissed = 0
  ;(window as unknown as FrameWait).benchNextFrame = () =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        probes.framesMissed = (probes.framesMissed ?? 0) + 1
        ;(probes.visibilityWhenMissed ??= []).push(document.visibilityState)
        resolve()
      }, 1_000)
      requestAnimationFrame(() => {
        clearTimeout(timer)
        resolve()
      })
    })
}

/** Says so if frameWaitProbe ever gave up on a frame: the figures beside it are then suspect. */
export function reportMissedFrames({ framesMissed = 0, visibilityWhenMissed = [] }: BenchProbes): void {
  if (framesMissed === 0) return
  const visibility = [...new Set(visibilityWhenMissed)].join(', ')
  console.log(`${framesMissed} times no frame came within a second: the page stopped drawing (its visibility then: ${visibility})`)
}

/** In-page probe: every long task (over 50 ms) from the start of the page's life. */
export function longTaskProbe(): void {
  const probes: BenchProbes = ((window as unknown as { benchProbes?: BenchProbes }).benchProbes ??= {})
  const tasks: { start: number; duration: number }[] = (probes.longTasks = [])
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) tasks.push({ start: entry.startTime, duration: entry.duration })
  }).observe({ type: 'longtask', buffered: true })
}

/** Generous: a load of a synthetic article of thousands of sentences can take minutes on a busy machine. */
export const slowTimeoutMs = 300_000

/**
 * Loads `path` and waits until the article is visible (and, with `onScreen`, until its first frame
 * has been on screen); the page's every wait gets `slowTimeoutMs`.
 */
async function loadUntilVisible({ page }: OpenedPage, app: BrowserApp, path: string, { onScreen = false } = {}): Promise<void> {
  page.setDefaultTimeout(slowTimeoutMs)
  await page.goto(`${app.baseUrl}${path}`)
  await page.waitForFunction((onScreen) => {
    const probes = (window as unknown as { benchProbes?: BenchProbes }).benchProbes
    return probes?.articleVisibleMs !== undefined && (!onScreen || probes.articleOnScreenMs !== undefined)
  }, onScreen)
}

/**
 * A fresh load of `path` until the article is visible, with its probes read: the frame's beginning
 * always, and with `onScreen` when that frame was on screen as well (its probe marks every element
 * of the article, which a book's first screen need not pay for).
 */
async function loadArticle(app: BrowserApp, path: string, options: Omit<PageOptions, 'probes'>, onScreen: boolean): Promise<BenchProbes> {
  const opened = await openPage(app, { ...options, probes: onScreen ? [articleVisibleProbe, articleOnScreenProbe] : [articleVisibleProbe] })
  try {
    await loadUntilVisible(opened, app, path, { onScreen })
    return await readProbes(opened.page)
  } finally {
    await opened.context.close()
  }
}

/** Loads `path` and returns the ms from navigation start until the frame that draws the article began. */
export async function articleVisibleMs(app: BrowserApp, path: string, options: Omit<PageOptions, 'probes'> = {}): Promise<number> {
  const { articleVisibleMs = Number.NaN } = await loadArticle(app, path, options, false)
  return articleVisibleMs
}

/** When a load showed the article, in ms from navigation start. */
export interface ArticleShown {
  /** The frame that drew it began (articleVisibleProbe). */
  readonly frameMs: number
  /** That drawing was on screen (articleOnScreenProbe). */
  readonly onScreenMs: number
}

/** Loads `path`, CPU slowed `cpuSlowdown`x, and returns both moments the article was shown. */
export async function articleShownMs(app: BrowserApp, path: string, network?: NetworkConditions): Promise<ArticleShown> {
  const { articleVisibleMs = Number.NaN, articleOnScreenMs = Number.NaN } = await loadArticle(app, path, { network }, true)
  return { frameMs: articleVisibleMs, onScreenMs: articleOnScreenMs }
}

export interface HydratedArticle extends OpenedPage {
  readonly articleVisibleMs: number
  readonly interactiveMs: number
}

/** Waits for the app's mark that it has hydrated (`<html data-interactive>`, src/main.tsx). */
export async function waitUntilHydrated(page: Page): Promise<void> {
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-interactive'))
}

/**
 * Waits until the page has hydrated and what it loads when idle (the popover's and the look-up's
 * code, the article's word data) is in: a press then times its own work, not those loads.
 */
export async function waitUntilSettled(page: Page): Promise<void> {
  await waitUntilHydrated(page)
  await page.waitForLoadState('networkidle')
}

/**
 * A large article opened as a reader does, CPU not slowed, and returned once the app has hydrated
 * (`data-interactive`: a press before then would time hydration, which React finishes first),
 * with the probes of a benchmark that works frame by frame (article visible, long tasks, frame
 * wait) and when the article became visible and interactive. The caller closes its context.
 */
export async function openHydratedArticle(app: BrowserApp, path: string): Promise<HydratedArticle> {
  const opened = await openPage(app, { slowdown: 1, probes: [articleVisibleProbe, longTaskProbe, frameWaitProbe] })
  try {
    await loadUntilVisible(opened, app, path)
    await waitUntilHydrated(opened.page)
    const interactiveMs = await opened.page.evaluate(() => performance.now())
    const { articleVisibleMs = Number.NaN } = await readProbes(opened.page)
    return { ...opened, articleVisibleMs, interactiveMs }
  } catch (error) {
    await opened.context.close()
    throw error
  }
}

/**
 * Fresh loads of each path in turn (a, b, a, b, …), CPU slowed `cpuSlowdown`x, so that drift in
 * the machine's load hits both alike.
 */
export async function interleavedLoads(
  app: BrowserApp,
  paths: readonly string[],
  loads: number,
  network?: NetworkConditions,
): Promise<ArticleShown[][]> {
  const times = paths.map((): ArticleShown[] => [])
  for (let round = 0; round < loads; round++) {
    for (const [index, path] of paths.entries()) times[index]?.push(await articleShownMs(app, path, network))
  }
  return times
}

export const formatRange = (values: readonly number[]): string =>
  `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`

/**
 * In-page probe: the first moment a glossary term responds. Once the first `.term` is in the DOM
 * and a frame has painted it (a reader cannot hover what is not on screen yet, and trying earlier
 * would open a popover before the article's first paint and delay it), it sends the term a focus
 * event and looks, one task later (React has flushed the focus's update by then), for the popover
 * (`[role="dialog"]`); if none came, it sends the blur and tries again every ~4 ms. Focus opens a
 * term's popover at once, while hover waits 300 ms by design; both are handled by listeners on the
 * same `<article>`, attached at the same commit (or hydration), so the first focus that works is
 * also the moment a hover starts to work. A term in prerendered HTML that is not yet hydrated is on
 * screen but does nothing: that gap is what this shows.
 *
 * The events are dispatched (`focusin`, `focusout`: what React listens to), not real focus
 * changes. Moving focus every 4 ms restyled the page each time, in between React's slices of
 * hydration, and made the app interactive 235 ms later at CPU 4x (medians of 8 loads): the probe
 * timed itself.
 */
export function termInteractiveProbe(): void {
  const probes: BenchProbes = ((window as unknown as { benchProbes?: BenchProbes }).benchProbes ??= {})
  const attempt = () => {
    // Looked up each time: hydration that gives up on the server's HTML replaces its elements.
    const term = document.querySelector<HTMLElement>('.term')
    if (!term) {
      setTimeout(attempt, 4)
      return
    }
    const focusedAt = performance.now()
    term.dispatchEvent(new FocusEvent('focusin', { bubbles: true }))
    setTimeout(() => {
      if (document.querySelector('[role="dialog"]')) {
        probes.termInteractiveMs = focusedAt
        probes.termRespondedMs = performance.now()
        return
      }
      term.dispatchEvent(new FocusEvent('focusout', { bubbles: true }))
      setTimeout(attempt, 4)
    }, 0)
  }
  const waitForTerm = () => {
    const term = document.querySelector<HTMLElement>('.term')
    if (!term) {
      requestAnimationFrame(waitForTerm)
      return
    }
    probes.termInDomMs = performance.now()
    // Checked in rAF, so the frame that paints the term is this one: start after it.
    const channel = new MessageChannel()
    channel.port1.onmessage = attempt
    channel.port2.postMessage(null)
  }
  requestAnimationFrame(waitForTerm)
}
