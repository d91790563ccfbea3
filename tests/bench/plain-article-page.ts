import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { ArticleMeta, OriginalFile, Translation } from '../../src/content/article-schema'

/**
 * The seed article as one static HTML page with no JavaScript: the physical limit for showing
 * this text, against which the app's first screen is compared. It uses the app's own built
 * styles (inline, as the app's pages have them) and the app's row markup in the default
 * side-by-side layout, so that both pages lay out and paint the same text the same way; only the
 * route to the DOM differs.
 */
export function plainArticleHtml(articleDir: string, styles: readonly string[]): string {
  const read = <T>(name: string) => JSON.parse(readFileSync(join(articleDir, name), 'utf8')) as T
  const meta = read<ArticleMeta>('meta.json')
  const original = read<OriginalFile>('original.json')
  const translation = read<Translation>('translations/en.json')
  const lang = translation.language

  const rows = original.paragraphs.map((paragraph) => {
    const units = paragraph.units.map((unit) => {
      const unitTranslation = translation.units[unit.id]
      const notes =
        unitTranslation && unitTranslation.notes.length > 0
          ? `<details class="unit-notes"><summary>Notes (${unitTranslation.notes.length})</summary><ul lang="${lang}">${unitTranslation.notes
              .map((note) => `<li>${escapeHtml(note)}</li>`)
              .join('')}</ul></details>`
          : ''
      const translated = unitTranslation
        ? `<span lang="${lang}" data-unit="${unit.id}" class="unit-text">${escapeHtml(unitTranslation.natural)}</span>${notes}`
        : ''
      return `<div class="unit-row unit-row--${unit.kind}" id="${unit.id}"><div class="unit-original"><span lang="id" data-unit="${unit.id}" class="unit-text">${escapeHtml(
        unit.text,
      )}</span></div><div class="unit-translation" data-visible="true">${translated}</div></div>`
    })
    return `<div class="paragraph">${units.join('')}</div>`
  })

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(meta.title)}</title>
${styles.join('\n')}
</head>
<body>
<main id="main">
<div class="reader" data-layout="side-by-side">
<header class="article-header">
<p class="article-source">Source: ${escapeHtml(meta.source)} · <span lang="id">${escapeHtml(meta.dateline)}</span>, <span lang="id">${escapeHtml(meta.datePrinted)}</span></p>
<h1 id="article-title" lang="id">${escapeHtml(meta.title)}</h1>
<p class="article-title-translation" lang="${lang}">${escapeHtml(translation.title)}</p>
</header>
<article class="article" aria-labelledby="article-title">
<div class="column-headings" aria-hidden="true"><span>Indonesian (original)</span><span>English (translation)</span></div>
${rows.join('\n')}
</article>
</div>
</main>
</body>
</html>
`
}

/** The style elements and stylesheet links of a built index.html, as written, in order. */
export function stylesOf(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/<style>[^]*?<\/style>|<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((match) => match[0])
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)
}
