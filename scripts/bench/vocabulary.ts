import { normalizeForSearch } from '../../src/search/normalize'
import {
  attachedPrefixes,
  attachedSuffixes,
  domainWords,
  englishDomainWords,
  englishFunctionWords,
  englishSyllables,
  functionWords,
  halfSpacePrefixes,
  joinedBySpaceSuffixes,
  stems,
  syllables,
} from './lexicon'
import { integer, pick, seededRandom, shuffle, type Random } from './random'

/**
 * The corpus vocabulary: Persian words in order of frequency rank, and a smaller English one. Every
 * word is distinct after the app's own normalization, so each is a distinct term in the index.
 */

export interface Vocabulary {
  /** Rank 0 is the most frequent word. */
  persian: string[]
  english: string[]
  /** How many of the first Persian ranks are function words («و», «در» …), never searched for alone. */
  persianFunctionWords: number
  englishFunctionWords: number
}

export interface VocabularyOptions {
  seed: number
  persianWords?: number
  englishWords?: number
}

const ZWNJ = '\u200C'

/** Adds words whose normalized form is new; returns how many were added. */
class DistinctWords {
  readonly #seen = new Set<string>()
  readonly words: string[] = []

  add(word: string): boolean {
    const key = normalizeForSearch(word)
    if (!key || key.includes(' ') || this.#seen.has(key)) return false
    this.#seen.add(key)
    this.words.push(word)
    return true
  }

  has(word: string) {
    return this.#seen.has(normalizeForSearch(word))
  }
}

/** Real stems with real affixes and compounds, then words made of real syllables, until `target`. */
const persianLongTail = (random: Random, taken: DistinctWords, target: number): string[] => {
  const tail = new DistinctWords()
  const add = (word: string) => !taken.has(word) && tail.add(word)
  for (const stem of stems) {
    add(stem)
    for (const suffix of attachedSuffixes) add(stem + suffix)
    for (const suffix of joinedBySpaceSuffixes) add(stem + ZWNJ + suffix)
    for (const prefix of halfSpacePrefixes) add(prefix + ZWNJ + stem)
    for (const prefix of attachedPrefixes) add(prefix + stem)
  }
  // Compounds of two stems with a half-space, as in «دانش‌آموز» and «مهارت‌آموزی».
  for (let i = 0; i < 4000; i++) add(pick(random, stems) + ZWNJ + pick(random, stems) + (random() < 0.3 ? pick(random, attachedSuffixes) : ''))
  let attempts = 0
  while (tail.words.length < target && attempts++ < target * 20) {
    const parts = Array.from({ length: integer(random, 2, 3) }, () => pick(random, syllables))
    const word = parts.join('') + (random() < 0.15 ? ZWNJ + pick(random, joinedBySpaceSuffixes) : '')
    add(word)
  }
  return tail.words.slice(0, target)
}

const englishLongTail = (random: Random, taken: DistinctWords, target: number): string[] => {
  const tail: string[] = []
  let attempts = 0
  while (tail.length < target && attempts++ < target * 50) {
    const word = Array.from({ length: integer(random, 2, 4) }, () => pick(random, englishSyllables)).join('')
    if (taken.add(word)) tail.push(word)
  }
  return tail
}

/** Places `head` words at random ranks within the first `within` places of `rest`. */
const spreadAmong = (random: Random, head: string[], rest: string[], within: number): string[] => {
  const out = [...rest]
  for (const word of head) out.splice(integer(random, 0, Math.min(within, out.length)), 0, word)
  return out
}

export const buildVocabulary = ({ seed, persianWords = 36_000, englishWords = 4_000 }: VocabularyOptions): Vocabulary => {
  const random = seededRandom(seed, 'vocabulary')
  const taken = new DistinctWords()
  const persianFunction = functionWords.filter((word) => taken.add(word))
  const domain = domainWords.filter((word) => taken.add(word))
  const englishFunction = englishFunctionWords.filter((word) => taken.add(word))
  const englishDomain = englishDomainWords.filter((word) => taken.add(word))
  const persianTail = persianLongTail(random, taken, persianWords - persianFunction.length - domain.length)
  for (const word of persianTail) taken.add(word)
  const englishTail = englishLongTail(random, taken, englishWords - englishFunction.length - englishDomain.length)
  return {
    // Domain words are common in this corpus: they sit among the first 1,500 ranks.
    persian: [...persianFunction, ...spreadAmong(random, shuffle(random, domain), shuffle(random, persianTail), 1_500)],
    english: [...englishFunction, ...spreadAmong(random, shuffle(random, englishDomain), shuffle(random, englishTail), 600)],
    persianFunctionWords: persianFunction.length,
    englishFunctionWords: englishFunction.length,
  }
}
