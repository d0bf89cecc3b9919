import { urlFacets } from '../../endpoints/searchParams'
import { formatNumber } from '../../i18n/dates'
import type { Locale } from '../../i18n/locales'
import type { SearchQueryError } from '../../search/errors'
import { maxPage } from '../../search/query'
import { searchSettings } from '../../search/settings'
import { searchProblemText } from '../text/search'

/**
 * A bad search address said in the reader's language, naming the parameter at fault; the engine's own
 * message (English, for programs) stays the search API's.
 */
export const describeSearchProblem = (error: SearchQueryError, params: URLSearchParams, locale: Locale, { maxRows }: { maxRows?: number } = {}): string => {
  const name = (error.field ?? '').replace(/^filters\./, '')
  const say = (key: keyof typeof searchProblemText, max?: number) =>
    searchProblemText[key][locale].replace('{name}', key === 'locale' ? locale : name).replace('{max}', max === undefined ? '' : formatNumber(max, locale))
  if (params.getAll(name).length > 1 && !(urlFacets as readonly string[]).includes(name)) return say('once')
  switch (name) {
    case 'q':
      return say('q', searchSettings.limits.maxQueryLength)
    case 'sort':
      return say('sort')
    case 'page':
      return say('page', maxPage)
    case 'limit':
      return say('limit', maxRows ?? searchSettings.limits.maxLimit)
    case 'locale':
      return say('locale')
    case 'year':
    case 'jalaliYear':
      return say('year')
    default:
      return (urlFacets as readonly string[]).includes(name) ? say('filter', searchSettings.limits.maxFilterValues) : say('unknown')
  }
}
