/**
 * Scrolls `element` to the middle of the viewport: smoothly, unless the reader prefers reduced
 * motion, and aimed again when the scroll falls short (below). Returns what stops the re-aiming,
 * for an effect's cleanup.
 */
export function scrollIntoCentre(element: HTMLElement): () => void {
  const prefersReducedMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false
  element.scrollIntoView?.({ block: 'center', behavior: prefersReducedMotion ? 'auto' : 'smooth' })
  return prefersReducedMotion ? () => {} : reaimWhenScrollEnds(element)
}

/** Re-aiming is given up after this many tries, or this long after the first scroll. */
const maxReaims = 3
const reaimDeadlineMs = 5_000

/**
 * A smooth scroll is aimed once, as it starts. The paragraphs it passes are laid out for the first
 * time on the way (`content-visibility: auto`, reader.css); on a phone they grow well past their
 * placeholder height and carry the element below where the scroll was aimed, out of sight (at
 * 375 px, a deep link to the article's last row once left its top 486 px below the screen, and
 * the glossary's "kapal selam" came to rest 354 px below it). So each time the scroll ends short
 * of the element, it is aimed again. A reader who scrolls, taps, clicks or types first keeps the
 * page where they took it.
 */
function reaimWhenScrollEnds(element: HTMLElement): () => void {
  const controller = new AbortController()
  const stop = () => controller.abort()
  let reaims = 0
  const reaim = () => {
    // A scroll's end waited for by a timer (below) can come after the reader took over.
    if (controller.signal.aborted) return
    if (isCentred(element) || reaims++ >= maxReaims) stop()
    else element.scrollIntoView({ block: 'center', behavior: 'smooth' })
  }
  const options = { signal: controller.signal, passive: true }
  if (window.onscrollend !== undefined) window.addEventListener('scrollend', reaim, options)
  else window.addEventListener('scroll', debounced(reaim, 150), options)
  for (const type of ['wheel', 'touchstart', 'pointerdown', 'keydown'] as const) window.addEventListener(type, stop, options)
  const deadline = window.setTimeout(stop, reaimDeadlineMs)
  controller.signal.addEventListener('abort', () => window.clearTimeout(deadline))
  return stop
}

/** Whether the element sits at the middle of the viewport, or as near it as the page's ends allow. */
function isCentred(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect()
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
