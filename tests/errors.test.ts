import { describe, expect, it } from 'vitest'

import { isDownloadRefusal } from '../src/downloads/sheet'
import { codeOf } from '../src/errors'
import { isSearchError, isSearchQueryError, SearchQueryError, SearchUnavailableError } from '../src/search/errors'

/** What a second server chunk's copy of a class makes: the same mark and code, another class. */
const fromAnotherCopy = (message: string, code: string) => Object.assign(new Error(message), { [Symbol.for('hamafza.codedError')]: true, code })

describe('the app\'s errors are told apart by their code, whichever copy of their class made them', () => {
  it('recognises a search query error made by another copy of the module', () => {
    const copy = fromAnotherCopy('sort must be one of: relevance, newest, oldest', 'query_invalid')
    expect(copy instanceof SearchQueryError).toBe(false)
    expect(isSearchQueryError(copy)).toBe(true)
    expect(isSearchError(copy)).toBe(true)
  })

  it('tells the kinds apart, and knows nothing of other errors', () => {
    expect(isSearchQueryError(new SearchQueryError('q is longer than 500 characters', 'q'))).toBe(true)
    expect(isSearchQueryError(new SearchUnavailableError('down'))).toBe(false)
    expect(isSearchError(new SearchUnavailableError('down'))).toBe(true)
    expect(isDownloadRefusal(fromAnotherCopy('not found', 'download_refused'))).toBe(true)
    expect(codeOf(new Error('plain'))).toBeUndefined()
    expect(codeOf(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }))).toBeUndefined()
    expect(isSearchQueryError({ code: 'query_invalid' })).toBe(false)
  })
})
