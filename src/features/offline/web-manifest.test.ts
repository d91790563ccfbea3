// The install metadata agrees with the app: colours come from app.css, every icon exists at the
// size it claims. (The browser test checks that the built page links it all and it resolves.)
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'

const root = join(import.meta.dirname, '../../..')
const read = (path: string) => readFileSync(join(root, path))

interface ManifestIcon {
  readonly src: string
  readonly sizes: string
  readonly type: string
  readonly purpose: string
}

const manifest = JSON.parse(read('public/manifest.webmanifest').toString('utf8')) as {
  display: string
  start_url: string
  scope: string
  theme_color: string
  background_color: string
  icons: ManifestIcon[]
}

/** A custom property's value in app.css, in the light theme or the dark one. */
function cssColour(name: string, scheme: 'light' | 'dark'): string {
  const css = read('src/app/app.css').toString('utf8')
  const darkStart = /@media [^{]*\(prefers-color-scheme: dark\)/.exec(css)?.index
  if (darkStart === undefined) throw new Error('app.css has no dark theme')
  const block = scheme === 'light' ? css.slice(0, darkStart) : css.slice(darkStart)
  const value = new RegExp(`${name}:\\s*(#[0-9a-f]{6})`, 'i').exec(block)?.[1]
  if (!value) throw new Error(`app.css has no ${name} in the ${scheme} theme`)
  return value
}

/** Width and height from a PNG's header (the IHDR chunk always comes first). */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`
}

test('the installed app opens standalone on the library, coloured like the page', () => {
  expect(manifest.display).toBe('standalone')
  expect(manifest.start_url).toBe('./')
  expect(manifest.scope).toBe('./')
  // The title bar continues the header; the splash screen is the page's background.
  expect(manifest.theme_color).toBe(cssColour('--surface', 'light'))
  expect(manifest.background_color).toBe(cssColour('--bg', 'light'))
})

test('index.html sets the theme colour for light and dark, from the header of each theme', () => {
  const html = read('index.html').toString('utf8')
  expect(html).toContain(`<meta name="theme-color" content="${cssColour('--surface', 'light')}" media="(prefers-color-scheme: light)" />`)
  expect(html).toContain(`<meta name="theme-color" content="${cssColour('--surface', 'dark')}" media="(prefers-color-scheme: dark)" />`)
})

test('every icon exists at its stated size: SVG, PNG 192 and 512, and a maskable one', () => {
  for (const icon of manifest.icons) {
    const bytes = read(`public/${icon.src}`)
    if (icon.type === 'image/png') expect(pngSize(bytes), icon.src).toBe(icon.sizes)
    else expect(bytes.toString('utf8'), icon.src).toMatch(/^<svg /)
  }
  const pngSizes = manifest.icons.filter((icon) => icon.type === 'image/png').map((icon) => icon.sizes)
  expect(pngSizes).toEqual(expect.arrayContaining(['192x192', '512x512']))
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
  expect(pngSize(read('public/icons/apple-touch-icon.png'))).toBe('180x180')
})
