import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom'
import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode, type Ref } from 'react'

interface AnnotationPopoverProps {
  readonly ref?: Ref<HTMLDivElement | null>
  readonly id: string
  readonly anchor: HTMLElement
  readonly labelledBy: string
  readonly shouldTakeFocus: boolean
  readonly onPointerEnter: () => void
  readonly onPointerLeave: () => void
  readonly onRequestClose: (shouldRestoreFocus: boolean) => void
  readonly children: ReactNode
}

const gap = 8
const viewportPadding = 8

/**
 * A non-modal dialog next to the word or term it explains. Floating UI keeps it on screen and on
 * the side of the anchor with room, so it never covers what it explains (WCAG 1.4.13), even at
 * 320 px; it can be hovered, and Tab past either end hands focus back to the text.
 */
export function AnnotationPopover({
  ref,
  id,
  anchor,
  labelledBy,
  shouldTakeFocus,
  onPointerEnter,
  onPointerLeave,
  onRequestClose,
  children,
}: AnnotationPopoverProps) {
  const popoverRef = useRef<HTMLDivElement | null>(null)

  useLayoutEffect(() => {
    const popover = popoverRef.current
    if (!popover) return
    return autoUpdate(anchor, popover, () => {
      void computePosition(anchor, popover, {
        placement: 'bottom-start',
        strategy: 'fixed',
        middleware: [
          offset(gap),
          flip({ padding: viewportPadding }),
          shift({ padding: viewportPadding }),
          size({
            padding: viewportPadding,
            apply({ availableWidth, availableHeight, elements }) {
              elements.floating.style.maxWidth = `${Math.min(availableWidth, 384)}px`
              elements.floating.style.maxHeight = `${Math.max(availableHeight, 120)}px`
            },
          }),
        ],
      }).then(({ x, y }) => {
        popover.style.left = `${x}px`
        popover.style.top = `${y}px`
      })
    })
  }, [anchor])

  useLayoutEffect(() => {
    if (shouldTakeFocus) popoverRef.current?.focus({ preventScroll: true })
  }, [shouldTakeFocus, id])

  function handleKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      onRequestClose(true)
      return
    }
    if (event.key !== 'Tab') return
    const focusable = [...(popoverRef.current?.querySelectorAll<HTMLElement>('button, [href], [tabindex="0"]') ?? [])]
    const isLeavingForward = !event.shiftKey && (focusable.length === 0 || document.activeElement === focusable.at(-1))
    const isLeavingBack =
      event.shiftKey && (focusable.length === 0 || document.activeElement === focusable[0] || document.activeElement === popoverRef.current)
    if (isLeavingForward || isLeavingBack) {
      event.preventDefault()
      onRequestClose(true)
    }
  }

  return (
    <div
      ref={(element) => {
        popoverRef.current = element
        if (typeof ref === 'function') ref(element)
        else if (ref) ref.current = element
      }}
      id={id}
      role="dialog"
      aria-labelledby={labelledBy}
      tabIndex={-1}
      className="annotation-popover"
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      onKeyDown={handleKeyDown}
    >
      {children}
    </div>
  )
}
