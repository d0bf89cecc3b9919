import type { CollectionSlug, Payload } from 'payload'

import { labelFacets, type FacetValue } from '../../endpoints/facetLabels'
import { getSearchEngine } from '../../jobs/searchEngine'
import type { FacetName, SearchEngine, SearchFilters, SearchRequest, SearchResult } from '../../search/port'
import type { User } from '../../payload-types'
import type { Locale } from '../locale'

export type LabelledFacets = Partial<Record<FacetName, FacetValue[]>>

export type PageSearch = { request: SearchRequest; result: SearchResult; facets: LabelledFacets }

/**
 * Runs a page's search on the engine, with the names of each facet's values. Within a facet the values
 * are alternatives, so a facet the reader has ticked is counted as if it were not ticked: its other
 * values stay on offer with the number of results they would add.
 */
export const runPageSearch = async (payload: Payload, request: SearchRequest, engine?: SearchEngine): Promise<PageSearch> => {
  const search = engine ?? (await getSearchEngine())
  const filters = request.filters ?? {}
  const ticked = (request.facets ?? []).filter((facet) => facet !== 'visibility' && (filters[facet]?.length ?? 0) > 0)
  const [result, ...others] = await Promise.all([
    search.search(request),
    ...ticked.map((facet) => {
      const others: SearchFilters = { ...filters }
      delete others[facet]
      return search.search({ ...request, filters: others, facets: [facet], page: 1, limit: 1, highlight: false })
    }),
  ])
  const counts = { ...result.facets }
  ticked.forEach((facet, index) => {
    counts[facet] = others[index]!.facets[facet] ?? counts[facet]
  })
  // Named as the search API names them (src/endpoints/facetLabels.ts keeps the names until a record changes).
  const facets = await labelFacets(payload, counts, request.locale ?? 'fa')
  return { request, result, facets }
}

/** Names of records (organizations, provinces) by id, in the reader's language, read as the reader. */
export const namesOf = async (
  payload: Payload,
  collection: Extract<CollectionSlug, 'organizations' | 'provinces'>,
  ids: Iterable<string>,
  locale: Locale,
  user: User | null,
  known: Map<string, string> = new Map(),
): Promise<Map<string, string>> => {
  const missing = [...new Set(ids)].filter((id) => id && !known.has(id))
  if (missing.length) {
    const { docs } = await payload.find({
      collection,
      where: { id: { in: missing } },
      locale,
      depth: 0,
      limit: missing.length,
      pagination: false,
      select: { name: true },
      overrideAccess: false,
      user,
    })
    for (const doc of docs) known.set(String(doc.id), doc.name ?? String(doc.id))
  }
  return known
}

/** `case-studies:12` → 12: the record's own id, for its page's address. */
export const recordId = (searchId: string): string => searchId.slice(searchId.indexOf(':') + 1)
