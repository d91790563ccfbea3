import type { Plugin } from 'vite'
import { serviceWorkerPolicyName } from '../service-worker/precache-manifest.ts'

/**
 * The built app's Content-Security-Policy: everything from its own origin, no inline script, no
 * eval, no plugins, nothing framed or posted elsewhere (issue 4). Scripts may build DOM only
 * through React, never from strings (Trusted Types), which no code here does.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
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

/**
 * Puts the policy in every built page as a <meta>, so any static host enforces it. Only at build:
 * the dev server's hot reloading needs an inline script. frame-ancestors cannot be set by <meta>;
 * `vite preview` sends it as a header, and a host should too (README).
 */
export function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'selaras:content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy }, injectTo: 'head-prepend' }],
    },
  }
}
