/** What the build writes into the app's index.html to make one prerendered page. */
export interface PageFill {
  readonly pathname: string
  readonly title: string
  /** The app's markup for #root, as React rendered it (already escaped). */
  readonly html: string
  /** Scripts the page needs before it can hydrate, fetched while the entry script loads. */
  readonly preloads: readonly string[]
}

const rootElement = '<div id="root"></div>'

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`)
}

/** Fills the built index.html with one page; throws if the template lost the marks it needs. */
export function fillPageTemplate(template: string, page: PageFill): string {
  if (!template.includes(rootElement)) throw new Error(`index.html: no empty ${rootElement} to prerender into`)
  if (!/<title>[^<]*<\/title>/.test(template)) throw new Error('index.html: no <title> to set')
  const preloads = page.preloads.map((href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`).join('\n    ')
  return template
    .replace(/<title>[^<]*<\/title>/, () => `<title>${escapeHtml(page.title)}</title>`)
    .replace('</head>', () => (preloads ? `  ${preloads}\n  </head>` : '</head>'))
    .replace(rootElement, () => `<div id="root" data-prerendered-path="${escapeHtml(page.pathname)}">${page.html}</div>`)
}

/**
 * Where a page's HTML goes in the build output: `/articles/x` in `articles/x.html`, which Vite's
 * preview server and the usual static hosts serve for that clean URL.
 */
export function pageFilePath(pathname: string, base: string): string {
  const relative = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '')
  return relative === '' ? 'index.html' : `${decodeURIComponent(relative).replace(/\/$/, '')}.html`
}
