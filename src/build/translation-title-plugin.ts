import { readFile } from 'node:fs/promises'
import type { Plugin } from 'vite'

const translationFile = /\/translations\/[^/]+\.json$/

/** The file of a module id that imports a translation file's title only (`?title`), if it is one. */
function titleOnlyFile(id: string): string | undefined {
  const [file = '', query = ''] = id.split('?', 2)
  return translationFile.test(file) && new URLSearchParams(query).has('title') ? file : undefined
}

/**
 * Lets the library list every article's translated titles (load-article.ts) without loading
 * whole translations, which come with their article: `translations/<language>.json?title` is a
 * module of its own, `{ language, title }` and nothing else. What the file holds is checked where
 * whole translations are (content-check-plugin.ts at build, assemble-article.ts in dev); this
 * only picks.
 */
export function translationTitlePlugin(): Plugin {
  return {
    name: 'selaras:translation-title',
    enforce: 'pre',
    async load(id) {
      const file = titleOnlyFile(id)
      if (file === undefined) return undefined
      this.addWatchFile(file)
      const { language, title } = JSON.parse(await readFile(file, 'utf8')) as { language?: unknown; title?: unknown }
      // JavaScript, not JSON: Vite's JSON handling goes by the file's extension and would take it otherwise.
      return { code: `export default ${JSON.stringify({ language, title })}`, moduleType: 'js' }
    },
  }
}
