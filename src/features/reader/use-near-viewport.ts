import { useEffect, useState, type RefObject } from 'react'

/** How far beyond the screen counts as near: a screen's height above and below. */
const nearMargin = '100% 0px'

// One observer for every element: a book has hundreds of passages.
let observer: IntersectionObserver | undefined
const listeners = new WeakMap<Element, (isNear: boolean) => void>()

function sharedObserver(): IntersectionObserver {
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) listeners.get(entry.target)?.(entry.isIntersecting)
    },
    { rootMargin: nearMargin },
  )
  return observer
}

/**
 * Whether an element is on the screen or within a screen of it. True until the browser says
 * otherwise, and always where it cannot tell (no IntersectionObserver, as in jsdom): an element
 * wrongly thought near only loses a shortcut, one wrongly thought far would show stale content.
 */
export function useNearViewport(ref: RefObject<Element | null>): boolean {
  const [isNear, setIsNear] = useState(true)
  useEffect(() => {
    const element = ref.current
    if (!element || typeof IntersectionObserver === 'undefined') return undefined
    listeners.set(element, setIsNear)
    sharedObserver().observe(element)
    return () => {
      listeners.delete(element)
      observer?.unobserve(element)
    }
  }, [ref])
  return isNear
}
