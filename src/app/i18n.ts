import i18next, { type i18n } from 'i18next'
import { initReactI18next } from 'react-i18next'
import enCommon from '../../locales/en/common.json'
import enGlossary from '../../locales/en/glossary.json'
import enLookup from '../../locales/en/lookup.json'
import enReader from '../../locales/en/reader.json'
import idCommon from '../../locales/id/common.json'
import idGlossary from '../../locales/id/glossary.json'
import idLookup from '../../locales/id/lookup.json'
import idReader from '../../locales/id/reader.json'
import type { UiLanguage } from '../lib/ui-languages'

// The UI strings are a few kilobytes: bundling them beats a network round trip before first paint.
export const resources = {
  en: { common: enCommon, reader: enReader, glossary: enGlossary, lookup: enLookup },
  id: { common: idCommon, reader: idReader, glossary: idGlossary, lookup: idLookup },
} as const

export const defaultNamespace = 'common'

/** A fresh instance per app, so tests and (later) prerendering never share language state. */
export function createI18n(language: UiLanguage): i18n {
  const instance = i18next.createInstance()
  void instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    supportedLngs: ['en', 'id'],
    resources,
    ns: Object.keys(resources.en),
    defaultNS: defaultNamespace,
    initAsync: false,
    // React escapes text itself; escaping here would show "&amp;" to readers.
    interpolation: { escapeValue: false },
  })
  // Screen readers pick their voice from <html lang>; it must follow the UI language. (A page
  // prerendered at build has no document: its template carries the language.)
  const setDocumentLanguage = (lng: string) => {
    // Only on a change: setting it to the value it already has took 11 ms at load on an article
    // of 5,000 sentences (CPU profile, unslowed), in the setter itself.
    if (typeof document !== 'undefined' && document.documentElement.lang !== lng) document.documentElement.lang = lng
  }
  setDocumentLanguage(language)
  instance.on('languageChanged', setDocumentLanguage)
  return instance
}
