import { memo, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react'
import { I18nextProvider, useTranslation } from 'react-i18next'
import { UpdateNotice } from '../features/offline/update-notice'
import { StorageNotice } from '../features/settings/storage-notice'
import { UiLanguageSelect } from '../features/settings/ui-language-select'
import { usePreferences } from '../features/settings/use-preferences'
import type { ReaderView } from '../lib/reader-view'
import type { UiLanguage } from '../lib/ui-languages'
import { ArticlePage } from './article-page'
import { createI18n } from './i18n'
import { LibraryPage } from './library-page'
import { libraryPath, matchRoute } from './routes'
import { useIsHydrating } from './use-is-hydrating'
import './app.css'

export function App({ pathname }: { pathname: string }) {
  const { preferences, storageProblem, updatePreferences, dismissStorageProblem } = usePreferences(useIsHydrating())
  const [i18n] = useState(() => createI18n(preferences.uiLanguage))

  // i18next lives outside React, so it follows the preference: a change of language, and the
  // reader's own language once a page prerendered in the default one has hydrated.
  useEffect(() => {
    if (i18n.language !== preferences.uiLanguage) void i18n.changeLanguage(preferences.uiLanguage)
  }, [i18n, preferences.uiLanguage])

  const changeUiLanguage = useCallback((uiLanguage: UiLanguage) => updatePreferences({ uiLanguage }), [updatePreferences])

  // One object while its parts stay the same: the render right after hydration, which applies the
  // reader's own preferences, then stops here when they are the defaults the page was built with,
  // instead of rendering the whole reader again in one task (at CPU 4x, React's synchronous render
  // and commit took 93–97 ms a load, now 42–55 ms; README, design notes).
  const { layout, areTranslationsShown, translationStyle } = preferences
  const view = useMemo<ReaderView>(
    () => ({ layout, areTranslationsShown, translationStyle }),
    [layout, areTranslationsShown, translationStyle],
  )

  return (
    <I18nextProvider i18n={i18n}>
      <Shell
        pathname={pathname}
        uiLanguage={preferences.uiLanguage}
        onUiLanguageChange={changeUiLanguage}
        view={view}
        onViewChange={updatePreferences}
        notice={storageProblem && <StorageNotice problem={storageProblem} onDismiss={dismissStorageProblem} />}
      />
    </I18nextProvider>
  )
}

interface ShellProps {
  readonly pathname: string
  readonly uiLanguage: UiLanguage
  readonly onUiLanguageChange: (language: UiLanguage) => void
  readonly view: ReaderView
  readonly onViewChange: (view: ReaderView) => void
  readonly notice: ReactNode
}

const Shell = memo(function Shell({ pathname, uiLanguage, onUiLanguageChange, view, onViewChange, notice }: ShellProps) {
  const { t } = useTranslation()
  const route = matchRoute(pathname)
  return (
    <>
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <header className="app-header">
        <a className="app-name" href={libraryPath()}>
          {t('appName')}
        </a>
        <p className="app-tagline">{t('tagline')}</p>
        <UiLanguageSelect value={uiLanguage} onChange={onUiLanguageChange} />
      </header>
      {notice}
      <UpdateNotice />
      <main id="main" tabIndex={-1}>
        {route.page === 'article' ? (
          <ArticlePage slug={route.slug} view={view} onViewChange={onViewChange} />
        ) : route.page === 'library' ? (
          <LibraryPage />
        ) : (
          <section className="article-error">
            <h1>{t('articleError.notFound', { slug: pathname })}</h1>
          </section>
        )}
      </main>
    </>
  )
})
