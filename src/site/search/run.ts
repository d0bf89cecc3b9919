import type { CollectionSlug, Payload } from 'payload'

import { labelFacets, type FacetValue } from '../../endpoints/facetLabels'
import { searchRequestFromURL } from '../../endpoints/searchParams'
import { getSearchEngine } from '../../jobs/searchEngine'
import type { FacetCounts, FacetName, SearchEngine, SearchFilters, SearchRequest, SearchResult, Visibility } from '../../search/port'
import type { User } from '../../payload-types'
import type { Locale } from '../locale'
import { contentGeneration } from '../memo'

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

/** The search request a page's URL asks for, in the page's language (a `locale` parameter cannot change it). */
export const pageRequest = (params: URLSearchParams, locale: Locale, user: User | null): SearchRequest => {
  const own = new URLSearchParams(params)
  own.delete('locale')
  own.set('locale', locale)
  return searchRequestFromURL(own, visibilityFor(user))
}

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
  const facets = await labelled(payload, counts, request.locale ?? 'fa')
  return { request, result, facets }
}

/** The facets whose values are records, and their collections (all readable by anyone). */
const namedFacets = {
  province: 'provinces',
  organization: 'organizations',
  targetGroup: 'target-groups',
  stage: 'process-stages',
  topic: 'topics',
  fundingInstrument: 'funding-instruments',
} as const satisfies Partial<Record<FacetName, CollectionSlug>>
type NamedFacet = keyof typeof namedFacets

const namesTtlMs = 60_000
const nameTables = new Map<string, { at: number; generation: number; table: Promise<Map<string, string>> }>()

/**
 * Every name of a small public collection (provinces, organizations, the taxonomies) in one language, read
 * once a minute (and again whenever content changed in this process) rather than on every search; a value
 * the table does not know yet reads it again.
 */
const nameTable = (payload: Payload, collection: (typeof namedFacets)[NamedFacet], locale: Locale, stale = false) => {
  const key = `${collection}:${locale}`
  const kept = nameTables.get(key)
  const age = kept ? Date.now() - kept.at : Infinity
  if (kept && kept.generation === contentGeneration() && (stale ? age < 5_000 : age < namesTtlMs)) return kept.table
  const table = payload
    .find({ collection, locale, depth: 0, pagination: false, select: { name: true }, overrideAccess: false })
    .then(({ docs }) => new Map(docs.map((doc) => [String(doc.id), (doc as { name?: string | null }).name ?? String(doc.id)])))
  nameTables.set(key, { at: Date.now(), generation: contentGeneration(), table })
  table.catch(() => nameTables.delete(key))
  return table
}

/** Facet counts with each value's name in the reader's language, largest first (as the search API gives them). */
const labelled = async (payload: Payload, counts: FacetCounts, locale: Locale): Promise<LabelledFacets> => {
  const fixed: FacetCounts = {}
  const named: [NamedFacet, Record<string, number>][] = []
  for (const [facet, values] of Object.entries(counts) as [FacetName, Record<string, number>][]) {
    if (facet in namedFacets) named.push([facet as NamedFacet, values])
    else fixed[facet] = values
  }
  // Types, outcomes and years are named from the labels file, without reading the database.
  const out: LabelledFacets = await labelFacets(payload, fixed, locale)
  await Promise.all(
    named.map(async ([facet, values]) => {
      let table = await nameTable(payload, namedFacets[facet], locale)
      if (Object.keys(values).some((id) => !table.has(id))) table = await nameTable(payload, namedFacets[facet], locale, true)
      out[facet] = Object.entries(values)
        .map(([value, count]) => ({ value, label: table.get(value) ?? value, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale))
    }),
  )
  return out
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
