/** A press held for later: the element it was made on, the event that makes it again, what to set first. */
interface Held {
  readonly target: Element
  readonly event: Event
  readonly prepare?: () => void
}

/**
 * Holds the presses made on prerendered HTML before the app has hydrated, and replays them once it
 * has. React hydrates in slices (main.tsx), and a press between two slices could be lost: a browser
 * test saw "Show translations" pressed then and ignored. So until `release`, each click inside
 * `root` (a tap, a mouse click, or Enter or Space on a button, link or checkbox, which the browser
 * turns into a click) and each Enter or Space on any other element (a sentence, a term: the app's
 * own keyboard handlers) has its default action and its propagation stopped, and is replayed, in
 * order, as the same event on the same element. Choices made on its controls before this ran at
 * all are undone and replayed first (undoEarlierChoices).
 */
export function holdPresses(root: HTMLElement): () => Promise<void> {
  const held: Held[] = undoEarlierChoices(root)
  const replays = new WeakSet<Event>()

  const hold = (event: Event) => {
    const { target } = event
    if (replays.has(event) || !(target instanceof Element) || !root.contains(target)) return
    const replay = replayOf(event, target)
    if (!replay) return
    event.preventDefault()
    event.stopImmediatePropagation()
    held.push({ target, event: replay })
  }

  // On window, in the capture phase: ahead of React's listeners on the root.
  window.addEventListener('click', hold, true)
  window.addEventListener('keydown', hold, true)

  /**
   * One press a task, as a reader makes them: the app renders in between, so a press acts on what
   * the one before did (two in one task would both act on the state before either). Presses made
   * meanwhile wait their turn behind them.
   */
  let releasing: Promise<void> | undefined
  // Once: React's StrictMode runs the effect that calls it twice in development.
  return function release() {
    return (releasing ??= new Promise((resolve) => {
      const replayNext = () => {
        const press = held.shift()
        if (!press) {
          window.removeEventListener('click', hold, true)
          window.removeEventListener('keydown', hold, true)
          resolve()
          return
        }
        // A press on HTML that a fresh render has since replaced has nothing left to act on.
        if (press.target.isConnected) {
          press.prepare?.()
          replays.add(press.event)
          press.target.dispatchEvent(press.event)
        }
        setTimeout(replayNext, 0)
      }
      replayNext()
    }))
  }
}

/**
 * Choices made on the prerendered controls before the app's code ran, which the browser has
 * already carried out on the control alone: hydration would put each control back to what the app
 * rendered, and the reader's choice would be lost without a word. Each is undone and held as what
 * makes it again, for the app: a click on a checkbox or on the chosen radio button, a select set
 * to the chosen option and its change. Which came first is not known: they replay in page order.
 */
function undoEarlierChoices(root: HTMLElement): Held[] {
  const choices: Held[] = []
  const inputs = root.querySelectorAll('input')
  for (const input of inputs) {
    if ((input.type !== 'checkbox' && input.type !== 'radio') || input.checked === input.defaultChecked) continue
    if (input.type === 'radio' && !input.checked) continue // the one the choice left: its group's click says it
    choices.push({ target: input, event: new MouseEvent('click', { bubbles: true, cancelable: true }) })
  }
  for (const input of inputs) input.checked = input.defaultChecked
  for (const select of root.querySelectorAll('select')) {
    const chosen = select.value
    const rendered = [...select.options].find((option) => option.defaultSelected) ?? select.options[0]
    if (!rendered || rendered.value === chosen) continue
    select.value = rendered.value
    choices.push({ target: select, event: new Event('change', { bubbles: true }), prepare: () => (select.value = chosen) })
  }
  return choices
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
