// @vitest-environment node
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { preview, type PreviewServer } from 'vite'
import { afterAll, beforeAll, expect, test } from 'vitest'
import { precompressFiles, servePrecompressed } from '../bench/precompressed-files'

const dir = mkdtempSync(join(tmpdir(), 'selaras-precompressed-'))
let server: PreviewServer
let baseUrl = ''

beforeAll(async () => {
  writeFileSync(join(dir, 'page.html'), '<!doctype html><title>page</title><p>as built</p>')
  writeFileSync(join(dir, 'app.js'), 'console.log("as built")')
  writeFileSync(join(dir, 'data.json'), '{"as": "built"}')
  precompressFiles(dir)
  // The page's .gz is made to differ from the page, so that a response from it can be told apart.
  writeFileSync(join(dir, 'page.html.gz'), gzipSync('<!doctype html><title>page</title><p>precompressed</p>'))
  server = await preview({
    configFile: false,
    root: dir,
    logLevel: 'silent',
    build: { outDir: dir },
    preview: { port: 0, host: '127.0.0.1' },
    plugins: [servePrecompressed(dir)],
  })
  baseUrl = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? ''
})

afterAll(async () => {
  await server.close()
  rmSync(dir, { recursive: true, force: true })
})

function get(path: string, acceptEncoding: string): Promise<{ headers: Record<string, unknown>; body: Buffer }> {
  return new Promise((resolve, reject) => {
    request(`${baseUrl}${path}`, { headers: { 'accept-encoding': acceptEncoding } }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () => resolve({ headers: response.headers, body: Buffer.concat(chunks) }))
      response.on('error', reject)
    })
      .on('error', reject)
      .end()
  })
}

test('pages, scripts and stylesheets get a .gz beside them; other files do not', () => {
  expect(existsSync(join(dir, 'page.html.gz'))).toBe(true)
  expect(gunzipSync(readFileSync(join(dir, 'app.js.gz'))).toString()).toBe('console.log("as built")')
  expect(existsSync(join(dir, 'data.json.gz'))).toBe(false)
})

test('a request that accepts gzip gets the .gz file as it is, with its type', async () => {
  const { headers, body } = await get('/page.html', 'gzip, deflate, br')
  expect(headers['content-encoding']).toBe('gzip')
  expect(headers['content-type']).toBe('text/html;charset=utf-8')
  expect(gunzipSync(body).toString()).toContain('precompressed')
})

test('a request that does not accept gzip, or a file with no .gz, is served as before', async () => {
  const plain = await get('/page.html', 'identity')
  expect(plain.headers['content-encoding']).toBeUndefined()
  expect(plain.body.toString()).toContain('as built')
  const json = await get('/data.json', 'identity')
  expect(json.body.toString()).toBe('{"as": "built"}')
})
