import { expect, test } from 'vitest'
import { prefixSteps } from './prefix-rules'

const readings = (word: string, isOutermost = true) =>
  prefixSteps(word, isOutermost).map((step) => `${step.prefix} ${step.rest} (${step.rule})`)

test('a nasal prefix offers both readings of its consonant, the kept one first', () => {
  expect(readings('menulis')).toEqual(['meN- nulis (15a)', 'meN- tulis (15b)'])
  expect(readings('memukul')).toEqual(['meN- mukul (13a)', 'meN- pukul (13b)'])
  expect(readings('menyapu')).toEqual(['meN- nyapu (18a)', 'meN- sapu (18b)'])
  expect(readings('penguat')).toEqual(['peN- uat (30a)', 'peN- kuat (30b)'])
})

test('menge- and penge- before a consonant read as a one-syllable root', () => {
  expect(readings('mengecat')).toEqual(['meN- ecat (17a)', 'meN- kecat (17b)', 'meN- cat (17c)', 'meN- ngecat (17d)'])
  expect(readings('pengebom')).toContain('peN- bom (30c)')
})

test('ber- and ter- keep or give up their r before a vowel; be- and te- before a syllable in -er', () => {
  expect(readings('berakit')).toEqual(['ber- akit (1a)', 'ber- rakit (1b)'])
  expect(readings('bekerja')).toEqual(['ber- kerja (5)'])
  expect(readings('belajar')).toEqual(['ber- ajar (4)'])
  expect(readings('teterbang')).toEqual(['ter- terbang (9)'])
  expect(readings('berlari')).toEqual(['ber- lari (2)'])
})

test('a consonant the prefix cannot stand before gives no reading', () => {
  expect(readings('merdeka')).toEqual([])
  expect(readings('menteri')).toEqual(['meN- teri (14)'])
  expect(readings('buku')).toEqual([])
})

test('ku- and kau- only stand first', () => {
  expect(readings('kupukul')).toEqual(['ku- pukul (41)'])
  expect(readings('kauhajar')).toEqual(['kau- hajar (42)'])
  expect(readings('kupukul', false)).toEqual([])
})
