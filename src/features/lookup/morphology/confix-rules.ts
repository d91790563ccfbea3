import type { DerivationalSuffix, NativePrefix } from './affixes'

/**
 * Prefix–suffix pairs that Indonesian does not combine (Nazief & Adriani's table, kept by every
 * confix-stripping successor): a reading that needs one of them is wrong, however well its root
 * looks up. menahan is not meN- + nah + -an but meN- + tahan; kebijakan is not ke- + bija + -kan
 * but ke- + bijak + -an.
 */
const disallowedPairs: ReadonlyMap<NativePrefix, ReadonlySet<DerivationalSuffix>> = new Map<
  NativePrefix,
  ReadonlySet<DerivationalSuffix>
>([
  ['ber-', new Set(['-i'])],
  ['di-', new Set(['-an'])],
  ['ke-', new Set(['-i', '-kan'])],
  ['meN-', new Set(['-an'])],
  ['se-', new Set(['-i', '-kan'])],
  ['ter-', new Set(['-an'])],
])

/** The outermost prefix with the derivational suffix; ketahui (ke- + tahu + -i) is the table's own exception. */
export function isDisallowedConfix(outermost: NativePrefix, suffix: DerivationalSuffix, root: string): boolean {
  if (outermost === 'ke-' && suffix === '-i' && root === 'tahu') return false
  return disallowedPairs.get(outermost)?.has(suffix) ?? false
}

/**
 * Words whose prefix must be taken off before their suffix (the ECS "precedence adjustment"):
 * be-…-lah, be-…-an, me-…-i, di-…-i, pe-…-i, ter-…-i. Taking the suffix first goes wrong here:
 * terabai would read as ter- + aba + -i instead of ter- + abai, petani as pe- + tan + -i instead
 * of pe- + tani, memakai as meN- + maka + -i instead of meN- + pakai.
 */
export function prefersPrefixFirst(word: string): boolean {
  // be-…-an but not be-…-kan: berikan is beri + -kan far more often than ber- + ikan.
  if (word.startsWith('be')) return word.endsWith('lah') || (word.endsWith('an') && !word.endsWith('kan'))
  if (!word.endsWith('i')) return false
  return word.startsWith('me') || word.startsWith('di') || word.startsWith('pe') || word.startsWith('ter')
}
