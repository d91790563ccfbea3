import { useEffect, useSyncExternalStore } from 'react'

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

function readHash(): string {
  return window.location.hash
}

/** The unit id named by the URL's fragment (`#s5`), or null. */
export function useHashTarget(): string | null {
  const hash = useSyncExternalStore(subscribe, readHash, () => '')
  if (hash.length < 2) return null
  try {
    return decodeURIComponent(hash.slice(1))
  } catch {
    return null
  }
}

/**
 * Brings the targeted unit into view and gives it focus, so that keyboard and screen-reader
 * users land where the link points, as sighted mouse users do.
 */
export function useScrollToUnit(unitId: string | null): void {
  useEffect(() => {
    if (unitId === null) return
    const row = document.getElementById(unitId)
    if (!row?.hasAttribute('data-unit-row')) return
    const prefersReducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
    row.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion ? 'auto' : 'smooth' })
    row.querySelector<HTMLElement>('[data-unit][tabindex]')?.focus({ preventScroll: true })
    if (!prefersReducedMotion) return reaimWhenScrollEnds(row)
  }, [unitId])
}

/** Re-aims given up after this many tries, or this long after the link was followed. */
const maxReaims = 3
const reaimDeadlineMs = 5_000

/**
 * A smooth scroll is aimed once, as it starts. The paragraphs it passes are laid out for the first
 * time on the way (`content-visibility: auto`, reader.css); on a phone they grow well past their
 * placeholder height and carry the row below where the scroll was aimed, out of sight (on a 375 px
 * phone, a link to the article's last row once left its top 486 px below the screen's bottom
 * edge). So each time the scroll ends short
 * of the row, it is aimed again. A reader who scrolls, taps, clicks or types first keeps the page
 * where they took it. Returns the cleanup.
 */
function reaimWhenScrollEnds(row: HTMLElement): () => void {
  const controller = new AbortController()
  const stop = () => controller.abort()
  let reaims = 0
  const reaim = () => {
    if (isCentred(row) || reaims++ >= maxReaims) stop()
    else row.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
  const options = { signal: controller.signal, passive: true }
  if (window.onscrollend !== undefined) window.addEventListener('scrollend', reaim, options)
  else window.addEventListener('scroll', debounced(reaim, 150), options)
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) window.addEventListener(type, stop, options)
  const deadline = window.setTimeout(stop, reaimDeadlineMs)
  controller.signal.addEventListener('abort', () => window.clearTimeout(deadline))
  return stop
}

/** Whether the row sits at the middle of the viewport, or as near it as the page's ends allow. */
function isCentred(row: HTMLElement): boolean {
  const box = row.getBoundingClientRect()
  const offCentre = box.top + box.height / 2 - window.innerHeight / 2
  const root = document.scrollingElement ?? document.documentElement
  const isAtBottom = root.scrollTop >= root.scrollHeight - root.clientHeight - 1
  const isAtTop = root.scrollTop <= 0
  return Math.abs(offCentre) <= 2 || (offCentre > 0 && isAtBottom) || (offCentre < 0 && isAtTop)
}

/** Safari before 18.2 has no `scrollend`: the scroll has ended when no scroll event came for `ms`. */
function debounced(callback: () => void, ms: number): () => void {
  let timer: number | undefined
  return () => {
    window.clearTimeout(timer)
    timer = window.setTimeout(callback, ms)
  }
}
