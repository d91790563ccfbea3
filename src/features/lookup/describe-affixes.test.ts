import { expect, test } from 'vitest'
import { describeAffixes } from './describe-affixes'

const meanings = {
  'meN-': 'active verb',
  'di-': 'passive verb',
  'ke-': 'ordinal or collective',
  '-an': 'noun',
  '-kan': 'causative',
  '-nya': 'his/her/its, the',
  'ke-…-an': 'abstract noun',
  'meN-…-kan': 'active transitive verb',
  'di-…-kan': 'passive transitive verb',
  '-an (decade)': 'decade',
  reduplication: 'plural or variety',
  'affixed reduplication': 'repeated action',
}

test('a prefix and a derivational suffix that form a confix are read as one', () => {
  expect(describeAffixes({ root: 'bijak', prefixes: ['ke-'], suffixes: ['-an', '-nya'], reduplicated: false }, meanings)).toEqual([
    { affix: 'ke-…-an', meaning: 'abstract noun' },
    { affix: '-nya', meaning: 'his/her/its, the' },
  ])
})

test('the outer prefix is the confix partner when there are two', () => {
  expect(describeAffixes({ root: 'kuat', prefixes: ['di-', 'per-'], suffixes: ['-kan'], reduplicated: false }, meanings)).toEqual([
    { affix: 'di-…-kan', meaning: 'passive transitive verb' },
    { affix: 'per-', meaning: undefined },
  ])
})

test('plain and affixed reduplication are told apart', () => {
  expect(describeAffixes({ root: 'negara', prefixes: [], suffixes: [], reduplicated: true }, meanings)).toEqual([
    { affix: 'reduplication', meaning: 'plural or variety' },
  ])
  expect(describeAffixes({ root: 'cari', prefixes: ['di-'], suffixes: [], reduplicated: true }, meanings)).toEqual([
    { affix: 'di-', meaning: 'passive verb' },
    { affix: 'affixed reduplication', meaning: 'repeated action' },
  ])
})

test('-an after a year is the decade', () => {
  expect(describeAffixes({ root: '1950', prefixes: [], suffixes: ['-an'], reduplicated: false }, meanings)).toEqual([
    { affix: '-an', meaning: 'decade' },
  ])
})
