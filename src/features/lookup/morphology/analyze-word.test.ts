import { expect, test } from 'vitest'
import { createAnalyzer, type WordAnalysis } from './analyze-word'

/*
 * Cases written from the rules of confix stripping, each against a small root set chosen for the
 * test, so that no case depends on what the big open list happens to hold. Where a rule exists to
 * reject a tempting wrong reading, the set holds the tempting root too (nah for menahan, bija for
 * kebijakan) and the test proves it is not taken.
 */

type Expected = Pick<WordAnalysis, 'root' | 'prefixes' | 'suffixes'>

const analyseWith = (roots: readonly string[]) => createAnalyzer(new Set(roots))

function parts(analysis: WordAnalysis): Expected {
  return { root: analysis.root, prefixes: analysis.prefixes, suffixes: analysis.suffixes }
}

const nasalRoots = [
  'lipat', 'racun', 'warna', 'yakin', 'bangun', 'fitnah', 'vonis', 'baru', 'masuk', 'pakai', 'pukul',
  'cinta', 'dua', 'jauh', 'syukur', 'taat', 'ziarah', 'nikmat', 'tulis', 'tari', 'guna', 'hambat',
  'kritik', 'erat', 'kira', 'kopi', 'cat', 'bom', 'ngeri', 'nyala', 'sapu', 'sikat', 'proteksi',
  'patroli', 'pengaruh', 'kecil',
]

test.each([
  ['melipat', 'lipat', ['meN-'], []], // me- before l
  ['meracuni', 'racun', ['meN-'], ['-i']], // me- before r
  ['mewarnai', 'warna', ['meN-'], ['-i']], // me- before w
  ['meyakinkan', 'yakin', ['meN-'], ['-kan']], // me- before y
  ['membangun', 'bangun', ['meN-'], []], // mem- before b
  ['memfitnah', 'fitnah', ['meN-'], []], // mem- before f
  ['memvonis', 'vonis', ['meN-'], []], // mem- before v
  ['memasuki', 'masuk', ['meN-'], ['-i']], // mem- before a vowel, m kept
  ['memakai', 'pakai', ['meN-'], []], // mem- before a vowel, p restored
  ['memukul', 'pukul', ['meN-'], []],
  ['memproteksi', 'proteksi', ['meN-'], []], // mem- before p + consonant keeps the p
  ['mempatroli', 'patroli', ['meN-'], []],
  ['mencintai', 'cinta', ['meN-'], ['-i']], // men- before c, d, j, s, t, z
  ['mendua', 'dua', ['meN-'], []],
  ['menjauh', 'jauh', ['meN-'], []],
  ['mensyukuri', 'syukur', ['meN-'], ['-i']],
  ['mentaati', 'taat', ['meN-'], ['-i']],
  ['menziarahi', 'ziarah', ['meN-'], ['-i']],
  ['menikmati', 'nikmat', ['meN-'], ['-i']], // men- before a vowel, n kept
  ['menulis', 'tulis', ['meN-'], []], // men- before a vowel, t restored
  ['menari', 'tari', ['meN-'], []],
  ['menggunakan', 'guna', ['meN-'], ['-kan']], // meng- before g, h, q, k
  ['menghambat', 'hambat', ['meN-'], []],
  ['mengkritik', 'kritik', ['meN-'], []],
  ['mengerat', 'erat', ['meN-'], []], // meng- before a vowel
  ['mengira', 'kira', ['meN-'], []], // meng- before a vowel, k restored
  ['mengopi', 'kopi', ['meN-'], []],
  ['mengecil', 'kecil', ['meN-'], []],
  ['mengecat', 'cat', ['meN-'], []], // menge- before a one-syllable root
  ['mengebom', 'bom', ['meN-'], []],
  ['mengerikan', 'ngeri', ['meN-'], ['-kan']], // me- before a root in ng-
  ['menyala', 'nyala', ['meN-'], []], // me- before a root in ny-
  ['menyapu', 'sapu', ['meN-'], []], // meny-, s restored
  ['menyikat', 'sikat', ['meN-'], []],
  ['mempengaruhi', 'pengaruh', ['meN-'], ['-i']], // mem- before pe-: pengaruh is the root
  ['memperbarui', 'baru', ['meN-', 'per-'], ['-i']], // memper- is meN- + per-
])('meN-: %s → %s', (word, root, prefixes, suffixes) => {
  expect(parts(analyseWith(nasalRoots)(word))).toEqual({ root, prefixes, suffixes })
})

const penRoots = [
  'warna', 'rusak', 'bangun', 'fitnah', 'milik', 'pilih', 'pukul', 'cari', 'daki', 'jual', 'nilai',
  'tulis', 'tari', 'ganti', 'hajar', 'alih', 'kawal', 'kuat', 'bom', 'nyanyi', 'sapu', 'laku',
  'kaji', 'stabil',
]

test.each([
  ['pewarna', 'warna', ['peN-'], []],
  ['perusak', 'rusak', ['peN-'], []], // pe- before r, the agent of merusak
  ['pembangun', 'bangun', ['peN-'], []],
  ['pemfitnah', 'fitnah', ['peN-'], []],
  ['pemilik', 'milik', ['peN-'], []], // pem- before a vowel, m kept
  ['pemilih', 'pilih', ['peN-'], []], // pem- before a vowel, p restored
  ['pemukul', 'pukul', ['peN-'], []],
  ['pencari', 'cari', ['peN-'], []],
  ['pendaki', 'daki', ['peN-'], []],
  ['penjual', 'jual', ['peN-'], []],
  ['penilai', 'nilai', ['peN-'], []], // pen- before a vowel, n kept
  ['penulis', 'tulis', ['peN-'], []], // pen- before a vowel, t restored
  ['pengganti', 'ganti', ['peN-'], []],
  ['penghajar', 'hajar', ['peN-'], []],
  ['pengkajian', 'kaji', ['peN-'], ['-an']],
  ['pengalihan', 'alih', ['peN-'], ['-an']], // peng- before a vowel
  ['pengawal', 'kawal', ['peN-'], []], // peng- before a vowel, k restored
  ['penguatan', 'kuat', ['peN-'], ['-an']],
  ['pengebom', 'bom', ['peN-'], []], // penge- before a one-syllable root
  ['penyanyi', 'nyanyi', ['peN-'], []], // pe- before a root in ny-
  ['penyapu', 'sapu', ['peN-'], []], // peny-, s restored
  ['pelaku', 'laku', ['peN-'], []], // pe- before l
  ['penstabilan', 'stabil', ['peN-'], ['-an']], // a loan keeps its s
])('peN-: %s → %s', (word, root, prefixes, suffixes) => {
  expect(parts(analyseWith(penRoots)(word))).toEqual({ root, prefixes, suffixes })
})

test.each([
  ['peradilan', 'adil', ['per-'], ['-an']], // per- before a vowel
  ['pertahanan', 'tahan', ['per-'], ['-an']], // per- before a consonant
  ['perdamaian', 'damai', ['per-'], ['-an']],
  ['pelajar', 'ajar', ['per-'], []], // pel-, only in pelajar
  ['petarung', 'tarung', ['per-'], []], // pe- for a ber- verb (bertarung)
  ['pekerja', 'kerja', ['per-'], []], // pe- before a syllable in -er (bekerja)
  ['peserta', 'serta', ['per-'], []],
  ['memperkuat', 'kuat', ['meN-', 'per-'], []],
  ['diperkuat', 'kuat', ['di-', 'per-'], []],
])('per-: %s → %s', (word, root, prefixes, suffixes) => {
  const roots = ['adil', 'tahan', 'damai', 'ajar', 'tarung', 'kerja', 'serta', 'kuat']
  expect(parts(analyseWith(roots)(word))).toEqual({ root, prefixes, suffixes })
})

test.each([
  ['beradu', 'adu'], // ber- before a vowel
  ['berakit', 'rakit'], // be- before a root in r-
  ['bertabur', 'tabur'], // ber- before a consonant
  ['bersama', 'sama'],
  ['belajar', 'ajar'], // bel-, only in belajar
  ['bekerja', 'kerja'], // be- before a syllable in -er
  ['beternak', 'ternak'],
])('ber-: %s → %s', (word, root) => {
  const roots = ['adu', 'rakit', 'tabur', 'sama', 'ajar', 'kerja', 'ternak']
  expect(parts(analyseWith(roots)(word))).toEqual({ root, prefixes: ['ber-'], suffixes: [] })
})

test.each([
  ['terancam', 'ancam'], // ter- before a vowel
  ['teracun', 'racun'], // te- before a root in r-
  ['tertangkap', 'tangkap'], // ter- before a consonant
  ['tergerak', 'gerak'],
  ['terpercaya', 'percaya'],
  ['teterbang', 'terbang'], // te- before a syllable in -er
  ['tersebut', 'sebut'],
])('ter-: %s → %s', (word, root) => {
  const roots = ['ancam', 'racun', 'tangkap', 'gerak', 'percaya', 'terbang', 'sebut']
  expect(parts(analyseWith(roots)(word))).toEqual({ root, prefixes: ['ter-'], suffixes: [] })
})

test.each([
  ['dibuang', 'buang', ['di-'], []],
  ['ditemukan', 'temu', ['di-'], ['-kan']],
  ['kedua', 'dua', ['ke-'], []],
  ['kesakitan', 'sakit', ['ke-'], ['-an']],
  ['sebuah', 'buah', ['se-'], []],
  ['sesuap', 'suap', ['se-'], []],
  ['keberuntunganmu', 'untung', ['ke-', 'ber-'], ['-an', '-mu']],
  ['kupukul', 'pukul', ['ku-'], []], // the proclitic pronouns
  ['kauhajar', 'hajar', ['kau-'], []],
])('di-, ke-, se- and the proclitics: %s → %s', (word, root, prefixes, suffixes) => {
  const roots = ['buang', 'temu', 'dua', 'sakit', 'buah', 'suap', 'untung', 'pukul', 'hajar']
  expect(parts(analyseWith(roots)(word))).toEqual({ root, prefixes, suffixes })
})

test.each([
  ['kebijakannya', 'bijak', ['ke-'], ['-an', '-nya']],
  ['bukumulah', 'buku', [], ['-mu', '-lah']],
  ['bukumukah', 'buku', [], ['-mu', '-kah']],
  ['merekapun', 'mereka', [], ['-pun']],
  ['miliknyalah', 'milik', [], ['-nya', '-lah']],
  ['berikanku', 'beri', [], ['-kan', '-ku']], // not ber- + ikan
  ['bersekolahlah', 'sekolah', ['ber-'], ['-lah']],
  ['menyatakannya', 'nyata', ['meN-'], ['-kan', '-nya']],
  ['apatah', 'apa', [], ['-tah']],
])('suffixes, possessives and particles stack in order: %s', (word, root, prefixes, suffixes) => {
  const roots = ['bijak', 'buku', 'mereka', 'milik', 'beri', 'ikan', 'sekolah', 'nyata', 'apa']
  expect(parts(analyseWith(roots)(word))).toEqual({ root, prefixes, suffixes })
})

test('a disallowed prefix–suffix pair rejects a reading whose root exists (meN-…-an, ke-…-kan, ter-…-an)', () => {
  const analyse = analyseWith(['nah', 'tahan', 'bija', 'bijak', 'dep', 'depan', 'kan', 'makan'])
  expect(parts(analyse('menahan'))).toEqual({ root: 'tahan', prefixes: ['meN-'], suffixes: [] })
  expect(parts(analyse('kebijakan'))).toEqual({ root: 'bijak', prefixes: ['ke-'], suffixes: ['-an'] })
  expect(parts(analyse('terdepan'))).toEqual({ root: 'depan', prefixes: ['ter-'], suffixes: [] })
  expect(parts(analyse('memakan'))).toEqual({ root: 'makan', prefixes: ['meN-'], suffixes: [] })
})

test('ke-…-i is allowed for tahu alone (ketahui), and mengetahui is meN- + tahu + -i', () => {
  const analyse = analyseWith(['tahu', 'cinta'])
  expect(parts(analyse('mengetahui'))).toEqual({ root: 'tahu', prefixes: ['meN-'], suffixes: ['-i'] })
  expect(parts(analyse('diketahui'))).toEqual({ root: 'tahu', prefixes: ['di-', 'ke-'], suffixes: ['-i'] })
  expect(parts(analyse('ketahui'))).toEqual({ root: 'tahu', prefixes: ['ke-'], suffixes: ['-i'] })
  expect(analyse('kecintai').known).toBe(false)
})

test('a prefix is not taken off twice, and never more than three', () => {
  expect(analyseWith(['kuat'])('perperkuat')).toMatchObject({ root: 'perperkuat', known: false })
  expect(parts(analyseWith(['sepuluh'])('kesepersepuluhnya'))).toEqual({
    root: 'sepuluh',
    prefixes: ['ke-', 'se-', 'per-'],
    suffixes: ['-nya'],
  })
  expect(analyseWith(['puluh'])('kesepersepuluhnya').known).toBe(false)
})

test('some words have their prefix taken off before their suffix (precedence adjustment)', () => {
  const analyse = analyseWith(['aba', 'abai', 'tan', 'tani', 'maka', 'pakai', 'tah', 'tahan'])
  expect(parts(analyse('terabai'))).toEqual({ root: 'abai', prefixes: ['ter-'], suffixes: [] })
  expect(parts(analyse('petani'))).toEqual({ root: 'tani', prefixes: ['per-'], suffixes: [] })
  expect(parts(analyse('memakainya'))).toEqual({ root: 'pakai', prefixes: ['meN-'], suffixes: ['-nya'] })
  expect(parts(analyse('bertahan'))).toEqual({ root: 'tahan', prefixes: ['ber-'], suffixes: [] })
})

test('suffixes given back when no root is found under them (loop pengembalian akhiran)', () => {
  const analyse = analyseWith(['bentuk', 'duduk', 'sekolah', 'seko', 'depan'])
  expect(parts(analyse('pembentukan'))).toEqual({ root: 'bentuk', prefixes: ['peN-'], suffixes: ['-an'] })
  expect(parts(analyse('kedudukan'))).toEqual({ root: 'duduk', prefixes: ['ke-'], suffixes: ['-an'] })
  expect(parts(analyse('bersekolah'))).toEqual({ root: 'sekolah', prefixes: ['ber-'], suffixes: [] })
})

test.each([
  ['berita', 'rita'],
  ['pertama', 'tama'],
  ['adalah', 'ada'],
  ['menteri', 'teri'],
  ['pesan', 'san'],
  ['tertib', 'tib'],
  ['bersih', 'sih'],
])('%s only looks affixed: as a root it stays whole', (word, lookalike) => {
  expect(analyseWith([word, lookalike])(word)).toEqual({
    word,
    root: word,
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: true,
  })
})

test.each([
  ['negara-negara', 'negara', [], []],
  ['nilai-nilai', 'nilai', [], []],
  ['bangsa-bangsa', 'bangsa', [], []],
  ['Bangsa-Bangsa', 'bangsa', [], []],
  ['prinsip-prinsip', 'prinsip', [], []],
  ['dicari-cari', 'cari', ['di-'], []],
  ['berlari-lari', 'lari', ['ber-'], []],
  ['anak-anaknya', 'anak', [], ['-nya']],
  ['tarik-menarik', 'tarik', ['meN-'], []],
  ['meniru-nirukan', 'tiru', ['meN-'], ['-kan']],
  ['berbalas-balasan', 'balas', ['ber-'], ['-an']],
  ['malaikat-malaikat-Nya', 'malaikat', [], ['-nya']],
])('reduplication: %s → %s', (word, root, prefixes, suffixes) => {
  const roots = ['negara', 'nilai', 'bangsa', 'prinsip', 'cari', 'lari', 'anak', 'tarik', 'tiru', 'balas', 'malaikat']
  expect(analyseWith(roots)(word)).toEqual({ word, root, prefixes, suffixes, reduplicated: true, known: true })
})

test('a word that exists only doubled is its own root', () => {
  expect(analyseWith(['kupu-kupu'])('kupu-kupu')).toMatchObject({ root: 'kupu-kupu', reduplicated: true, known: true })
})

test('first-syllable reduplication is a guess for words the roots do not hold', () => {
  const analyse = analyseWith(['rata', 'pohon', 'lembut'])
  expect(analyse('rerata')).toMatchObject({ root: 'rata', reduplicated: true, known: true })
  expect(analyse('pepohonan')).toMatchObject({ root: 'pohon', suffixes: ['-an'], reduplicated: true })
  expect(analyseWith(['lelembut', 'lembut'])('lelembut')).toMatchObject({ root: 'lelembut', reduplicated: false })
})

test('hyphenated compounds stay whole and are not reduplication', () => {
  const analyse = analyseWith(['diesel', 'elektrik', 'sayur', 'sayur-mayur', 'bolak-balik'])
  expect(analyse('diesel-elektrik')).toEqual({
    word: 'diesel-elektrik',
    root: 'diesel-elektrik',
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: true,
  })
  expect(analyse('sayur-mayur')).toMatchObject({ root: 'sayur-mayur', reduplicated: false, known: true })
  expect(analyse('bolak-baliknya')).toMatchObject({ root: 'bolak-balik', suffixes: ['-nya'], known: true })
  expect(analyse('diesel-listrik')).toMatchObject({ root: 'diesel-listrik', known: false })
})

test('loan prefixes come off before a hyphen, and solid when the rest is a known root', () => {
  const analyse = analyseWith(['liberal', 'perang', 'negara', 'rusia', 'daya'])
  expect(analyse('ultra-liberal')).toEqual({
    word: 'ultra-liberal',
    root: 'liberal',
    prefixes: ['ultra-'],
    suffixes: [],
    reduplicated: false,
    known: true,
  })
  expect(analyse('pro-Rusia')).toMatchObject({ root: 'rusia', prefixes: ['pro-'] })
  expect(analyse('pascaperang')).toMatchObject({ root: 'perang', prefixes: ['pasca-'] })
  expect(analyse('antarnegara')).toMatchObject({ root: 'negara', prefixes: ['antar-'] })
  expect(analyse('swadaya')).toMatchObject({ root: 'daya', prefixes: ['swa-'] })
  expect(analyse('se-Rusia')).toMatchObject({ root: 'rusia', prefixes: ['se-'] })
})

test.each(['Su-35', 'Mi-17', '8/3', '2,7', 'T/RA-1/P2', '2019', "Jum'at"])('%s is left whole', (word) => {
  expect(analyseWith(['su', 'mi', 'ra'])(word)).toEqual({
    word,
    root: word.toLocaleLowerCase('id'),
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: false,
  })
})

test('a number is known when the roots hold it; a decade and a hyphenated ordinal keep their affix', () => {
  const analyse = analyseWith(['2019', '1950'])
  expect(analyse('2019').known).toBe(true)
  expect(analyse('1950-an')).toEqual({
    word: '1950-an',
    root: '1950',
    prefixes: [],
    suffixes: ['-an'],
    reduplicated: false,
    known: true,
  })
  expect(analyse('ke-3')).toMatchObject({ root: '3', prefixes: ['ke-'], known: false })
})

test('a capitalised word is analysed when that finds a root, and a name is returned whole', () => {
  const analyse = analyseWith(['turut', 'dua', 'rusia', 'kembang', 'mina'])
  expect(analyse('Menurut')).toMatchObject({ word: 'Menurut', root: 'turut', prefixes: ['meN-'], known: true })
  expect(analyse('Kedua')).toMatchObject({ root: 'dua', prefixes: ['ke-'] })
  expect(analyse('Pengembangan')).toMatchObject({ root: 'kembang', prefixes: ['peN-'], suffixes: ['-an'] })
  expect(analyse('Rusia')).toMatchObject({ root: 'rusia', prefixes: [], known: true })
  expect(analyse('Lavrov')).toEqual({
    word: 'Lavrov',
    root: 'lavrov',
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: false,
  })
  // An acronym is never taken apart, even when it spells a word.
  expect(analyse('MINA')).toMatchObject({ root: 'mina', prefixes: [], known: true })
  expect(analyse('MENURUT')).toMatchObject({ root: 'menurut', known: false })
})

test('roots known to take affixes win over bare ones; a bare root is the fallback', () => {
  const roots = new Set(['upas', 'kupas', 'nuklir', 'dan'])
  const affixableRoots = new Set(['kupas'])
  expect(createAnalyzer(roots)('mengupas').root).toBe('upas')
  const analyse = createAnalyzer(roots, { affixableRoots })
  expect(analyse('mengupas').root).toBe('kupas')
  expect(analyse('menuklir')).toMatchObject({ root: 'nuklir', prefixes: ['meN-'] })
  // A capitalised word is more likely a name: no bare-root fallback for it.
  expect(analyse('Medan')).toMatchObject({ root: 'medan', known: false })
})

test.each([
  ['penguatan', 'kuat', ['peN-'], ['-an']],
  ['menghormati', 'hormat', ['meN-'], ['-i']],
  ['menguntungkan', 'untung', ['meN-'], ['-kan']],
  ['perdamaian', 'damai', ['per-'], ['-an']],
  ['pertahanan', 'tahan', ['per-'], ['-an']],
  ['kebijakan', 'bijak', ['ke-'], ['-an']],
  ['peradaban', 'adab', ['per-'], ['-an']],
  ['didasarkan', 'dasar', ['di-'], ['-kan']],
  ['ditingkatkan', 'tingkat', ['di-'], ['-kan']],
  ['menekankan', 'tekan', ['meN-'], ['-kan']],
  ['pembentukan', 'bentuk', ['peN-'], ['-an']],
  ['memiliki', 'milik', ['meN-'], ['-i']],
  ['merupakan', 'rupa', ['meN-'], ['-kan']],
  ['tersebut', 'sebut', ['ter-'], []],
  ['kepentingan', 'penting', ['ke-'], ['-an']],
  ['Pengembangan', 'kembang', ['peN-'], ['-an']],
  ['aliansinya', 'aliansi', [], ['-nya']],
  ['menyorot', 'sorot', ['meN-'], []],
  ['perserikatan', 'serikat', ['per-'], ['-an']],
])('the article: %s → %s', (word, root, prefixes, suffixes) => {
  const roots = [
    'kuat', 'hormat', 'untung', 'damai', 'tahan', 'bijak', 'adab', 'dasar', 'tingkat', 'tekan', 'bentuk',
    'milik', 'rupa', 'sebut', 'penting', 'kembang', 'aliansi', 'sorot', 'serikat',
  ]
  expect(parts(analyseWith(roots)(word))).toEqual({ root, prefixes, suffixes })
})

test('an unknown word comes back whole, lower-cased, with the word as given', () => {
  expect(analyseWith(['buku'])('Xylofon')).toEqual({
    word: 'Xylofon',
    root: 'xylofon',
    prefixes: [],
    suffixes: [],
    reduplicated: false,
    known: false,
  })
  expect(analyseWith(['buku'])('')).toMatchObject({ root: '', known: false })
})

test('results are cached per analyser and cannot be changed by a caller', () => {
  const analyse = analyseWith(['kuat'])
  const first = analyse('penguatan')
  expect(analyse('penguatan')).toBe(first)
  expect(() => first.prefixes.push('di-')).toThrow(TypeError)
  expect(analyse('penguatan').prefixes).toEqual(['peN-'])
})
