/**
 * The vocabulary of how an article is shown. It lives here, not in a feature, because the reader
 * renders it and the settings feature persists it.
 */
export const layouts = ['side-by-side', 'interlinear', 'original'] as const
export type Layout = (typeof layouts)[number]

export const translationStyles = ['natural', 'literal'] as const
export type TranslationStyle = (typeof translationStyles)[number]

export interface ReaderView {
  readonly layout: Layout
  /** The global switch; a single sentence can still be revealed or hidden on its own. */
  readonly areTranslationsShown: boolean
  readonly translationStyle: TranslationStyle
}

export const defaultReaderView: ReaderView = {
  layout: 'side-by-side',
  areTranslationsShown: true,
  translationStyle: 'natural',
}
