/**
 * Holds the presses made on prerendered HTML before the app has hydrated, and replays them once it
 * has. React hydrates in slices (main.tsx), and a press between two slices could be lost: a browser
 * test saw "Show translations" pressed then and ignored. So until `release`, each click inside
 * `root` (a tap, a mouse click, or Enter or Space on a button, link or checkbox, which the browser
 * turns into a click) and each Enter or Space on any other element (a sentence, a term: the app's
 * own keyboard handlers) has its default action and its propagation stopped, and is replayed, in
 * order, as the same event on the same element.
 */
export function holdPresses(root: HTMLElement): () => void {
  const held: { readonly target: Element; readonly replay: Event }[] = []

  const hold = (event: Event) => {
    const { target } = event
    if (!(target instanceof Element) || !root.contains(target)) return
    const replay = replayOf(event, target)
    if (!replay) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push({ target, replay })
  }

  // On window, in the capture phase: ahead of React's listeners on the root.
  window.addEventListener('click', hold, true)
  window.addEventListener('keydown', hold, true)

  return function release() {
    window.removeEventListener('click', hold, true)
    window.removeEventListener('keydown', hold, true)
    // A press on HTML that a fresh render has since replaced has nothing left to act on.
    for (const { target, replay } of held.splice(0)) if (target.isConnected) target.dispatchEvent(replay)
  }
}

/** Native controls act on Enter or Space through the click the browser makes of it: held as that. */
const controlsSelector = 'a[href], button, input, select, textarea, summary, [contenteditable]'

// An event is a valid init for its own kind: the copy has the same coordinates, keys and detail.
function replayOf(event: Event, target: Element): Event | undefined {
  if (event instanceof MouseEvent && event.type === 'click') return new MouseEvent('click', event)
  const isPress = event instanceof KeyboardEvent && (event.key === 'Enter' || event.key === ' ')
  if (!isPress || event.ctrlKey || event.altKey || event.metaKey || target.closest(controlsSelector)) return undefined
  return new KeyboardEvent('keydown', event)
}
