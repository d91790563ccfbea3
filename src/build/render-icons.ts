// Renders the app's PNG icons from public/favicon.svg, in Chromium: `npx tsx src/build/render-icons.ts`.
// Run it again after changing the favicon; the PNGs are committed, so a build needs no browser.
import { writeFile } from 'node:fs/promises'
import { readFileSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { chromiumArgs, findChromium } from '../../tests/browser.mjs'

const publicDir = new URL('../../public/', import.meta.url)
const favicon = readFileSync(new URL('favicon.svg', publicDir), 'utf8')

// A maskable icon (and Apple's, which iOS rounds itself) must fill its square: the same drawing
// without the rounded corners. Its lines sit within the central 80% circle that every mask keeps.
const fullBleed = favicon.replace(' rx="14"', '')
if (fullBleed === favicon) throw new Error('favicon.svg changed: its background rect no longer has rx="14"')

const icons = [
  { file: 'icons/icon-192.png', size: 192, svg: favicon },
  { file: 'icons/icon-512.png', size: 512, svg: favicon },
  { file: 'icons/maskable-512.png', size: 512, svg: fullBleed },
  { file: 'icons/apple-touch-icon.png', size: 180, svg: fullBleed },
]

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs })
try {
  const page = await browser.newPage()
  for (const { file, size, svg } of icons) {
    await page.setViewportSize({ width: size, height: size })
    const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `)
    await page.setContent(`<style>html,body{margin:0;background:transparent}svg{display:block}</style>${sized}`)
    await writeFile(new URL(file, publicDir), await page.screenshot({ omitBackground: true }))
    console.log(`public/${file}: ${size}x${size}`)
  }
} finally {
  await browser.close()
}
