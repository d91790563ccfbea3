import {
  derivationalEndings,
  particleEndings,
  possessiveEndings,
  type DerivationalSuffix,
  type Suffix,
} from './affixes'

/** A word with some of its suffixes taken off. */
export interface SuffixLayer {
  readonly stem: string
  /** Innermost first, as in the engine's output: kebijakannya → ["-an", "-nya"]. */
  readonly suffixes: readonly Suffix[]
  /** The derivational suffix taken off, which decides the confix restrictions. */
  readonly derivational: DerivationalSuffix | undefined
}

export interface SuffixLayers {
  /**
   * The word peeled as confix stripping does: the particle (-lah, -kah, -tah, -pun), then the
   * possessive (-ku, -mu, -nya), then the derivational suffix (-kan, -an, -i), each taken off
   * whenever the word ends in it. Index 0 is the whole word; each further entry has one more
   * layer off, so a layer that is absent adds no entry.
   */
  readonly peeled: readonly SuffixLayer[]
  /** When -kan was taken off: the same word read as root ending in k + -an (kebijakan). */
  readonly kanAsAn: SuffixLayer | undefined
}

// A root keeps at least this many letters: taking -an off "dian" must not leave "di".
const shortestStem = 3

function peel(layer: SuffixLayer, endings: readonly (readonly [string, Suffix])[]): SuffixLayer | undefined {
  for (const [ending, suffix] of endings) {
    if (layer.stem.length - ending.length >= shortestStem && layer.stem.endsWith(ending)) {
      return {
        stem: layer.stem.slice(0, -ending.length),
        suffixes: [suffix, ...layer.suffixes],
        derivational: layer.derivational,
      }
    }
  }
  return undefined
}

export function peelSuffixes(word: string): SuffixLayers {
  const whole: SuffixLayer = { stem: word, suffixes: [], derivational: undefined }
  const peeled: SuffixLayer[] = [whole]
  let current = whole
  const afterParticle = peel(current, particleEndings)
  if (afterParticle) {
    peeled.push(afterParticle)
    current = afterParticle
  }
  const afterPossessive = peel(current, possessiveEndings)
  if (afterPossessive) {
    peeled.push(afterPossessive)
    current = afterPossessive
  }
  let kanAsAn: SuffixLayer | undefined
  for (const [ending, suffix] of derivationalEndings) {
    if (current.stem.length - ending.length >= shortestStem && current.stem.endsWith(ending)) {
      peeled.push({ stem: current.stem.slice(0, -ending.length), suffixes: [suffix, ...current.suffixes], derivational: suffix })
      if (suffix === '-kan') {
        kanAsAn = { stem: current.stem.slice(0, -2), suffixes: ['-an', ...current.suffixes], derivational: '-an' }
      }
      break
    }
  }
  return { peeled, kanAsAn }
}
