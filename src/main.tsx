import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { holdPresses } from './app/hold-presses'
import { matchRoute } from './app/routes'
import { preloadArticle } from './content/load-article'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const { pathname } = window.location

/**
 * Once the app has mounted or hydrated, lets the presses held until then through, and when they
 * have acted marks <html data-interactive>. Benchmarks and browser tests wait for the mark.
 */
function MarkInteractive({ onInteractive, children }: { onInteractive: () => Promise<void>; children: ReactNode }) {
  useEffect(() => {
    void onInteractive().then(() => {
      document.documentElement.dataset.interactive = ''
    })
  }, [onInteractive])
  return children
}

const app = (onInteractive: () => Promise<void>) => (
  <StrictMode>
    <MarkInteractive onInteractive={onInteractive}>
      <App pathname={pathname} />
    </MarkInteractive>
  </StrictMode>
)

// The build prerenders each page (src/build/prerender-plugin.ts). Hydrate only the page the HTML was
// made for: a server that answers an unknown path with the library's HTML gets a fresh render.
async function mount(root: HTMLElement): Promise<void> {
  const isPrerendered = root.dataset.prerenderedPath === pathname
  // The prerendered text can be pressed long before it is hydrated: those presses wait for it.
  const releasePresses = isPrerendered ? holdPresses(root) : () => Promise.resolve()
  if (isPrerendered) {
    const route = matchRoute(pathname)
    try {
      if (route.page === 'article') await preloadArticle(route.slug)
      // A transition, so React hydrates in slices of a few milliseconds: no long task at load
      // (README, design notes).
      startTransition(() => {
        hydrateRoot(root, app(releasePresses))
      })
      return
    } catch {
      // The article failed to load: the fresh render below shows why, in place of the stale HTML.
    }
  }
  root.replaceChildren()
  createRoot(root).render(app(releasePresses))
}

void mount(container)
