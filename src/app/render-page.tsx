import { StrictMode } from 'react'
import { renderToString } from 'react-dom/server'
import { listArticles, preloadArticle } from '../content/load-article'
import { App } from './app'
import { documentTitle } from './article-page'
import { resources } from './i18n'
import { articlePath, libraryPath, matchRoute } from './routes'
import { defaultUiLanguage } from '../lib/ui-languages'

export interface RenderedPage {
  readonly pathname: string
  /** The markup that goes inside #root. */
  readonly html: string
  readonly title: string
}

/** Every page worth prerendering: the library and each article whose content is sound. */
export function prerenderPaths(): string[] {
  return [libraryPath(), ...listArticles().flatMap((entry) => (entry.meta ? [articlePath(entry.slug)] : []))]
}

/**
 * A page as the app renders it with the default preferences, for the build to write into HTML.
 * A broken article throws its content problems, so a bad content file fails the build.
 */
export async function renderPage(pathname: string): Promise<RenderedPage> {
  const appName = resources[defaultUiLanguage].common.appName
  const route = matchRoute(pathname)
  const article = route.page === 'article' ? await preloadArticle(route.slug) : undefined
  const html = renderToString(
    <StrictMode>
      <App pathname={pathname} />
    </StrictMode>,
  )
  return { pathname, html, title: article ? documentTitle(article.meta.title, appName) : appName }
}
