import { SearchQueryError } from './errors'
import { charLength, normalizeForSearch, searchWords } from './normalize'
import {
  facetNames,
  isYearFacet,
  searchLocales,
  searchSorts,
  visibilities,
  type FacetName,
  type SearchFilters,
  type SearchLocale,
  type SearchSort,
} from './port'
import { searchSettings, type SearchSettings } from './settings'

/**
 * Checks a search request once, for both adapters, and reads its query into words. Anything a client
 * could get wrong becomes a SearchQueryError naming the field, which the HTTP layer answers with a 400.
 */

export interface QueryWord {
  /** Folded and joined, as the index stores it. */
  joined: string
  /** The pieces the reader wrote it in («مهارت‌های» → مهارت, های), to also match them side by side. */
  parts: string[]
  /** The word the reader is still typing: it also matches as a prefix. */
  prefix: boolean
}

export type ParsedFilters = Omit<SearchFilters, 'visibility'> & { visibility: NonNullable<SearchFilters['visibility']> }

export interface ParsedRequest {
  /** The query in matching form, empty for browsing. */
  normalized: string
  words: QueryWord[]
  filters: ParsedFilters
  facets: FacetName[]
  sort: SearchSort
  page: number
  limit: number
  locale: SearchLocale
  highlight: boolean
}

// Tab, newline and carriage return pass (pasted text carries them); other control characters do not.
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/
const maxFilterValueLength = 200
export const maxPage = 10_000

const fail = (field: string, message: string): never => {
  throw new SearchQueryError(message, field)
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const oneOf = <T extends string>(allowed: readonly T[], value: unknown, field: string, fallback: T): T => {
  if (value === undefined) return fallback
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
    return fail(field, `${field} must be one of: ${allowed.join(', ')}`)
  return value as T
}

const integerIn = (value: unknown, field: string, min: number, max: number, fallback: number): number => {
  if (value === undefined) return fallback
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    return fail(field, `${field} must be a whole number from ${min} to ${max}`)
  return value
}

const filterValues = (facet: FacetName, value: unknown, settings: SearchSettings): (string | number)[] => {
  const field = `filters.${facet}`
  if (!Array.isArray(value)) return fail(field, `${field} must be a list`)
  if (value.length > settings.limits.maxFilterValues)
    return fail(field, `${field} takes at most ${settings.limits.maxFilterValues} values`)
  return value.map((item) => {
    if (isYearFacet(facet)) {
      if (typeof item !== 'number' || !Number.isInteger(item)) return fail(field, `${field} takes whole years`)
      return item
    }
    if (typeof item !== 'string' || item === '' || item.length > maxFilterValueLength || controlCharacters.test(item))
      return fail(field, `${field} takes non-empty text values`)
    if (facet === 'visibility' && !(visibilities as readonly string[]).includes(item))
      return fail(field, `${field} must be among: ${visibilities.join(', ')}`)
    return item
  })
}

const parseFilters = (value: unknown, settings: SearchSettings): ParsedFilters => {
  if (value === undefined) return { visibility: ['public'] }
  if (!isPlainObject(value)) return fail('filters', 'filters must be an object')
  const filters: Record<string, unknown> = {}
  for (const [key, values] of Object.entries(value)) {
    if (values === undefined) continue
    if (!(facetNames as readonly string[]).includes(key)) fail(`filters.${key}`, `unknown filter: ${key}`)
    filters[key] = filterValues(key as FacetName, values, settings)
  }
  // Fail closed: without an explicit visibility, only public records are searched.
  if (!Array.isArray(filters.visibility) || filters.visibility.length === 0) filters.visibility = ['public']
  return filters as ParsedFilters
}

const parseFacets = (value: unknown): FacetName[] => {
  if (value === undefined) return []
  if (!Array.isArray(value)) return fail('facets', 'facets must be a list')
  for (const name of value)
    if (typeof name !== 'string' || !(facetNames as readonly string[]).includes(name))
      fail('facets', `unknown facet: ${String(name)}; known: ${facetNames.join(', ')}`)
  return [...new Set(value as FacetName[])]
}

/** Words of the query; the last is a prefix unless the reader has typed past it. */
export const parseQueryWords = (q: string, settings: SearchSettings = searchSettings): QueryWord[] => {
  const words = searchWords(q).slice(0, settings.limits.maxQueryWords)
  const last = words.at(-1)
  const stillTyping = last !== undefined && last.end === q.length
  return words.map((word) => ({
    joined: word.joined,
    parts: word.parts,
    prefix: word === last && stillTyping && charLength(word.joined) >= settings.prefixMinLength,
  }))
}

export const parseSearchRequest = (request: unknown, settings: SearchSettings = searchSettings): ParsedRequest => {
  if (!isPlainObject(request)) return fail('request', 'the search request must be an object')
  const { q = '', filters, facets, sort, page, limit, locale, highlight = true } = request
  if (typeof q !== 'string') return fail('q', 'q must be text')
  if (q.length > settings.limits.maxQueryLength)
    fail('q', `q is longer than ${settings.limits.maxQueryLength} characters`)
  if (controlCharacters.test(q)) fail('q', 'q contains control characters')
  if (typeof highlight !== 'boolean') fail('highlight', 'highlight must be true or false')
  const words = parseQueryWords(q, settings)
  const requestedSort = oneOf(searchSorts, sort, 'sort', 'relevance')
  return {
    normalized: words.map((word) => word.joined).join(' '),
    words,
    filters: parseFilters(filters, settings),
    facets: parseFacets(facets),
    // Relevance means nothing without words: browsing shows the newest first.
    sort: words.length || requestedSort !== 'relevance' ? requestedSort : 'newest',
    page: integerIn(page, 'page', 1, maxPage, 1),
    limit: integerIn(limit, 'limit', 1, settings.limits.maxLimit, settings.limits.defaultLimit),
    locale: oneOf(searchLocales, locale, 'locale', 'fa'),
    highlight: highlight as boolean,
  }
}

/** The configured synonyms in matching form, each key pointing at its alternatives. */
export const normalizedSynonyms = (settings: SearchSettings = searchSettings): Map<string, string[]> => {
  const map = new Map<string, string[]>()
  for (const [word, alternatives] of Object.entries(settings.synonyms)) {
    const key = normalizeForSearch(word)
    const values = alternatives.map(normalizeForSearch).filter((value) => value !== '' && value !== key)
    if (key && values.length) map.set(key, [...new Set([...(map.get(key) ?? []), ...values])])
  }
  return map
}
