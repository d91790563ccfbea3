import { describe, expect, test } from 'vitest'
import { fillPageTemplate, pageFilePath } from './page-template'

const template = `<!doctype html>
<html lang="en">
  <head>
    <title>Selaras</title>
    <script type="module" crossorigin src="/assets/index-x.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-x.js">
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>`

describe('fillPageTemplate', () => {
  test('puts the markup in #root, names the page it was made for, sets the title and preloads', () => {
    const page = fillPageTemplate(template, {
      pathname: '/articles/a',
      title: 'Lavrov: "Dunia Islam" & <Rusia> · Selaras',
      html: '<main>teks</main>',
      preloads: ['/assets/original-x.js'],
    })
    expect(page).toContain('<div id="root" data-prerendered-path="/articles/a"><main>teks</main></div>')
    expect(page).toContain('<title>Lavrov: &#34;Dunia Islam&#34; &#38; &#60;Rusia&#62; · Selaras</title>')
  })

  test("moves the app's scripts from the head to the end of the body, in order, the page's preloads last", () => {
    const page = fillPageTemplate(template, { pathname: '/articles/a', title: 't', html: '', preloads: ['/assets/original-x.js'] })
    expect(page).toContain(`    <title>t</title>
  </head>
  <body>
    <div id="root" data-prerendered-path="/articles/a"></div>
    <script type="module" crossorigin src="/assets/index-x.js"></script>
    <link rel="modulepreload" crossorigin href="/assets/vendor-x.js">
    <link rel="modulepreload" crossorigin href="/assets/original-x.js">
  </body>`)
  })

  test('leaves "$&" in the markup as written instead of reading it as a replacement pattern', () => {
    const page = fillPageTemplate(template, { pathname: '/', title: 'US$ 5', html: '<p>US$& 2,7 miliar</p>', preloads: [] })
    expect(page).toContain('<p>US$& 2,7 miliar</p>')
    expect(page).toContain('<title>US$ 5</title>')
  })

  test('a template without an empty #root or a title is an error that says so', () => {
    const fill = { pathname: '/', title: 't', html: '', preloads: [] }
    expect(() => fillPageTemplate(template.replace('<div id="root"></div>', ''), fill)).toThrow('index.html: no empty <div id="root"></div>')
    expect(() => fillPageTemplate(template.replace('<title>Selaras</title>', ''), fill)).toThrow('index.html: no <title>')
    expect(() => fillPageTemplate(template.replace('</body>', ''), fill)).toThrow('index.html: no </body>')
  })
})

test('pageFilePath: the library is index.html; an article is <slug>.html in articles/', () => {
  expect(pageFilePath('/', '/')).toBe('index.html')
  expect(pageFilePath('/articles/mina-lavrov', '/')).toBe('articles/mina-lavrov.html')
  expect(pageFilePath('/selaras/articles/a', '/selaras/')).toBe('articles/a.html')
})
