import { useEffect, useSyncExternalStore } from 'react'
import { scrollIntoCentre } from './scroll-into-centre'

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
    const stopReaiming = scrollIntoCentre(row)
    row.querySelector<HTMLElement>('[data-unit][tabindex]')?.focus({ preventScroll: true })
    return stopReaiming
  }, [unitId])
}
