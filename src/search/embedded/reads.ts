import type { InStatement, InValue, ResultSet } from '@libsql/client'

import { facetNames, type FacetCounts, type FacetName } from '../port'
import type { ParsedFilters, ParsedRequest } from '../query'
import type { SearchSettings } from '../settings'
import { columnWeights, textColumns } from './schema'

/**
 * The SQL of one search: a page of hits, and the total with facet counts in a single grouped query.
 * Both read the same match set: FTS5 for words (or every document when browsing), then the filters.
 */

interface Clause {
  sql: string
  args: InValue[]
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

/**
 * With words, the match set is small next to a facet's postings, so each match is checked on its own
 * (EXISTS, by primary key); when browsing, the filter's documents are gathered once (IN).
 */
const filterClause = (filters: ParsedFilters, perMatch: boolean): Clause => {
  const conditions = [`d.visibility IN (${placeholders(filters.visibility.length)})`]
  const args: InValue[] = [...filters.visibility]
  for (const facet of facetNames) {
    const values = facet === 'visibility' ? undefined : filters[facet]
    if (!values?.length) continue
    const list = placeholders(values.length)
    conditions.push(
      perMatch
        ? `EXISTS (SELECT 1 FROM search_facets f WHERE f.doc = d.rowid AND f.facet = ? AND f.value IN (${list}))`
        : `d.rowid IN (SELECT doc FROM search_facets WHERE facet = ? AND value IN (${list}))`,
    )
    args.push(facet, ...values.map(String))
  }
  return { sql: conditions.join(' AND '), args }
}

/** FROM/WHERE of the match set; `match` is null when browsing without words. */
const matchSet = (match: string | null, filters: ParsedFilters): Clause => {
  const filter = filterClause(filters, match !== null)
  if (match === null) return { sql: `FROM search_docs d WHERE ${filter.sql}`, args: filter.args }
  return {
    sql: `FROM search_text JOIN search_docs d ON d.rowid = search_text.rowid WHERE search_text MATCH ? AND ${filter.sql}`,
    args: [match, ...filter.args],
  }
}

export interface SearchPlan {
  /** All forms of every word, typos included; null when browsing. */
  match: string | null
  /** The same without typo forms, to rank exact matches first; null when no typo was added. */
  exactMatch: string | null
}

interface OrderKey {
  expression: string
  direction: 'ASC' | 'DESC'
}

const orderKeys = (request: ParsedRequest, plan: SearchPlan, settings: SearchSettings): { keys: OrderKey[]; args: InValue[] } => {
  if (request.sort !== 'relevance') {
    const direction = request.sort === 'newest' ? 'DESC' : 'ASC'
    return { keys: [{ expression: 'd.published_at', direction }, { expression: 'd.rowid', direction }], args: [] }
  }
  const weights = columnWeights(settings, request.locale)
  const score: OrderKey = { expression: `bm25(search_text, ${weights.map((w) => w.toFixed(2)).join(', ')})`, direction: 'ASC' }
  const tieBreak: OrderKey = { expression: 'd.rowid', direction: 'ASC' }
  if (plan.exactMatch === null) return { keys: [score, tieBreak], args: [] }
  // As in Meilisearch, fewer typos outrank a better field: exact matches come first, then bm25.
  const typoFree: OrderKey = {
    expression: 'search_text.rowid NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)',
    direction: 'ASC',
  }
  return { keys: [typoFree, score, tieBreak], args: [plan.exactMatch] }
}

/** Index text fetched with each hit, so highlights need not fold the whole original (see hits.ts). */
export const indexedColumns = textColumns.filter((column) => column.field !== 'title').map((column) => column.name)

/** The page of hits, as stored documents in ranked order, with the index text of their long fields. */
export const hitsStatement = (
  request: ParsedRequest,
  plan: SearchPlan,
  settings: SearchSettings,
  withIndexText = false,
): InStatement => {
  const from = matchSet(plan.match, request.filters)
  const { keys, args } = orderKeys(request, plan, settings)
  const selected = keys.map((key, i) => `${key.expression} AS k${i}`).join(', ')
  const order = (table: string) => keys.map((key, i) => `${table}k${i} ${key.direction}`).join(', ')
  // Rank on row ids and sort keys alone, then fetch the documents of the one page: sorting whole
  // documents is slow. CROSS JOIN keeps the page as the outer loop, so each lookup is by rowid.
  return {
    sql: `SELECT s.document${withIndexText ? indexedColumns.map((name) => `, t.${name}`).join('') : ''} FROM (
            SELECT d.rowid AS doc, ${selected} ${from.sql} ORDER BY ${order('')} LIMIT ? OFFSET ?
          ) page CROSS JOIN search_stored s ON s.rowid = page.doc
          ${withIndexText ? 'CROSS JOIN search_text t ON t.rowid = page.doc' : ''}
          ORDER BY ${order('page.')}`,
    args: [...args, ...from.args, request.limit, (request.page - 1) * request.limit],
  }
}

/** The total (up to the cap, plus one to know it was reached) and facet counts over the capped set. */
export const countsStatement = (request: ParsedRequest, plan: SearchPlan, settings: SearchSettings): InStatement => {
  const from = matchSet(plan.match, request.filters)
  const cap = settings.limits.maxTotalHits
  const facets = request.facets
  // CROSS JOIN keeps the capped match set as the outer loop: the planner, not knowing it is small,
  // would otherwise walk every facet row of the index and probe the matches.
  const facetCounts = facets.length
    ? `UNION ALL
       SELECT f.facet, f.value, count(*) FROM (SELECT doc FROM m LIMIT ${cap}) x
       CROSS JOIN search_facets f ON f.doc = x.doc
       WHERE f.facet IN (${placeholders(facets.length)})
       GROUP BY f.facet, f.value`
    : ''
  return {
    sql: `WITH m AS MATERIALIZED (SELECT d.rowid AS doc ${from.sql} LIMIT ${cap + 1})
          SELECT NULL AS facet, NULL AS value, count(*) AS n FROM m ${facetCounts}`,
    args: [...from.args, ...facets],
  }
}

export interface Counts {
  total: number
  totalExact: boolean
  facets: FacetCounts
}

export const readCounts = (result: ResultSet, request: ParsedRequest, settings: SearchSettings): Counts => {
  const cap = settings.limits.maxTotalHits
  let matched = 0
  const grouped = new Map<FacetName, [string, number][]>(request.facets.map((facet) => [facet, []]))
  for (const row of result.rows) {
    if (row.facet === null) matched = Number(row.n)
    else grouped.get(row.facet as FacetName)?.push([String(row.value), Number(row.n)])
  }
  const facets: FacetCounts = {}
  for (const [facet, counts] of grouped) {
    // Most frequent first, as many as Meilisearch's maxValuesPerFacet would return.
    counts.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    facets[facet] = Object.fromEntries(counts.slice(0, settings.limits.maxFacetValues))
  }
  return { total: Math.min(matched, cap), totalExact: matched <= cap, facets }
}
