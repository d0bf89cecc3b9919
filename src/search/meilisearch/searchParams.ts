import type { FacetDistribution, SearchParams } from 'meilisearch'

import { facetNames, type FacetCounts, type FacetName } from '../port'
import type { ParsedFilters, ParsedRequest } from '../query'
import { facetFields } from '../settings'
import { displayedFields, normalizedFieldNames, textLocale } from './documents'

/** A parsed Hamafza request as Meilisearch search parameters, and its facets back again. */

// Private-use characters never survive normalization, so they cannot collide with indexed text.
export const markStart = '\uE000'
export const markEnd = '\uE001'

const quote = (value: string) => `"${value.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`

export const filterExpression = (filters: ParsedFilters): string =>
  facetNames
    .map((facet) => {
      const values = filters[facet]
      if (!values?.length) return null
      const list = values.map((value) => (typeof value === 'number' ? String(value) : quote(value)))
      return `${facetFields[facet]} IN [${list.join(', ')}]`
    })
    .filter((clause): clause is string => clause !== null)
    .join(' AND ')

/**
 * The query as Meilisearch should read it: already normalized, and ending in a space when the last word
 * is complete, which is how Meilisearch is told not to treat it as a prefix.
 */
export const meilisearchQuery = (request: ParsedRequest): string => {
  const last = request.words.at(-1)
  return last && !last.prefix ? `${request.normalized} ` : request.normalized
}

/** Page-numbered parameters, for which Meilisearch returns an exhaustive `totalHits`. */
export type PagedSearchParams = SearchParams & { page: number; hitsPerPage: number }

export const searchParams = (request: ParsedRequest, cropWords: number): PagedSearchParams => {
  const params: PagedSearchParams = {
    filter: filterExpression(request.filters),
    facets: request.facets.map((facet) => facetFields[facet]),
    page: request.page,
    hitsPerPage: request.limit,
    // Every word must match, as in the embedded engine; Meilisearch would otherwise drop words.
    matchingStrategy: 'all',
    attributesToRetrieve: displayedFields,
    // As the fields are read (meilisearchSettings): otherwise Meilisearch guesses the query's language.
    locales: [textLocale],
  }
  if (request.sort !== 'relevance') params.sort = [`publishedAt:${request.sort === 'newest' ? 'desc' : 'asc'}`]
  if (request.highlight && request.words.length) {
    params.attributesToHighlight = normalizedFieldNames
    params.attributesToCrop = normalizedFieldNames.filter((name) => name.startsWith('norm_body_'))
    params.cropLength = cropWords
    params.highlightPreTag = markStart
    params.highlightPostTag = markEnd
  }
  return params
}

const fieldToFacet = new Map<string, FacetName>(facetNames.map((facet) => [facetFields[facet], facet]))

export const facetCounts = (distribution: FacetDistribution | undefined, requested: FacetName[]): FacetCounts => {
  const counts: FacetCounts = Object.fromEntries(requested.map((facet) => [facet, {}]))
  for (const [field, values] of Object.entries(distribution ?? {})) {
    const facet = fieldToFacet.get(field)
    if (facet && requested.includes(facet)) counts[facet] = { ...values }
  }
  return counts
}

/**
 * The normalized words Meilisearch marked in a hit's formatted fields, whole: a prefix match marks only
 * the typed part («کاراف» in «کارافرینی»), and the original text is highlighted word by word.
 */
export const markedWords = (formatted: Record<string, unknown> | undefined): Set<string> => {
  const words = new Set<string>()
  for (const name of normalizedFieldNames) {
    const text = formatted?.[name]
    if (typeof text !== 'string' || !text.includes(markStart)) continue
    for (const token of text.split(/\s+/))
      if (token.includes(markStart)) words.add(token.replaceAll(markStart, '').replaceAll(markEnd, '').replace(/^…|…$/g, ''))
  }
  return words
}
