import { describe, expect, test } from 'vitest'
import { nameAsWritten } from './look-up-word'

describe('nameAsWritten', () => {
  test('is the word as written where the word is the bare root', () => {
    expect(nameAsWritten('rusia', 'Rusia')).toBe('Rusia')
    expect(nameAsWritten('tass', 'TASS')).toBe('TASS')
    expect(nameAsWritten('rusia-dunia', 'Rusia-Dunia')).toBe('Rusia-Dunia')
  })

  test('capitalizes each part of the root where the word carries affixes', () => {
    expect(nameAsWritten('islam', 'keislaman')).toBe('Islam')
    expect(nameAsWritten('rusia-dunia', 'kerusia-duniaan')).toBe('Rusia-Dunia')
  })
})
