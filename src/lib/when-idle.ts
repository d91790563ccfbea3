/**
 * Runs `callback` once the browser is idle (at the latest after `timeoutMs`); returns a cancel
 * function for an effect's cleanup. Safari has no requestIdleCallback: there, a short timeout.
 */
export function whenIdle(callback: () => void, timeoutMs: number): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(callback, { timeout: timeoutMs })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(callback, 200)
  return () => clearTimeout(timer)
}
