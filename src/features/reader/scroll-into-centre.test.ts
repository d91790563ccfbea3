import { afterEach, beforeEach, expect, test, vi } from 'vitest'
import { scrollIntoCentre } from './scroll-into-centre'

// jsdom lays nothing out: the row's box and the page's scroll extent are set by each test, as the
// browser would report them mid-scroll.
const viewportHeight = window.innerHeight
let rowTop = 0
let row: HTMLElement
let scrollIntoView: ReturnType<typeof vi.fn<(options?: boolean | ScrollIntoViewOptions) => void>>

beforeEach(() => {
  vi.useFakeTimers()
  const root = document.documentElement
  Object.defineProperty(root, 'scrollHeight', { configurable: true, get: () => 10_000 })
  Object.defineProperty(root, 'clientHeight', { configurable: true, get: () => viewportHeight })
  Object.defineProperty(root, 'scrollTop', { configurable: true, get: () => 3_000 })
  row = document.createElement('div')
  document.body.append(row)
  row.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: rowTop, width: 300, height: 100 })
  scrollIntoView = vi.fn<(options?: boolean | ScrollIntoViewOptions) => void>()
  row.scrollIntoView = scrollIntoView
})

afterEach(() => {
  vi.useRealTimers()
  document.body.replaceChildren()
  for (const property of ['scrollHeight', 'clientHeight', 'scrollTop']) {
    delete (document.documentElement as unknown as Record<string, unknown>)[property]
  }
})

/** The page scrolls, then stops: `scrollend` where the browser has it, else no scroll event for a while. */
function scrollEnds() {
  window.dispatchEvent(new Event('scroll'))
  vi.advanceTimersByTime(200)
  window.dispatchEvent(new Event('scrollend'))
}

const centred = () => viewportHeight / 2 - 50

test('a smooth scroll that ends short of the element is aimed again, until it is centred', () => {
  rowTop = 2_000
  scrollIntoCentre(row)
  expect(scrollIntoView).toHaveBeenCalledTimes(1)
  expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' })

  rowTop = 900
  scrollEnds()
  expect(scrollIntoView).toHaveBeenCalledTimes(2)
  expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'smooth' })

  rowTop = centred()
  scrollEnds()
  // Centred: it stops watching, so a later scroll of the reader's own is left alone.
  rowTop = 2_000
  scrollEnds()
  expect(scrollIntoView).toHaveBeenCalledTimes(2)
})

test('a reader who scrolls, taps, clicks or types first keeps the page where they took it', () => {
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown']) {
    rowTop = 2_000
    scrollIntoView.mockClear()
    const stop = scrollIntoCentre(row)
    window.dispatchEvent(new Event(type))
    scrollEnds()
    expect(scrollIntoView, type).toHaveBeenCalledTimes(1)
    stop()
  }
})

test('it gives up after three more tries, or five seconds', () => {
  rowTop = 2_000
  scrollIntoCentre(row)
  for (let end = 0; end < 6; end++) scrollEnds()
  expect(scrollIntoView).toHaveBeenCalledTimes(4)

  scrollIntoView.mockClear()
  const stop = scrollIntoCentre(row)
  vi.advanceTimersByTime(5_000)
  scrollEnds()
  expect(scrollIntoView).toHaveBeenCalledTimes(1)
  stop()
})

test('with reduced motion it jumps, once, and watches nothing', () => {
  rowTop = 2_000
  window.matchMedia = vi.fn((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList)
  try {
    scrollIntoCentre(row)
    scrollEnds()
    expect(scrollIntoView).toHaveBeenCalledTimes(1)
    expect(scrollIntoView).toHaveBeenLastCalledWith({ block: 'center', behavior: 'auto' })
  } finally {
    delete (window as { matchMedia?: unknown }).matchMedia
  }
})

test('where the browser has no scrollend (Safari before 18.2), the scroll has ended once scroll events stop', () => {
  Object.defineProperty(window, 'onscrollend', { configurable: true, value: undefined })
  try {
    rowTop = 2_000
    scrollIntoCentre(row)
    window.dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(100)
    window.dispatchEvent(new Event('scroll'))
    vi.advanceTimersByTime(100)
    expect(scrollIntoView).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(100)
    expect(scrollIntoView).toHaveBeenCalledTimes(2)

    // The reader takes over while the end of a scroll is being waited for: nothing comes of it.
    window.dispatchEvent(new Event('scroll'))
    window.dispatchEvent(new Event('wheel'))
    vi.advanceTimersByTime(200)
    expect(scrollIntoView).toHaveBeenCalledTimes(2)
  } finally {
    delete (window as { onscrollend?: unknown }).onscrollend
  }
})
