import { StrictMode, startTransition, useEffect, type ReactNode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { App } from './app/app'
import { matchRoute } from './app/routes'
import { preloadArticle } from './content/load-article'

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root element')
const { pathname } = window.location

/**
 * Marks <html data-interactive> once the app has mounted or hydrated: prerendered text shows
 * earlier, but a press before this moment does nothing. Benchmarks and browser tests wait for it.
 */
function MarkInteractive({ children }: { children: ReactNode }) {
  useEffect(() => {
    document.documentElement.dataset.interactive = ''
  }, [])
  return children
}

const app = (
  <StrictMode>
    <MarkInteractive>
      <App pathname={pathname} />
    </MarkInteractive>
  </StrictMode>
)

// The build prerenders each page (src/build/prerender-plugin.ts). Hydrate only the page the HTML was
// made for: a server that answers an unknown path with the library's HTML gets a fresh render.
async function mount(root: HTMLElement): Promise<void> {
  if (root.dataset.prerenderedPath === pathname) {
    const route = matchRoute(pathname)
    try {
      if (route.page === 'article') await preloadArticle(route.slug)
      // As a transition, hydration yields to the browser every few milliseconds instead of holding
      // the main thread for the whole article (a book's was one task of 2 s); a press that comes
      // first makes React finish hydrating at once, then handles it.
      startTransition(() => {
        hydrateRoot(root, app)
      })
      return
    } catch {
      // The article failed to load: the fresh render below shows why, in place of the stale HTML.
    }
  }
  root.replaceChildren()
  createRoot(root).render(app)
}

void mount(container)
