import { describe, expect, it } from 'vitest'

import { indexText, normalizeForSearch, searchWords } from '../../src/search/normalize'

/** [how someone may write it, how the network usually writes it] — both must match as one. */
const variants: [string, string][] = [
  // Arabic letters typed on an Arabic keyboard
  ['كار', 'کار'],
  ['كاريابي', 'کاریابی'],
  ['يادگيري', 'یادگیری'],
  ['مربى', 'مربی'],
  ['كارآفريني', 'کارآفرینی'],
  ['ﻛﺎﺭ', 'کار'], // presentation forms
  ['ڪار', 'کار'],
  // teh marbuta, heh with hamza, heh forms
  ['مدرسة', 'مدرسه'],
  ['خانۀ ما', 'خانه ما'],
  ['خانهٔ ما', 'خانه ما'],
  ['خانه‌ی ما', 'خانه ما'],
  ['خانه ی ما', 'خانه ما'],
  ['برنامۀ درسی', 'برنامه درسی'],
  ['ھدف', 'هدف'],
  // alef with hamza or madda, waw and yeh with hamza
  ['أصول', 'اصول'],
  ['إسلامی', 'اسلامی'],
  ['آموزش', 'اموزش'],
  ['ٱلف', 'الف'],
  ['مؤسسه', 'موسسه'],
  ['پائیز', 'پاییز'],
  ['اجزاء', 'اجزا'],
  // diacritics and tatweel
  ['جَوانان', 'جوانان'],
  ['مُربّی', 'مربی'],
  ['کارجویانِ', 'کارجویان'],
  ['تـــوانمندسازی', 'توانمندسازی'],
  ['عِلمیً', 'علمی'],
  ['نتیجهً', 'نتیجه'],
  // half-spaces, missing or extra
  ['می‌خواهم', 'میخواهم'],
  ['می خواهم', 'میخواهم'],
  ['نمی‌توانند', 'نمیتوانند'],
  ['نمی توانند', 'نمیتوانند'],
  ['مهارت‌های فنی', 'مهارتهای فنی'],
  ['مهارت های فنی', 'مهارتهای فنی'],
  ['کتاب‌ها', 'کتابها'],
  ['بزرگ‌تر', 'بزرگتر'],
  ['بزرگ تر', 'بزرگتر'],
  ['موفق‌ترین', 'موفقترین'],
  ['برنامه‌ای', 'برنامهای'],
  ['رفته‌اند', 'رفتهاند'],
  ['بی‌کاری', 'بیکاری'],
  ['بی کاری', 'بیکاری'],
  ['دانش‌آموز', 'دانشآموز'],
  ['می\u200Bخواهم', 'میخواهم'], // zero-width space typed for a half-space
  ['کار\u200Dیابی', 'کاریابی'], // zero-width joiner vanishes
  ['\u200Fکاریابی\u200E', 'کاریابی'], // bidi marks
  ['\uFEFFکاریابی', 'کاریابی'],
  // digits
  ['۱۴۰۲', '1402'],
  ['١٤٠٢', '1402'],
  ['۱۲ هفته', '12 هفته'],
  ['٣٫٥', '3.5'],
  // Latin
  ['Mentoring', 'mentoring'],
  ['JOB SEEKERS', 'job seekers'],
  ['Résumé', 'resume'],
  ['ﬁnance', 'finance'],
  ['NGO‌ها', 'ngoها'],
]

describe('Persian-first normalization', () => {
  it.each(variants)('«%s» matches as «%s»', (variant, usual) => {
    expect(normalizeForSearch(variant)).toBe(normalizeForSearch(usual))
  })

  it('has a table of at least 40 variants', () => {
    expect(variants.length).toBeGreaterThanOrEqual(40)
  })

  it.each([
    ['كاريابي', 'کاریابی'],
    ['آموزش', 'اموزش'],
    ['می‌خواهم', 'میخواهم'],
    ['۱۴۰۲', '1402'],
    ['Mentoring, Coaching!', 'mentoring coaching'],
    ['  کار   و   دانش  ', 'کار و دانش'],
  ])('writes «%s» as «%s»', (input, expected) => {
    expect(normalizeForSearch(input)).toBe(expected)
  })

  it('makes the three spellings of «I want» one word', () => {
    const forms = ['می‌خواهم', 'میخواهم', 'می خواهم'].map(normalizeForSearch)
    expect(new Set(forms)).toEqual(new Set(['میخواهم']))
  })

  it('keeps a lone «می» or «ها» at the edges of the text as words', () => {
    expect(normalizeForSearch('ها و می')).toBe('ها و می')
  })

  it('indexes the pieces of a half-spaced word beside the joined word', () => {
    expect(indexText('مهارت‌های فنی')).toBe('مهارتهای مهارت های فنی')
    expect(indexText('میخواهم')).toBe('میخواهم')
  })

  it('remembers where each word stands in the original text', () => {
    const text = 'زنانِ سرپرستِ خانوار می‌خواهند «کار» کنند.'
    const words = searchWords(text).map((word) => text.slice(word.start, word.end))
    expect(words).toEqual(['زنانِ', 'سرپرستِ', 'خانوار', 'می‌خواهند', 'کار', 'کنند'])
  })

  it('keeps offsets right across characters outside the basic plane', () => {
    const text = '😀 کار 𝐀𝐁'
    const words = searchWords(text)
    expect(words.map((word) => text.slice(word.start, word.end))).toEqual(['کار', '𝐀𝐁'])
    expect(words.map((word) => word.joined)).toEqual(['کار', 'ab'])
  })
})

/** A small seeded generator, so a failing case can be replayed. */
const random = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647
  return seed / 2147483647
}

const alphabet = [
  ...'ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی',
  ...'يكىةۀأإآؤئء',
  '\u064E', '\u0650', '\u064F', '\u0651', '\u0654', '\u0670', '\u0640',
  '\u200C', '\u200B', '\u200D', '\u200F', '\uFEFF',
  ...'۰۱۲۳٤٥٦abcXYZé',
  ' ', ' ', ' ', '.', '،', '«', '»', '\n',
  'می', 'ها', 'های', 'تر', 'ترین', 'ای', 'ه', 'ی', 'نمی', 'بی', 'ام',
]

describe('normalization properties', () => {
  const next = random(42)
  const samples = Array.from({ length: 2000 }, () =>
    Array.from({ length: 1 + Math.floor(next() * 24) }, () => alphabet[Math.floor(next() * alphabet.length)]).join(''),
  )

  it('is idempotent: normalizing twice changes nothing', () => {
    for (const sample of [...samples, ...variants.flat()]) {
      const once = normalizeForSearch(sample)
      expect(normalizeForSearch(once), JSON.stringify(sample)).toBe(once)
    }
  })

  it('leaves only letters, digits and single spaces', () => {
    for (const sample of samples) {
      const normalized = normalizeForSearch(sample)
      expect(normalized, JSON.stringify(sample)).toMatch(/^(?:[\p{L}\p{N}\p{M}]+(?: [\p{L}\p{N}\p{M}]+)*)?$/u)
      expect(normalized).not.toMatch(/[يكىةۀأإآؤئ\u064B-\u065F\u0640\u200C]/)
    }
  })

  it('finds every normalized word in the index text of the same input', () => {
    for (const sample of samples) {
      const indexed = new Set(indexText(sample).split(' '))
      for (const word of normalizeForSearch(sample).split(' ').filter(Boolean)) expect(indexed.has(word)).toBe(true)
    }
  })

  it('gives word spans that lie inside the original text, in order', () => {
    for (const sample of samples) {
      let cursor = 0
      for (const word of searchWords(sample)) {
        expect(word.start).toBeGreaterThanOrEqual(cursor)
        expect(word.end).toBeGreaterThan(word.start)
        expect(word.end).toBeLessThanOrEqual(sample.length)
        cursor = word.end
      }
    }
  })
})
