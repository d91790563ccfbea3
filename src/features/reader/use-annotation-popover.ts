import { useEffect, useRef, useState } from 'react'

export type AnnotationTarget =
  | { readonly kind: 'term'; readonly unitId: string; readonly termIndex: number; readonly entryId: string }
  | { readonly kind: 'word'; readonly unitId: string; readonly wordIndex: number }
  /** A glossary entry opened from inside a popover (a nested or related term), anchored where it was opened. */
  | { readonly kind: 'entry'; readonly unitId: string; readonly termIndex: number | undefined; readonly wordIndex: number | undefined; readonly entryId: string }

export interface OpenAnnotation {
  readonly target: AnnotationTarget
  /** Pinned by a click, a tap or Enter: it stays until Escape, an outside press or a blur. */
  readonly isPinned: boolean
  /** Opened from the keyboard with a request to read it: focus moves into it. */
  readonly shouldTakeFocus: boolean
}

// Radix's tooltip defaults: long enough that sweeping the mouse across text opens nothing.
export const hoverOpenDelayMs = 300
const hoverCloseDelayMs = 200

export function isSameTarget(a: AnnotationTarget, b: AnnotationTarget): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/** When and how a popover opens and closes; the reader tells it what the reader did. */
export function useAnnotationPopover() {
  const [open, setOpen] = useState<OpenAnnotation | null>(null)
  const openTimer = useRef<number | undefined>(undefined)
  const closeTimer = useRef<number | undefined>(undefined)

  function clearTimers() {
    window.clearTimeout(openTimer.current)
    window.clearTimeout(closeTimer.current)
  }

  useEffect(() => clearTimers, [])

  return {
    open,
    hoverStart(target: AnnotationTarget) {
      clearTimers()
      if (open?.isPinned) return
      if (open && isSameTarget(open.target, target)) return
      openTimer.current = window.setTimeout(
        () => setOpen({ target, isPinned: false, shouldTakeFocus: false }),
        hoverOpenDelayMs,
      )
    },
    hoverEnd() {
      window.clearTimeout(openTimer.current)
      if (!open || open.isPinned) return
      closeTimer.current = window.setTimeout(() => setOpen(null), hoverCloseDelayMs)
    },
    /** The pointer is on the popover itself (WCAG 1.4.13: hoverable). */
    keepOpen() {
      window.clearTimeout(closeTimer.current)
    },
    focus(target: AnnotationTarget) {
      clearTimers()
      if (open?.isPinned && isSameTarget(open.target, target)) return
      setOpen({ target, isPinned: false, shouldTakeFocus: false })
    },
    press(target: AnnotationTarget, shouldTakeFocus: boolean) {
      clearTimers()
      if (open?.isPinned && isSameTarget(open.target, target)) setOpen(null)
      else setOpen({ target, isPinned: true, shouldTakeFocus })
    },
    show(target: AnnotationTarget) {
      clearTimers()
      setOpen({ target, isPinned: true, shouldTakeFocus: true })
    },
    close() {
      clearTimers()
      setOpen(null)
    },
  }
}
