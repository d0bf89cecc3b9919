import { describe, expect, it } from 'vitest'

import { matchExpression, type ExpandedWord } from '../../src/search/embedded/matchExpression'
import { parseQueryWords } from '../../src/search/query'

const expanded = (q: string, more: Partial<ExpandedWord> = {}): ExpandedWord[] =>
  parseQueryWords(q).map((word) => ({ word, typos: [], synonyms: [], completions: null, typoPrefixes: [], joins: [], split: null, ...more }))

describe('the FTS5 expression of a query', () => {
  it('matches a half-spaced word joined, or as its pieces together when a document may have spaced them', () => {
    expect(matchExpression(expanded('دانش‌آموز '))).toBe('("دانشاموز" OR ("دانش" AND "اموز"))')
  })

  it('leaves out the pieces when spacing them apart would have joined them again', () => {
    // «نمی سازم» and «کتاب ها» are indexed joined whichever way a document wrote them.
    expect(matchExpression(expanded('نمی‌سازم '))).toBe('"نمیسازم"')
    expect(matchExpression(expanded('کتاب‌ها '))).toBe('"کتابها"')
  })

  it('matches a word still being typed as a prefix, or as the words it completes when they were looked up', () => {
    expect(matchExpression(expanded('مهار'))).toBe('("مهار" OR "مهار"*)')
    expect(matchExpression(expanded('مهارت', { completions: ['مهارت', 'مهارتها'] }))).toBe('("مهارت" OR "مهارتها")')
  })

  it('adds typo forms only when asked, and every word must match', () => {
    const words = expanded('کاریاپی شغل ', { typos: ['کاریابی'] })
    expect(matchExpression(words, false)).toBe('"کاریاپی" AND "شغل"')
    expect(matchExpression(words)).toBe('("کاریاپی" OR "کاریابی") AND ("شغل" OR "کاریابی")')
  })
})
