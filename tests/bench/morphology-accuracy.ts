import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { WordAnalysis } from '../../src/features/lookup/morphology/analyze-word'
import { prefixSteps } from '../../src/features/lookup/morphology/prefix-rules'
import type { RootSets } from '../../src/features/lookup/morphology/root-list'
import { percent, type Benchmark } from './benchmark'
import { analyzerFor, loadMorphologySetup, repoRoot } from './morphology-setup'

// Test cases from Sastrawi (MIT), shared beside the repository and never copied into it.
const sharedCases = join(repoRoot, '..', 'shared', 'morphology')

/** Rows of a case file: its first line is a comment naming the source, its second the header. */
function readCaseRows(file: string): string[][] | undefined {
  const path = join(sharedCases, file)
  if (!existsSync(path)) {
    console.log(`skipped: ${path} is not there (the shared morphology cases live outside the repository)`)
    return undefined
  }
  return readFileSync(path, 'utf8')
    .split('\n')
    .slice(2)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'))
}

function stemmerCases(label: string, rootSets: RootSets, rows: readonly string[][]): void {
  const analyse = analyzerFor(rootSets)
  const misses: string[] = []
  for (const [word = '', expected = ''] of rows) {
    const { root, prefixes, suffixes } = analyse(word)
    if (root !== expected) misses.push(`  ${word} → ${root} (expected ${expected}) [${[...prefixes, ...suffixes].join(' ')}]`)
  }
  const correct = rows.length - misses.length
  console.log(`${label}: ${correct} / ${rows.length} correct (${percent(correct, rows.length)})`)
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`)
}

function prefixRuleCases(rows: readonly string[][]): void {
  // Rules 37–40 take infixes out (gerigi → gigi, kinerja → kerja); the engine does not, because
  // its output has no place for an infix and the words they cover are listed roots.
  const infixRule = /^(37|38|39|40)/
  const tested = rows.filter(([, , rule = '']) => !infixRule.test(rule))
  const misses: string[] = []
  for (const [word = '', candidate = '', rule = ''] of tested) {
    const steps = prefixSteps(word, true)
    const isCorrect =
      candidate === '-'
        ? !steps.some((step) => step.rule === rule)
        : steps.some((step) => step.rule === rule && step.rest === candidate)
    if (!isCorrect) misses.push(`  ${word} rule ${rule}: expected ${candidate}, got ${steps.map((s) => `${s.rule}:${s.rest}`).join(' ') || 'nothing'}`)
  }
  const correct = tested.length - misses.length
  console.log(
    `single prefix-rule step (sastrawi-prefix-rule-cases.tsv): ${correct} / ${tested.length} correct (${percent(correct, tested.length)}); ${rows.length - tested.length} infix cases (rules 37–40) not implemented`,
  )
  if (misses.length > 0) console.log(`misses:\n${misses.join('\n')}`)
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((item, i) => item === b[i])

function articleForms(label: string, analyse: (word: string) => WordAnalysis, forms: Record<string, { root: string; prefixes: string[]; suffixes: string[]; reduplicated: boolean }>): void {
  const entries = Object.entries(forms)
  const misses: string[] = []
  let rootAgreement = 0
  let fullAgreement = 0
  for (const [form, curated] of entries) {
    const found = analyse(form)
    if (found.root !== curated.root) {
      misses.push(`  ${form} → ${found.root} (lexicon: ${curated.root})`)
      continue
    }
    rootAgreement++
    if (sameList(found.prefixes, curated.prefixes) && sameList(found.suffixes, curated.suffixes) && found.reduplicated === curated.reduplicated) {
      fullAgreement++
    } else {
      misses.push(`  ${form}: same root, affixes ${[...found.prefixes, ...found.suffixes].join(' ') || '(none)'} vs lexicon ${[...curated.prefixes, ...curated.suffixes].join(' ') || '(none)'}`)
    }
  }
  console.log(
    `${label}: root agrees for ${rootAgreement} / ${entries.length} (${percent(rootAgreement, entries.length)}), root and every affix for ${fullAgreement} / ${entries.length}`,
  )
  if (misses.length > 0) console.log(`disagreements:\n${misses.join('\n')}`)
}

export const morphologyAccuracyBenchmark: Benchmark = {
  name: 'morphology: accuracy',
  async run() {
    const setup = loadMorphologySetup()
    const stemmerRows = readCaseRows('sastrawi-stemmer-cases.tsv')
    if (stemmerRows) {
      stemmerCases('Sastrawi stemmer cases, curated roots + open list (as the app runs)', setup.appRoots, stemmerRows)
      stemmerCases('Sastrawi stemmer cases, open list alone', setup.openListRoots, stemmerRows)
    }
    const prefixRows = readCaseRows('sastrawi-prefix-rule-cases.tsv')
    if (prefixRows) prefixRuleCases(prefixRows)
    if (!setup.lexicon) {
      console.log('skipped: src/content/lexicon/en.json is not there, so there are no curated forms to compare with')
      return
    }
    articleForms('article forms vs the curated lexicon, open list alone (the engine on its own)', analyzerFor(setup.openListRoots), setup.lexicon.forms)
    articleForms('article forms vs the curated lexicon, curated roots + open list', analyzerFor(setup.appRoots), setup.lexicon.forms)
  },
}
