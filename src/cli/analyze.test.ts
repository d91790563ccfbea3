import { spawnSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, test } from 'vitest'

// The command as a user runs it, one process per test: each spawn costs about half a second.
const repoRoot = join(import.meta.dirname, '..', '..')

function runAnalyze(args: readonly string[], input = '') {
  const result = spawnSync('node_modules/.bin/tsx', ['src/cli/analyze.ts', ...args], {
    cwd: repoRoot,
    input,
    encoding: 'utf8',
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

const jsonLines = (text: string): unknown[] =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as unknown)

test('words given as arguments print one JSON object a line, with the lexicon gloss', { timeout: 20_000 }, () => {
  const { status, stdout, stderr } = runAnalyze(['memperkuat', 'negara-negara', '1950-an'])
  expect(stderr).toBe('')
  expect(status).toBe(0)
  const [memperkuat, negaraNegara, decade] = jsonLines(stdout)
  expect(memperkuat).toMatchObject({
    word: 'memperkuat',
    root: 'kuat',
    prefixes: ['meN-', 'per-'],
    suffixes: [],
    reduplicated: false,
    known: true,
  })
  expect(Object.keys(memperkuat as object)).toEqual(['word', 'root', 'prefixes', 'suffixes', 'reduplicated', 'known', 'gloss'])
  expect(negaraNegara).toMatchObject({ root: 'negara', reduplicated: true, gloss: expect.any(String) })
  expect(decade).toMatchObject({ root: '1950', suffixes: ['-an'] })
})

test('bad words are each reported on stderr, the good ones still print, and the exit code is 2', { timeout: 20_000 }, () => {
  const { status, stdout, stderr } = runAnalyze(['<b>', 'kebijakan', 'hello world', '!!!', 'x'.repeat(65)])
  expect(status).toBe(2)
  expect(jsonLines(stdout)).toEqual([expect.objectContaining({ word: 'kebijakan', root: 'bijak' })])
  expect(stderr.trim().split('\n')).toEqual([
    'analyze: "<b>" has characters that cannot be in a word: "<", ">"',
    'analyze: "hello world" contains white space: give one word at a time',
    'analyze: "!!!" has no letters or digits',
    `analyze: "${'x'.repeat(65)}" is longer than 64 characters`,
  ])
  expect(stderr).not.toMatch(/\bat .+:\d+:\d+/) // no stack trace
})

test('with no arguments it reads one word a line; blank input is an error', { timeout: 20_000 }, () => {
  const fromStdin = runAnalyze([], '  dicari-cari \n\npenguatan\n')
  expect(fromStdin.status).toBe(0)
  expect(jsonLines(fromStdin.stdout)).toEqual([
    expect.objectContaining({ word: 'dicari-cari', root: 'cari', prefixes: ['di-'], reduplicated: true }),
    expect.objectContaining({ word: 'penguatan', root: 'kuat', prefixes: ['peN-'], suffixes: ['-an'] }),
  ])
  const blank = runAnalyze([], '\n   \n')
  expect(blank.status).toBe(2)
  expect(blank.stdout).toBe('')
  expect(blank.stderr).toMatch(/^analyze: no words given\n/)
})
