import { SearchQueryError } from '../search/errors'
import { isYearFacet, type FacetName, type SearchRequest } from '../search/port'

/** Facets a reader may filter by in the URL, and the ones whose counts every answer carries. */
export const urlFacets = ['type', 'outcome', 'practice', 'province', 'organization', 'targetGroup', 'stage', 'topic', 'fundingInstrument', 'year', 'jalaliYear'] as const
export const countedFacets: FacetName[] = ['type', 'outcome', 'province', 'organization', 'targetGroup', 'stage', 'topic', 'year', 'jalaliYear']

/**
 * The first Gregorian year a `year` parameter can mean: a smaller one is a Jalali year (the network's
 * records are of this century, about 1400 in the Jalali calendar and 2020 in the Gregorian one), so a
 * Persian reader may write `year=1402` as naturally as an English one writes `year=2023`.
 */
export const firstGregorianYear = 1700

const known = new Set<string>(['q', 'sort', 'page', 'limit', 'locale', ...urlFacets])

const wholeNumber = (name: string, value: string | null): number | undefined => {
  if (value === null) return undefined
  if (!/^\d{1,9}$/.test(value)) throw new SearchQueryError(`${name} must be a whole number`, name)
  return Number(value)
}

/** The facet a year value of the URL filters: `year` below firstGregorianYear means the Jalali year. */
export const yearFacetOf = (facet: FacetName, value: string): FacetName =>
  facet === 'year' && Number(value) < firstGregorianYear ? 'jalaliYear' : facet

/** The facets a search page offers in a language: years in the reader's calendar. */
export const shownFacets = (locale: 'fa' | 'en'): FacetName[] =>
  countedFacets.filter((facet) => facet !== (locale === 'fa' ? 'year' : 'jalaliYear'))

/**
 * Reads a search URL into a request: `?q=…&province=3&province=7&sort=newest&page=2`. A facet may be
 * repeated, or given as comma-separated values. Whatever the reader may see is decided by the server,
 * so a `visibility` parameter is refused rather than ignored.
 */
export const searchRequestFromURL = (params: URLSearchParams, visibility: ('public' | 'members')[]): SearchRequest => {
  for (const name of params.keys()) {
    if (!known.has(name)) throw new SearchQueryError(`unknown parameter: ${name}; known: ${[...known].join(', ')}`, name)
  }
  const filters: Record<string, (string | number)[]> = {}
  const add = (facet: FacetName, value: string | number) => (filters[facet] ??= []).push(value)
  for (const facet of urlFacets) {
    const values = params.getAll(facet).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
    for (const value of values) {
      if (!isYearFacet(facet)) add(facet, value)
      else {
        add(yearFacetOf(facet, value), wholeNumber(facet, value)!)
      }
    }
  }
  const single = (name: string) => {
    const all = params.getAll(name)
    if (all.length > 1) throw new SearchQueryError(`${name} may be given once`, name)
    return all[0] ?? null
  }
  return {
    q: single('q') ?? '',
    sort: (single('sort') ?? undefined) as SearchRequest['sort'],
    page: wholeNumber('page', single('page')),
    limit: wholeNumber('limit', single('limit')),
    locale: (single('locale') ?? undefined) as SearchRequest['locale'],
    filters: { ...filters, visibility },
    facets: countedFacets,
    highlight: true,
  }
}
