import { describe, expect, it } from 'vitest'

import { SearchQueryError } from '../../src/search/errors'
import { parseQueryWords, parseSearchRequest } from '../../src/search/query'

const rejects = (request: unknown, field: string) => {
  try {
    parseSearchRequest(request)
  } catch (error) {
    expect(error).toBeInstanceOf(SearchQueryError)
    expect((error as SearchQueryError).field).toBe(field)
    return
  }
  throw new Error(`accepted ${JSON.stringify(request)}`)
}

describe('reading a search request', () => {
  it('fills in the defaults: first page, public records only, Persian', () => {
    const parsed = parseSearchRequest({ q: 'کاریابی' })
    expect(parsed).toMatchObject({ page: 1, limit: 20, locale: 'fa', sort: 'relevance', facets: [], highlight: true })
    expect(parsed.filters.visibility).toEqual(['public'])
  })

  it('browses newest first when there are no words to rank by', () => {
    expect(parseSearchRequest({ q: '  ' }).sort).toBe('newest')
    expect(parseSearchRequest({ q: '', sort: 'oldest' }).sort).toBe('oldest')
  })

  it('treats the last word as a prefix while the reader is still typing it', () => {
    expect(parseQueryWords('آموزش مهار').map((w) => w.prefix)).toEqual([false, true])
    expect(parseQueryWords('آموزش مهارت ').map((w) => w.prefix)).toEqual([false, false])
    expect(parseQueryWords('آموزش م').map((w) => w.prefix)).toEqual([false, false])
  })

  it('reads a half-spaced query word as one word with its pieces', () => {
    expect(parseQueryWords('مهارت‌های ')).toEqual([{ joined: 'مهارتهای', parts: ['مهارت', 'های'], prefix: false }])
  })

  it('keeps only the first ten words, as Meilisearch does', () => {
    expect(parseQueryWords(Array.from({ length: 14 }, (_, i) => `w${i}`).join(' '))).toHaveLength(10)
  })

  it('refuses a query of 2,000 characters', () => rejects({ q: 'ک'.repeat(2000) }, 'q'))
  it('refuses control characters in the query', () => rejects({ q: 'کار\u0000' }, 'q'))
  it('refuses a bell character too', () => rejects({ q: 'کار\u0007یابی' }, 'q'))
  it('accepts a pasted newline', () => expect(parseSearchRequest({ q: 'کار\nیابی' }).words).toHaveLength(2))
  it('refuses an unknown facet', () => rejects({ facets: ['colour'] }, 'facets'))
  it('refuses an unknown filter', () => rejects({ filters: { colour: ['red'] } }, 'filters.colour'))
  it('refuses a filter that is not a list', () => rejects({ filters: { province: 'tehran' } }, 'filters.province'))
  it('refuses a year that is not a number', () => rejects({ filters: { year: ['2020'] } }, 'filters.year'))
  it('refuses an unknown visibility', () => rejects({ filters: { visibility: ['draft'] } }, 'filters.visibility'))
  it('refuses a limit over the cap', () => rejects({ limit: 1000 }, 'limit'))
  it('refuses page zero', () => rejects({ page: 0 }, 'page'))
  it('refuses an unknown sort', () => rejects({ sort: 'random' }, 'sort'))
  it('refuses an unknown locale', () => rejects({ locale: 'de' }, 'locale'))
  it('refuses a query that is not text', () => rejects({ q: 42 }, 'q'))
  it('refuses a request that is not an object', () => rejects('کار', 'request'))
})
