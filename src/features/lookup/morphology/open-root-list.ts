import { parseRootList, type OpenRootList } from './root-list'

/**
 * The open root list, fetched on first need: about 330 KB of text that look-ups of the curated
 * lexicon's own words never touch, so the reader does not pay for it up front.
 */
export async function loadOpenRootList(): Promise<OpenRootList> {
  const [roots, affixable] = await Promise.all([
    import('../../../content/lexicon/hunspell-id/roots.txt?raw'),
    import('../../../content/lexicon/hunspell-id/affixable.txt?raw'),
  ])
  return { roots: parseRootList(roots.default), affixable: parseRootList(affixable.default) }
}
