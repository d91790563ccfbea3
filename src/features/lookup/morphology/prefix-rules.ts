import type { NativePrefix } from './affixes'

/**
 * One step of prefix removal: the prefix-disambiguation rules of confix stripping (Asian et al.
 * 2005, enhanced by Arifin et al. 2009 and the "modified ECS" additions, numbered as in those
 * papers and in Sastrawi), written afresh with string tests instead of regular expressions.
 *
 * A rule may offer several readings of the same letters (menulis: me-nulis or me-tulis); they are
 * returned in the rules' order, and the stemmer keeps the first that leads to a known root. The
 * initial consonant that a nasal prefix swallowed is given back here: p after mem-, t after men-,
 * k after meng-, s after meny- (and the same for peN-).
 */
export interface PrefixStep {
  /** The word without the prefix, with a swallowed initial consonant restored. */
  readonly rest: string
  readonly prefix: NativePrefix
  /** The rule's number in the ECS tables, e.g. "15b", for tests and the benchmark. */
  readonly rule: string
}

const isVowel = (letter: string | undefined): boolean =>
  letter === 'a' || letter === 'i' || letter === 'u' || letter === 'e' || letter === 'o'

const isConsonant = (letter: string | undefined): boolean =>
  letter !== undefined && letter >= 'a' && letter <= 'z' && !isVowel(letter)

/** C1 "er" C2, the shape that rules 5, 9, 35 and 36 look for after be-/te-/pe-. */
const isConsonantErConsonant = (word: string, at: number): boolean =>
  isConsonant(word[at]) && word[at + 1] === 'e' && word[at + 2] === 'r' && isConsonant(word[at + 3])

/**
 * Rules 2/3 and 23/24 split ber-/per- + CA… by what follows: any P but "er" (rule 2, 23), or "er"
 * and a vowel (rule 3, 24). CAerC fits neither and is left alone, as in the published rules.
 */
function consonantRule(word: string, at: number, plainRule: string, erVowelRule: string): string | undefined {
  if (word[at] !== 'e' || word[at + 1] !== 'r') return plainRule
  return isVowel(word[at + 2]) ? erVowelRule : undefined
}

function berRules(word: string, steps: PrefixStep[]): void {
  const next = word[3]
  if (word.startsWith('ber')) {
    if (isVowel(next)) {
      // 1a berV → ber-V (beradu), 1b berV → be-rV (berakit)
      steps.push({ rest: word.slice(3), prefix: 'ber-', rule: '1a' })
      steps.push({ rest: word.slice(2), prefix: 'ber-', rule: '1b' })
    } else if (isConsonant(next) && next !== 'r') {
      // 2 berCAP → ber-CAP, P ≠ er (bertabur), 3 berCAerV → ber-CAerV (berhierarki)
      const rule = consonantRule(word, 5, '2', '3')
      if (rule) steps.push({ rest: word.slice(3), prefix: 'ber-', rule })
    }
  }
  if (word.startsWith('belajar')) {
    // 4: the one word where ber- becomes bel-
    steps.push({ rest: word.slice(3), prefix: 'ber-', rule: '4' })
  } else if (isConsonantErConsonant(word, 2) && word[2] !== 'r' && word[2] !== 'l') {
    // 5 beC1erC2 → be-C1erC2 (bekerja, beternak, beserta): ber- loses its r before a syllable in -er
    steps.push({ rest: word.slice(2), prefix: 'ber-', rule: '5' })
  }
}

function terRules(word: string, steps: PrefixStep[]): void {
  const next = word[3]
  if (word.startsWith('ter')) {
    if (isVowel(next)) {
      // 6a terV → ter-V (terancam), 6b terV → te-rV (teracun)
      steps.push({ rest: word.slice(3), prefix: 'ter-', rule: '6a' })
      steps.push({ rest: word.slice(2), prefix: 'ter-', rule: '6b' })
    } else if (isConsonant(next) && next !== 'r') {
      // 8 terCP → ter-CP, P ≠ er (tertangkap), 7 terCerV → ter-CerV (tergerak),
      // 35 terC1erC2 → ter-C1erC2 (terpercaya)
      const isEr = word[4] === 'e' && word[5] === 'r'
      const rule = !isEr ? '8' : isVowel(word[6]) ? '7' : '35'
      steps.push({ rest: word.slice(3), prefix: 'ter-', rule })
    }
  }
  if (isConsonantErConsonant(word, 2) && word[2] !== 'r') {
    // 9 teC1erC2 → te-C1erC2 (teterbang)
    steps.push({ rest: word.slice(2), prefix: 'ter-', rule: '9' })
  }
}

function meRules(word: string, steps: PrefixStep[]): void {
  const third = word[2]
  const fourth = word[3]
  if ((third === 'l' || third === 'r' || third === 'w' || third === 'y') && isVowel(fourth)) {
    // 10 me{l|r|w|y}V → me-{l|r|w|y}V (melalui, meracuni, mewarnai, meyakini)
    steps.push({ rest: word.slice(2), prefix: 'meN-', rule: '10' })
    return
  }
  if (third === 'm') {
    if (fourth === 'b' || fourth === 'f' || fourth === 'v') {
      // 11 mem{b|f|v} → mem-{b|f|v} (membantu, memfitnah, memvonis)
      steps.push({ rest: word.slice(3), prefix: 'meN-', rule: '11' })
    } else if (fourth === 'p' && word[4] === 'e') {
      // 12 mempe → mem-pe (memperkuat → perkuat, mempengaruhi → pengaruhi); per-/peN- is the next step
      steps.push({ rest: word.slice(3), prefix: 'meN-', rule: '12' })
    } else if (fourth === 'p') {
      // 19 mempA → mem-pA, A ≠ e (mempunyai, memproteksi)
      steps.push({ rest: word.slice(3), prefix: 'meN-', rule: '19' })
    } else if (isVowel(fourth) || (fourth === 'r' && isVowel(word[4]))) {
      // 13a mem{rV|V} → me-m{rV|V} (memasuki), 13b → me-p{rV|V} (memakai, memukul)
      steps.push({ rest: word.slice(2), prefix: 'meN-', rule: '13a' })
      steps.push({ rest: 'p' + word.slice(3), prefix: 'meN-', rule: '13b' })
    }
    return
  }
  if (third !== 'n') return
  if (fourth === 'c' || fourth === 'd' || fourth === 'j' || fourth === 's' || fourth === 't' || fourth === 'z') {
    // 14 men{c|d|j|s|t|z} → men-… (mencari, mendaki, menjual, mensyukuri, mentaati, menziarahi)
    steps.push({ rest: word.slice(3), prefix: 'meN-', rule: '14' })
  } else if (isVowel(fourth)) {
    // 15a menV → me-nV (menikmati), 15b menV → me-tV (menulis)
    steps.push({ rest: word.slice(2), prefix: 'meN-', rule: '15a' })
    steps.push({ rest: 't' + word.slice(3), prefix: 'meN-', rule: '15b' })
  } else if (fourth === 'g') {
    const fifth = word[4]
    if (fifth === 'g' || fifth === 'h' || fifth === 'q' || fifth === 'k') {
      // 16 meng{g|h|q|k} → meng-… (menggunakan, menghambat, mengqasar, mengkritik)
      steps.push({ rest: word.slice(4), prefix: 'meN-', rule: '16' })
    } else if (isVowel(fifth)) {
      // 17a mengV → meng-V (mengerat), 17b → meng-kV (mengira), 17c mengeC → menge-C for
      // one-syllable roots (mengecat, mengebom), 17d → me-ngV (mengerikan from ngeri)
      steps.push({ rest: word.slice(4), prefix: 'meN-', rule: '17a' })
      steps.push({ rest: 'k' + word.slice(4), prefix: 'meN-', rule: '17b' })
      if (fifth === 'e' && isConsonant(word[5])) steps.push({ rest: word.slice(5), prefix: 'meN-', rule: '17c' })
      steps.push({ rest: word.slice(2), prefix: 'meN-', rule: '17d' })
    }
  } else if (fourth === 'y' && isVowel(word[4])) {
    // 18a menyV → me-nyV (menyala from nyala), 18b menyV → meny-sV (menyapu from sapu)
    steps.push({ rest: word.slice(2), prefix: 'meN-', rule: '18a' })
    steps.push({ rest: 's' + word.slice(4), prefix: 'meN-', rule: '18b' })
  }
}

function peRules(word: string, steps: PrefixStep[]): void {
  const third = word[2]
  const fourth = word[3]
  if ((third === 'w' || third === 'y') && isVowel(fourth)) {
    // 20 pe{w|y}V → pe-{w|y}V (pewarna, peyoga)
    steps.push({ rest: word.slice(2), prefix: 'peN-', rule: '20' })
    return
  }
  if (third === 'r') {
    if (isVowel(fourth)) {
      // 21a perV → per-V (peradilan), 21b perV → pe-rV (perusak, from merusak)
      steps.push({ rest: word.slice(3), prefix: 'per-', rule: '21a' })
      steps.push({ rest: word.slice(2), prefix: 'peN-', rule: '21b' })
    } else if (isConsonant(fourth) && fourth !== 'r') {
      // 23 perCAP → per-CAP, P ≠ er (pertahanan), 24 perCAerV → per-CAerV (perdaerah)
      const rule = consonantRule(word, 5, '23', '24')
      if (rule) steps.push({ rest: word.slice(3), prefix: 'per-', rule })
    }
    return
  }
  if (third === 'm') {
    if (fourth === 'b' || fourth === 'f' || fourth === 'v') {
      // 25 pem{b|f|v} → pem-… (pembangun, pemfitnah, pemvonis)
      steps.push({ rest: word.slice(3), prefix: 'peN-', rule: '25' })
    } else if (isVowel(fourth) || (fourth === 'r' && isVowel(word[4]))) {
      // 26a pem{rV|V} → pe-m… (pemilik from milik), 26b → pe-p… (pemukul from pukul)
      steps.push({ rest: word.slice(2), prefix: 'peN-', rule: '26a' })
      steps.push({ rest: 'p' + word.slice(3), prefix: 'peN-', rule: '26b' })
    }
    return
  }
  if (third === 'n') {
    if (fourth === 'c' || fourth === 'd' || fourth === 'j' || fourth === 'z' || fourth === 's' || fourth === 't') {
      // 27 pen{c|d|j|z} → pen-… (pencari, pendaki, penjual); s and t added as rule 14 has them
      // for meN-, for loans that keep their s/t (penstabilan, pentranskripsi)
      steps.push({ rest: word.slice(3), prefix: 'peN-', rule: '27' })
    } else if (isVowel(fourth)) {
      // 28a penV → pe-nV (penilai from nilai), 28b penV → pe-tV (penulis from tulis)
      steps.push({ rest: word.slice(2), prefix: 'peN-', rule: '28a' })
      steps.push({ rest: 't' + word.slice(3), prefix: 'peN-', rule: '28b' })
    } else if (fourth === 'g') {
      const fifth = word[4]
      if (fifth === 'g' || fifth === 'h' || fifth === 'q' || fifth === 'k') {
        // 29 peng{g|h|q|k} → peng-… (pengganti, penghajar, pengkajian)
        steps.push({ rest: word.slice(4), prefix: 'peN-', rule: '29' })
      } else if (isVowel(fifth)) {
        // 30a pengV → peng-V (pengikat), 30b → peng-kV (penguat from kuat), 30c pengeC → penge-C (pengebom)
        steps.push({ rest: word.slice(4), prefix: 'peN-', rule: '30a' })
        steps.push({ rest: 'k' + word.slice(4), prefix: 'peN-', rule: '30b' })
        if (fifth === 'e' && isConsonant(word[5])) steps.push({ rest: word.slice(5), prefix: 'peN-', rule: '30c' })
      }
    } else if (fourth === 'y' && isVowel(word[4])) {
      // 31a penyV → pe-nyV (penyanyi from nyanyi), 31b penyV → peny-sV (penyapu from sapu)
      steps.push({ rest: word.slice(2), prefix: 'peN-', rule: '31a' })
      steps.push({ rest: 's' + word.slice(4), prefix: 'peN-', rule: '31b' })
    }
    return
  }
  if (third === 'l') {
    if (word.startsWith('pelajar')) {
      // 32, the exception: pelajar is pel- + ajar (like belajar), not pe- + lajar
      steps.push({ rest: word.slice(3), prefix: 'per-', rule: '32' })
    } else if (isVowel(fourth)) {
      // 32 pelV → pe-lV (pelaku from laku)
      steps.push({ rest: word.slice(2), prefix: 'peN-', rule: '32' })
    }
    return
  }
  if (isConsonant(third) && third !== 'w' && third !== 'y') {
    // 34 peCP → pe-CP, P ≠ er (petarung), 36 peC1erC2 → pe-C1erC2 (pekerja, peserta): pe- as the
    // noun of a ber- verb (bertarung, bekerja), so the prefix is per-. Not before p, where pe- is
    // the reduplicated first syllable (pepohonan ← pohon) or peN- would have become pem-.
    const isRule36 = isConsonantErConsonant(word, 2)
    const isErVowel = fourth === 'e' && word[4] === 'r' && isVowel(word[5])
    if (isRule36) steps.push({ rest: word.slice(2), prefix: 'per-', rule: '36' })
    else if (!isErVowel && third !== 'p') steps.push({ rest: word.slice(2), prefix: 'per-', rule: '34' })
  }
}

/**
 * Every way one prefix can be taken off the front of a lower-case word, in rule order.
 * `isOutermost` allows the proclitics ku- and kau- (rules 41, 42), which only stand first.
 */
export function prefixSteps(word: string, isOutermost: boolean): PrefixStep[] {
  const steps: PrefixStep[] = []
  const first = word[0]
  const second = word[1]
  if (second === 'i' && first === 'd') steps.push({ rest: word.slice(2), prefix: 'di-', rule: 'di' })
  else if (second === 'e') {
    if (first === 'k') steps.push({ rest: word.slice(2), prefix: 'ke-', rule: 'ke' })
    else if (first === 's') steps.push({ rest: word.slice(2), prefix: 'se-', rule: 'se' })
    else if (first === 'b') berRules(word, steps)
    else if (first === 't') terRules(word, steps)
    else if (first === 'm') meRules(word, steps)
    else if (first === 'p') peRules(word, steps)
  } else if (isOutermost && first === 'k') {
    if (second === 'u') steps.push({ rest: word.slice(2), prefix: 'ku-', rule: '41' })
    else if (second === 'a' && word[2] === 'u') steps.push({ rest: word.slice(3), prefix: 'kau-', rule: '42' })
  }
  return steps
}
