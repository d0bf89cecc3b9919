import { domainPhrases, englishDomainWords } from './lexicon'
import { chance, integer, pick, ZipfSampler, type Random } from './random'
import type { Vocabulary } from './vocabulary'

/**
 * Writes Persian and English prose from the vocabulary: words in Zipf frequencies, a handful of
 * theme words that each document keeps coming back to (as real reports do), the field's set phrases,
 * English words dropped into Persian sentences, and the punctuation of written Persian.
 */

/** A document's subject: the words it repeats. */
export interface Theme {
  persian: string[]
  english: string[]
}

const themeShare = 0.07
const phraseShare = 0.02
const codeSwitchShare = 0.01

export class TextWriter {
  readonly #vocabulary: Vocabulary
  readonly #persian: ZipfSampler
  readonly #english: ZipfSampler

  constructor(vocabulary: Vocabulary, exponent = 1) {
    this.#vocabulary = vocabulary
    this.#persian = new ZipfSampler(vocabulary.persian.length, exponent)
    this.#english = new ZipfSampler(vocabulary.english.length, exponent)
  }

  get persianSampler() {
    return this.#persian
  }

  get englishSampler() {
    return this.#english
  }

  /** A word that carries meaning: a Zipf draw past the function words. */
  contentWord(random: Random, locale: 'fa' | 'en' = 'fa'): string {
    const [sampler, words, skip] =
      locale === 'fa'
        ? [this.#persian, this.#vocabulary.persian, this.#vocabulary.persianFunctionWords]
        : [this.#english, this.#vocabulary.english, this.#vocabulary.englishFunctionWords]
    for (;;) {
      const rank = sampler.draw(random)
      if (rank >= skip) return words[rank]!
    }
  }

  theme(random: Random): Theme {
    return {
      persian: Array.from({ length: integer(random, 4, 8) }, () => this.contentWord(random, 'fa')),
      english: Array.from({ length: integer(random, 4, 8) }, () => this.contentWord(random, 'en')),
    }
  }

  #word(random: Random, theme: Theme, locale: 'fa' | 'en'): string {
    const roll = random()
    if (roll < themeShare) return pick(random, theme[locale === 'fa' ? 'persian' : 'english'])
    if (locale === 'fa') {
      if (roll < themeShare + phraseShare) return pick(random, domainPhrases)
      if (roll < themeShare + phraseShare + codeSwitchShare) return pick(random, englishDomainWords)
      return this.#vocabulary.persian[this.#persian.draw(random)]!
    }
    return this.#vocabulary.english[this.#english.draw(random)]!
  }

  /** One sentence of `min`–`max` words, with its commas and full stop. */
  sentence(random: Random, theme: Theme, locale: 'fa' | 'en', min = 8, max = 22): string {
    const count = integer(random, min, max)
    const comma = locale === 'fa' ? '،' : ','
    const words: string[] = []
    for (let i = 0; i < count; i++) {
      const word = this.#word(random, theme, locale)
      words.push(i < count - 1 && chance(random, 0.06) ? word + comma : word)
    }
    const text = words.join(' ')
    return (locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text) + '.'
  }

  /** Paragraphs holding about `words` words in all. */
  paragraphs(random: Random, theme: Theme, locale: 'fa' | 'en', words: number): string[] {
    const out: string[] = []
    let written = 0
    while (written < words) {
      const sentences: string[] = []
      const perParagraph = integer(random, 3, 6)
      for (let i = 0; i < perParagraph && written < words; i++) {
        const sentence = this.sentence(random, theme, locale)
        written += sentence.split(' ').length
        sentences.push(sentence)
      }
      out.push(sentences.join(' '))
    }
    return out
  }

  /** A title: the theme's first words, more words, and sometimes where it happened. */
  title(random: Random, theme: Theme, locale: 'fa' | 'en', place?: string): string {
    const own = theme[locale === 'fa' ? 'persian' : 'english'].slice(0, integer(random, 1, 2))
    const more = Array.from({ length: integer(random, 2, 5) }, () => this.contentWord(random, locale))
    const where = place && chance(random, 0.4) ? [locale === 'fa' ? 'در' : 'in', place] : []
    const text = [...own, ...more, ...where].join(' ')
    return locale === 'en' ? text.charAt(0).toUpperCase() + text.slice(1) : text
  }
}

type Direction = 'rtl' | 'ltr'

const element = (direction: Direction) => ({ direction, format: '', indent: 0, version: 1 })

/** Lexical editor state of plain paragraphs, the shape Payload stores for a rich-text field. */
export const richText = (paragraphs: string[], direction: Direction) => ({
  root: {
    type: 'root',
    ...element(direction),
    children: paragraphs.map((text) => ({
      type: 'paragraph',
      textFormat: 0,
      textStyle: '',
      ...element(direction),
      children: [{ type: 'text', text, detail: 0, format: 0, mode: 'normal', style: '', version: 1 }],
    })),
  },
})
