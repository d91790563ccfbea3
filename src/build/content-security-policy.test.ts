import { describe, expect, test } from 'vitest'
import { contentSecurityPolicy, inlineStylesheets, styleHashSource } from './content-security-policy'

describe('inlineStylesheets', () => {
  const page = '<head><link rel="stylesheet" crossorigin href="/assets/index-a.css"><link rel="icon" href="/favicon.svg"></head>'

  test('puts a built stylesheet inline and gives the source that allows exactly it', () => {
    const css = '.reader{display:grid}'
    const { html, styleSources } = inlineStylesheets(page, (href) => (href === '/assets/index-a.css' ? css : undefined))
    expect(html).toBe('<head><style>.reader{display:grid}</style><link rel="icon" href="/favicon.svg"></head>')
    expect(styleSources).toEqual([styleHashSource(css)])
    expect(styleSources[0]).not.toBe(styleHashSource(`${css} `))
  })

  test('leaves a stylesheet it does not have alone', () => {
    expect(inlineStylesheets(page, () => undefined)).toEqual({ html: page, styleSources: [] })
  })

  test('refuses a stylesheet that would end its <style> early', () => {
    expect(() => inlineStylesheets(page, () => 'a::after{content:"</style>"}')).toThrow('/assets/index-a.css: contains "</style"')
  })
})

test('a style hash is the base64 SHA-256 of the exact text, as CSP Level 2 defines it', () => {
  // SHA-256 of nothing, a published test vector.
  expect(styleHashSource('')).toBe("'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='")
})

test('the policy allows inline styles by hash only, and no inline script or eval', () => {
  const policy = contentSecurityPolicy(["'sha256-abc='"])
  expect(policy).toContain("style-src 'self' 'sha256-abc='")
  expect(policy).toContain("script-src 'self';")
  expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/)
})
