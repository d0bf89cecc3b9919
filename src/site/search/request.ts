import { searchRequestFromURL } from '../../endpoints/searchParams'
import type { Locale } from '../../i18n/locales'
import type { User } from '../../payload-types'
import { isSearchQueryError, SearchQueryError } from '../../search/errors'
import type { SearchRequest, Visibility } from '../../search/port'
import { parseSearchRequest } from '../../search/query'

/**
 * The search a page or export address asks for, read and checked without the engine or the database, so
 * that the proxy can tell a bad address (answered 400) before the page renders.
 */

/** Members-only records are found by signed-in readers alone, as the search API decides by its cookie. */
export const visibilityFor = (user: User | null): Visibility[] => (user ? ['public', 'members'] : ['public'])

/** A page's `searchParams` as the URLSearchParams the search API reads. */
export const toSearchParams = (record: Record<string, string | string[] | undefined>): URLSearchParams => {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(record)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value]) params.append(key, item)
  }
  return params
}

/**
 * The search request a page's URL asks for, in the page's language. The address names the language
 * (/fa/…, /en/…); a `locale` parameter may repeat it, as a link built from the API's parameters does, and
 * is refused when it names another, like any parameter the search does not know.
 */
export const pageRequest = (params: URLSearchParams, locale: Locale, user: User | null): SearchRequest => {
  const own = new URLSearchParams(params)
  if (own.getAll('locale').some((value) => value !== locale))
    throw new SearchQueryError(`locale is given by the address (/${locale}/…); another language is not taken`, 'locale')
  own.delete('locale')
  own.set('locale', locale)
  return searchRequestFromURL(own, visibilityFor(user))
}

/** The first problem of a page's search address, checked as the engine will check it; null when there is none. */
export const pageSearchProblem = (params: URLSearchParams, locale: Locale): SearchQueryError | null => {
  try {
    parseSearchRequest(pageRequest(params, locale, null))
    return null
  } catch (error) {
    if (isSearchQueryError(error)) return error
    throw error
  }
}
