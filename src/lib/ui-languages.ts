export const uiLanguages = ['en', 'id'] as const
export type UiLanguage = (typeof uiLanguages)[number]

/** The language of prerendered pages and of readers whose browser asks for none the UI speaks. */
export const defaultUiLanguage: UiLanguage = 'en'

/** The first of the browser's preferred languages that the UI speaks, else English. */
export function detectUiLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0]
    // "in" is the pre-1989 ISO code for Indonesian, still sent by some older Android builds.
    if (base === 'id' || base === 'in') return 'id'
    if (base === 'en') return 'en'
  }
  return defaultUiLanguage
}
