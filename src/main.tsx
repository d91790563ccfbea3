import { StrictMode, useEffect, type ReactNode } from 'react'
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
      // Not inside startTransition: React would then time-slice hydration, shorter tasks at load
      // (Lighthouse TBT 159 -> 61 ms) but the seed article answered ~0.5 s later at 4x CPU, and the
      // first press on a 5,000-sentence article after hydration stalled for ~2 s.
      hydrateRoot(root, app)
      return
    } catch {
      // The article failed to load: the fresh render below shows why, in place of the stale HTML.
    }
  }
  root.replaceChildren()
  createRoot(root).render(app)
}

void mount(container)
