export interface AffixPart {
  /** As learners see it in grammars: "meN-", "-nya", or a confix such as "ke-…-an". */
  readonly affix: string
  readonly meaning: string | undefined
}

export interface WordShape {
  readonly root: string
  readonly prefixes: readonly string[]
  readonly suffixes: readonly string[]
  readonly reduplicated: boolean
}

const derivationalSuffixes = new Set(['-kan', '-i', '-an'])

/**
 * The affixes of a word as a learner should read them: a prefix and a derivational suffix that
 * work together (ke- + -an) are one confix with one meaning, not two unrelated pieces.
 */
export function describeAffixes(shape: WordShape, meanings: Readonly<Record<string, string>>): AffixPart[] {
  const prefixes = [...shape.prefixes]
  const suffixes = [...shape.suffixes]
  const parts: AffixPart[] = []

  const suffix = suffixes[0]
  if (suffix !== undefined && derivationalSuffixes.has(suffix)) {
    // The outermost prefix carries the confix in forms like di-per-…-kan; try it first.
    const partner = prefixes.find((prefix) => `${prefix}…${suffix}` in meanings)
    if (partner !== undefined) {
      const confix = `${partner}…${suffix}`
      parts.push({ affix: confix, meaning: meanings[confix] })
      prefixes.splice(prefixes.indexOf(partner), 1)
      suffixes.shift()
    }
  }
  const isDecade = /^\d+$/.test(shape.root)
  for (const prefix of prefixes) parts.push({ affix: prefix, meaning: meanings[prefix] })
  for (const remaining of suffixes) {
    const key = isDecade && remaining === '-an' ? '-an (decade)' : remaining
    parts.push({ affix: remaining, meaning: meanings[key] })
  }
  if (shape.reduplicated) {
    const key = shape.prefixes.length + shape.suffixes.length > 0 ? 'affixed reduplication' : 'reduplication'
    parts.push({ affix: key, meaning: meanings[key] })
  }
  return parts
}
