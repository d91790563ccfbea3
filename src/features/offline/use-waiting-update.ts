import { useEffect, useState } from 'react'

/**
 * Registers the offline worker once the page has loaded and the browser is idle, and returns the
 * function that swaps in a waiting new version, or undefined while there is none. Only in the built
 * app: the dev server serves no worker, and a worker there would cache stale modules.
 */
export function useWaitingUpdate(): (() => void) | undefined {
  const [applyUpdate, setApplyUpdate] = useState<() => void>()

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    let isUnmounted = false
    let cancel = () => {}
    // Everything but this hook loads on demand: the first render's bundle carries none of it.
    import('./register-service-worker')
      .then(({ registerWhenIdle }) => {
        if (isUnmounted) return
        const base = import.meta.env.BASE_URL
        cancel = registerWhenIdle({
          scriptUrl: `${base}sw.js`,
          scope: base,
          onUpdateReady: (apply) => {
            if (!isUnmounted) setApplyUpdate(() => apply)
          },
        })
      })
      // Offline support failing must not break reading: the page works as it would without it.
      .catch((error: unknown) => console.warn('Selaras: offline support is unavailable', error))
    return () => {
      isUnmounted = true
      cancel()
    }
  }, [])

  return applyUpdate
}
