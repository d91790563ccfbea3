import { useSyncExternalStore } from 'react'

const subscribeToNothing = () => () => {}

/**
 * True while React prerenders a page or hydrates prerendered HTML; false on the render right
 * after, and in a page rendered by the browser alone. React's server snapshot is made for this.
 */
export function useIsHydrating(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => false,
    () => true,
  )
}
