import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Plugin, ResolvedConfig, Rollup } from 'vite'
import { serviceWorkerPolicyName } from '../service-worker/precache-manifest.ts'

/** The file the build writes the policy header into, in the format Netlify and Cloudflare Pages read. */
export const headersFileName = '_headers'

/** The CSP source that allows exactly one inline `<style>` element's content. */
export function styleHashSource(css: string): string {
  return `'sha256-${createHash('sha256').update(css).digest('base64')}'`
}

/**
 * The built app's Content-Security-Policy: everything from its own origin, no inline script, no
 * eval, no plugins, nothing framed or posted elsewhere (issue 4). The one inline content is the
 * page's stylesheet, allowed by its hash alone. Scripts may build DOM only through React, never
 * from strings (Trusted Types), which no code here does.
 */
export function contentSecurityPolicy(inlineStyleSources: readonly string[]): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...inlineStyleSources].join(' '),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "require-trusted-types-for 'script'",
    // One policy, for the offline worker's URL: register() is a Trusted Types sink.
    `trusted-types ${serviceWorkerPolicyName}`,
  ].join('; ')
}

const stylesheetLink = /<link rel="stylesheet"[^>]*? href="([^"]+)"[^>]*>/g

/**
 * The page with each stylesheet it links from the build put inline, in a `<style>`, and the
 * sources a policy needs to allow them. A linked stylesheet blocks the first paint for one more
 * request; inline, the text paints with the HTML (Lighthouse's simulated FCP: ~1.70 s -> ~1.56 s).
 */
export function inlineStylesheets(html: string, cssOf: (href: string) => string | undefined): { html: string; styleSources: string[] } {
  const styleSources: string[] = []
  const inlined = html.replace(stylesheetLink, (link, href: string) => {
    const css = cssOf(href)
    if (css === undefined) return link
    // Its own end tag inside would end the element early; no stylesheet of ours has one.
    if (/<\/style/i.test(css)) throw new Error(`${href}: contains "</style", cannot be inlined`)
    styleSources.push(styleHashSource(css))
    return `<style>${css}</style>`
  })
  return { html: inlined, styleSources }
}

/**
 * At build: puts the app's stylesheet inline in index.html (which every page is made from) and
 * the policy in it as a <meta>, so any static host enforces it; and writes the policy, with
 * `frame-ancestors 'none'` (which a <meta> cannot set), to `_headers` for the host to send and
 * `vite preview` sends. Only at build: the dev server's hot reloading needs an inline script.
 */
export function contentSecurityPolicyPlugin(): Plugin {
  let config: ResolvedConfig
  let outDir: string
  let policy: string | undefined
  return {
    name: 'selaras:content-security-policy',
    configResolved(resolved) {
      config = resolved
      outDir = resolve(config.root, config.build.outDir)
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, { bundle }) {
        if (!bundle) return html
        const inlined = inlineStylesheets(html, (href) => cssAsset(bundle, href.slice(config.base.length)))
        policy = contentSecurityPolicy(inlined.styleSources)
        return {
          html: inlined.html,
          tags: [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: policy }, injectTo: 'head-prepend' }],
        }
      },
    },
    async writeBundle() {
      if (policy === undefined) return
      await writeFile(join(outDir, headersFileName), `/*\n  Content-Security-Policy: ${policy}; frame-ancestors 'none'\n`)
    },
    configurePreviewServer(server) {
      const header = readFile(join(outDir, headersFileName), 'utf8').then(
        (text) => /Content-Security-Policy: (.*)/.exec(text)?.[1],
        () => undefined,
      )
      server.middlewares.use((_request, response, next) => {
        void header.then((value) => {
          if (value) response.setHeader('Content-Security-Policy', value)
          next()
        })
      })
    },
  }
}

function cssAsset(bundle: Rollup.OutputBundle, fileName: string): string | undefined {
  const output = bundle[fileName]
  return output?.type === 'asset' && fileName.endsWith('.css') ? String(output.source) : undefined
}
