import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { resources } from './i18n'

const localesDir = join(import.meta.dirname, '../../locales')

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

function namespaces(language: string): string[] {
  return readdirSync(join(localesDir, language)).sort()
}

test('both UI languages have the same namespaces and the same keys', () => {
  expect(namespaces('id')).toEqual(namespaces('en'))
  for (const file of namespaces('en')) {
    const read = (language: string) => JSON.parse(readFileSync(join(localesDir, language, file), 'utf8')) as unknown
    expect(keysOf(read('id')).sort(), `locales/id/${file}`).toEqual(keysOf(read('en')).sort())
  }
})

test('no UI string is left empty or untranslated', () => {
  for (const [language, byNamespace] of Object.entries(resources)) {
    for (const [namespace, strings] of Object.entries(byNamespace)) {
      for (const key of keysOf(strings)) {
        const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings)
        expect(typeof value === 'string' && value.trim() !== '', `${language}/${namespace}: ${key}`).toBe(true)
      }
    }
  }
  // A string identical in both languages is almost always a forgotten translation.
  const identical = keysOf(resources.en.reader).filter((key) => {
    const pick = (strings: unknown) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], strings)
    return pick(resources.en.reader) === pick(resources.id.reader)
  })
  expect(identical).toEqual([])
})

test('every namespace on disk is loaded by the app', () => {
  expect(Object.keys(resources.en).map((namespace) => `${namespace}.json`).sort()).toEqual(namespaces('en'))
})
