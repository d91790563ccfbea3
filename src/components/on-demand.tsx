import { useEffect, useReducer, useState, type ReactNode } from 'react'
import { whenIdle } from '../lib/when-idle'

/** Code split from the first load: fetched when first needed, or ahead of time by `preload`. */
export interface OnDemandModule<T> {
  readonly preload: () => Promise<T>
  /** The module once it has loaded, so later renders need not wait a tick for it. */
  readonly loaded: () => T | undefined
}

export function onDemand<T>(importModule: () => Promise<T>): OnDemandModule<T> {
  let loaded: T | undefined
  let loading: Promise<T> | undefined
  return {
    preload() {
      loading ??= importModule().then(
        (module) => (loaded = module),
        (error: unknown) => {
          // Forgotten, so the next use tries again (a dropped connection may be back).
          loading = undefined
          throw error
        },
      )
      return loading
    },
    loaded: () => loaded,
  }
}

interface OnDemandProps<T> {
  readonly module: OnDemandModule<T>
  readonly children: (module: T) => ReactNode
}

/**
 * Renders with a module loaded on demand: nothing until it arrives, then the children. A module
 * that fails to load throws to the nearest error boundary, which says what could not be shown.
 * (React.lazy would suspend even for a module loaded ahead, and Suspense holds back what it reveals.)
 */
export function OnDemand<T>({ module, children }: OnDemandProps<T>) {
  const [, rerender] = useReducer((count: number) => count + 1, 0)
  const [error, setError] = useState<{ cause: unknown }>()
  const loaded = module.loaded()

  useEffect(() => {
    if (loaded !== undefined) return
    let isCurrent = true
    module.preload().then(
      () => isCurrent && rerender(),
      (cause: unknown) => isCurrent && setError({ cause }),
    )
    return () => {
      isCurrent = false
    }
  }, [module, loaded])

  if (error) throw error.cause
  return loaded === undefined ? null : children(loaded)
}

/**
 * Starts loading modules once the browser is idle, after the page has become interactive;
 * returns a cancel function for an effect's cleanup. A failed preload is left for the real use
 * to report.
 */
export function preloadWhenIdle(preloads: readonly (() => Promise<unknown>)[]): () => void {
  return whenIdle(() => {
    for (const preload of preloads) preload().catch(() => {})
  }, 2000)
}
