import { describe, expect, it } from 'vitest'

import { highlightText, termMatcher } from '../../src/search/highlight'
import { indexText, normalizeForSearch } from '../../src/search/normalize'

const matcherFor = (query: string, prefixes: string[] = []) => termMatcher(normalizeForSearch(query).split(' '), prefixes)

describe('highlights on the original text', () => {
  it('marks the author’s spelling when the reader typed Arabic letters', () => {
    const result = highlightText('برنامهٔ کاریابی جوانان', matcherFor('كاريابي'))
    expect(result.html).toBe('برنامهٔ <mark>کاریابی</mark> جوانان')
    expect(result.matches).toBe(1)
  })

  it('marks a half-spaced word whole, half-space included, when the reader left it out', () => {
    const result = highlightText('آموزش مهارت‌های فنی', matcherFor('مهارتهای'))
    expect(result.segments).toEqual([
      { text: 'آموزش ', match: false },
      { text: 'مهارت‌های', match: true },
      { text: ' فنی', match: false },
    ])
  })

  it('marks the spaced form of a word as one stretch', () => {
    expect(highlightText('ما می خواهیم کار کنیم', matcherFor('می‌خواهیم')).html).toBe('ما <mark>می خواهیم</mark> کار کنیم')
  })

  it('marks words a prefix begins', () => {
    expect(highlightText('کارآفرینی و کارآفرینان', termMatcher([], ['کاراف'])).html).toBe(
      '<mark>کارآفرینی</mark> و <mark>کارآفرینان</mark>',
    )
  })

  it('escapes the text around the marks', () => {
    expect(highlightText('<b>جوانان</b> & "کار"', matcherFor('کار')).html).toBe('&#60;b&#62;جوانان&#60;/b&#62; &#38; &#34;<mark>کار</mark>&#34;')
  })

  it('crops a long body around its densest matches and shows where it was cut', () => {
    const filler = Array.from({ length: 200 }, (_, i) => `واژه${i}`).join(' ')
    const body = `${filler} کاریابی برای جوانان و کاریابی برای زنان ${filler}`
    const result = highlightText(body, matcherFor('کاریابی'), { cropWords: 12 })
    expect(result.html.startsWith('…')).toBe(true)
    expect(result.html.endsWith('…')).toBe(true)
    expect(result.html.match(/<mark>کاریابی<\/mark>/g)).toHaveLength(2)
    expect(result.segments.map((s) => s.text).join('').split(/\s+/).length).toBeLessThanOrEqual(14)
  })

  it('looks no further than the scan limit into a long body, and says it stopped', async () => {
    const body = `${'واژه '.repeat(10)}کاریابی ${'واژه '.repeat(10_000)}کاریابی`
    const result = highlightText(body, matcherFor('کاریابی'), { cropWords: 12, scanChars: 200 })
    expect(result.matches).toBe(1)
    expect(result.html.endsWith('…')).toBe(true)
    expect(highlightText('کار و کاریابی', matcherFor('کاریابی'), { cropWords: 12, scanChars: 7 }).html).toBe('کار و…')
  })

  it('finds where the first matching word of an index text starts: a whole word, or one a prefix begins', () => {
    const matcher = termMatcher(['کار', 'c++'], ['مهار'])
    expect(matcher.firstIn('بازار کارگاه کار')).toBe(13)
    expect(matcher.firstIn('کار بازار')).toBe(0)
    expect(matcher.firstIn('یک مهارت و کار')).toBe(3)
    expect(matcher.firstIn('زبان c++ را')).toBe(5)
    expect(matcher.firstIn('کارگاه بازار نیمهارت')).toBe(-1)
    expect(termMatcher([]).firstIn('کار')).toBe(-1)
  })

  describe('guided by the index text', () => {
    const filler = (n: number) => Array.from({ length: n }, (_, i) => `واژه${i}`).join(' ')

    it('finds the same snippet as reading the whole body', () => {
      for (const body of [
        `${filler(2000)} برنامهٔ كاريابي جوانان ${filler(50)}`,
        `برنامهٔ كاريابي جوانان ${filler(2000)}`,
        `${filler(700)} کاریابی ${filler(700)}`,
      ]) {
        const guided = highlightText(body, matcherFor('کاریابی'), { cropWords: 12, indexed: indexText(body) })
        expect(guided).toEqual(highlightText(body, matcherFor('کاریابی'), { cropWords: 12 }))
        expect(guided.matches).toBe(1)
      }
    })

    it('shows the opening words, unmarked, when the index text holds no match', () => {
      const body = `یک دو سه ${filler(3000)}`
      const result = highlightText(body, matcherFor('کاریابی'), { cropWords: 3, indexed: indexText(body) })
      expect(result).toMatchObject({ html: 'یک دو سه…', matches: 0 })
    })

    it('reads the whole body when its guess of where the match is misses', () => {
      const body = `${filler(3000)} کاریابی`
      const misleading = `کاریابی ${filler(3000)}`
      const result = highlightText(body, matcherFor('کاریابی'), { cropWords: 5, indexed: indexText(misleading) })
      expect(result.matches).toBe(1)
      expect(result.html.endsWith('<mark>کاریابی</mark>')).toBe(true)
    })
  })

  it('shows the start of a body with no match, unmarked', () => {
    const result = highlightText('یک دو سه چهار پنج شش', matcherFor('هفت'), { cropWords: 3 })
    expect(result.html).toBe('یک دو سه…')
    expect(result.matches).toBe(0)
  })

  it('keeps a short text whole', () => {
    expect(highlightText('کار شایسته.', matcherFor('کار'), { cropWords: 30 }).html).toBe('<mark>کار</mark> شایسته.')
  })
})
