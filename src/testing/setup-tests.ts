import '@testing-library/jest-dom/vitest'
import { cleanup, configure } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

// Content and feature code load on demand, as in the browser; on a busy two-core CI machine the
// first import of a chunk can take longer than Testing Library's default second.
configure({ asyncUtilTimeout: 5000 })

// A React warning or a caught-and-logged failure is a bug: fail the test that caused it.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    throw new Error(`console.error was called: ${args.map(String).join(' ')}`)
  })
})

afterEach(() => {
  // Build and bundle checks run in Node, with no document to clean.
  if (typeof window === 'undefined') return
  cleanup()
  window.localStorage.clear()
  window.history.replaceState(null, '', '/')
  document.documentElement.lang = 'en'
})
