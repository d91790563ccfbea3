// What the reader shows of the glossary and the word look-up, in one chunk loaded on demand
// (src/app/reader-annotations.tsx): none of it is needed before the article is interactive.
export { GlossaryPanel } from '../features/glossary/glossary-panel'
export { TermDetails } from '../features/glossary/term-details'
export { preloadWordData, WordLookUp } from '../features/lookup/word-look-up'
