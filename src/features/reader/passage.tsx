import { useDeferredValue, useRef, type ReactNode } from 'react'
import { TranslationsShownByDefault } from './unit-row'
import { useNearViewport } from './use-near-viewport'

/**
 * A run of paragraphs (reader.tsx groups them). Passages on or near the screen follow the global
 * translation switch in the same frame; the others follow it just after, in a render React can
 * interrupt (useDeferredValue), so that the switch answers at once on a book of thousands of
 * sentences instead of re-rendering every one of them before the next paint (issue 4).
 */
export function Passage({ areTranslationsShownByDefault, children }: { areTranslationsShownByDefault: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const isNear = useNearViewport(ref)
  const deferred = useDeferredValue(areTranslationsShownByDefault)
  return (
    <div className="passage" ref={ref}>
      <TranslationsShownByDefault value={isNear ? areTranslationsShownByDefault : deferred}>{children}</TranslationsShownByDefault>
    </div>
  )
}
