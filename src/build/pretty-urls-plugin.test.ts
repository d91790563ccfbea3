import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { prettyUrlFile } from './pretty-urls-plugin'

const outDir = mkdtempSync(join(tmpdir(), 'selaras-pretty-'))
mkdirSync(join(outDir, 'articles'))
writeFileSync(join(outDir, 'articles', 'kata kata.html'), '<!doctype html>')

test('a pretty URL with a prerendered page is served as that page’s file, its query kept', () => {
  expect(prettyUrlFile(outDir, '/', '/articles/kata%20kata')).toBe('/articles/kata%20kata.html')
  expect(prettyUrlFile(outDir, '/', '/articles/kata%20kata?x=1')).toBe('/articles/kata%20kata.html?x=1')
})

test('anything else is left to the server: files, folders, unknown pages, escapes, bad escapes', () => {
  for (const url of ['/articles/kata%20kata.html', '/articles/', '/articles/none', '/..%2F..%2Fetc%2Fpasswd', '/articles/%E0%A4%A']) {
    expect(prettyUrlFile(outDir, '/', url), url).toBeUndefined()
  }
})
