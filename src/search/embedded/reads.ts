import type { InStatement, InValue, Row } from '@libsql/client'

import { facetNames, type FacetCounts } from '../port'
import type { ParsedFilters, ParsedRequest } from '../query'
import type { SearchSettings } from '../settings'
import { headColumns, textColumns, type TextField } from './schema'
import type { DocTable } from './docTable'
import { facetTag } from './tags'

/**
 * The SQL of one search. No statement asks FTS5 for bm25(): its inverse document frequencies read the
 * whole posting list of every query form, so a common word cost as much as counting every match.
 * Ranking follows Meilisearch's rules instead, which need no scores: every word must match, exact
 * spellings before typo forms, then where the words matched (all in the title, all within title and
 * summary, anywhere), then the newest. Each of those is a match set FTS5 reads lazily, so a query
 * reads at most the total cap's worth of postings, plus a page's worth per tier, however common its
 * words are.
 */

interface Clause {
  sql: string
  args: InValue[]
}

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

/** Separates a document's facet entries in search_docs.facets; a control character no value may hold. */
const separator = '\u001f'
const controlCharacters = /[\u0000-\u001f]/g

const facetEntry = (facet: string, value: string) => `${facet}=${value.replace(controlCharacters, '')}`

/** A document's facet values as one column, so counting and filtering read the row at hand. */
export const encodeFacets = (pairs: [string, string][]): string =>
  pairs.length ? `${separator}${pairs.map(([facet, value]) => facetEntry(facet, value)).join(separator)}${separator}` : ''

const filteredFacets = (filters: ParsedFilters) =>
  facetNames.flatMap((facet) => {
    const values = facet === 'visibility' ? undefined : filters[facet]
    return values?.length ? [{ facet, values: values.map(String) }] : []
  })

/** Visibility is checked on each match's row; the facet filters are tags in the MATCH (see withTags). */
const visibilityClause = (filters: ParsedFilters): Clause => ({
  sql: `d.visibility IN (${placeholders(filters.visibility.length)})`,
  args: [...filters.visibility],
})

/** The facet filters as tags: every facet (AND), any of its values (OR); null without filters. */
const tagExpression = (filters: ParsedFilters): string | null => {
  const groups = filteredFacets(filters).map(({ facet, values }) => {
    const tags = values.map((value) => `"${facetTag(facet, value)}"`)
    return tags.length === 1 ? tags[0] : `(${tags.join(' OR ')})`
  })
  return groups.length ? groups.join(' AND ') : null
}

/** The facet filters ANDed to a search_text MATCH: FTS5 then skips what they exclude. */
const withTags = (match: string, filters: ParsedFilters): string => {
  const tags = tagExpression(filters)
  return tags ? `(${match}) AND ${tags}` : match
}

/** FROM/WHERE of the match set; `match` is null when browsing without words. */
const matchSet = (match: string | null, filters: ParsedFilters): Clause => {
  if (match === null) {
    // Browsing: the filter's documents are gathered once, from the tags' postings.
    const filter = visibilityClause(filters)
    const tags = tagExpression(filters)
    if (!tags) return { sql: `FROM search_docs d WHERE ${filter.sql}`, args: filter.args }
    return {
      sql: `FROM search_docs d WHERE ${filter.sql} AND d.rowid IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)`,
      args: [...filter.args, tags],
    }
  }
  const filter = visibilityClause(filters)
  return {
    sql: `FROM search_text JOIN search_docs d ON d.rowid = search_text.rowid WHERE search_text MATCH ? AND ${filter.sql}`,
    args: [withTags(match, filters), ...filter.args],
  }
}

/** One matching document as a first pass found it, with its date from the DocTable. */
export interface MatchRow {
  doc: number
  publishedAt: number
}

/**
 * The row ids of up to cap + 1 matches of `match` (null when browsing), newest indexed first, read
 * from search_text alone: visibility and the facet filters are tags in the MATCH, and everything else
 * a first pass needs (dates, facet values) is in the DocTable. Enough for the total, the facet counts,
 * and, when the cap is not reached, the whole match set.
 */
export const firstPassStatement = (match: string | null, filters: ParsedFilters, settings: SearchSettings): InStatement => ({
  sql: `SELECT group_concat(rowid, ',') AS docs FROM (
          SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid DESC LIMIT ${settings.limits.maxTotalHits + 1})`,
  args: [match === null ? allTags(filters) : `(${match}) AND ${allTags(filters)}`],
})

/** Where all the query's words matched, best first; documents in none of them rank after. */
export const tiers = [
  { name: 'title', fields: ['title'] },
  { name: 'heading', fields: ['title', 'summary'] },
] as const satisfies readonly { name: string; fields: readonly TextField[] }[]
export type Tier = (typeof tiers)[number]
const headFields = [...new Set(headColumns.map((column) => column.field))]

const columnFilter = (tier: Tier) =>
  `{${headColumns.filter((column) => (tier.fields as readonly string[]).includes(column.field)).map((column) => column.name).join(' ')}}`

/** Visibility and the facet filters as tags, ANDed to a MATCH of search_text or search_head (both hold them). */
const allTags = (filters: ParsedFilters): string => {
  const visibility = filters.visibility.map((value) => `"${facetTag('visibility', value)}"`)
  const group = visibility.length === 1 ? visibility[0]! : `(${visibility.join(' OR ')})`
  const facets = tagExpression(filters)
  return facets ? `${group} AND ${facets}` : group
}

/**
 * The documents whose title (or title and summary) hold every word of `match` and pass the filters,
 * newest indexed first, read from search_head alone: its postings hold no body words, so a word common
 * in bodies and rare in titles is not read across the index, and the filters are tags FTS5 intersects
 * rather than rows to read. `limit` null: every such document; otherwise the first `limit`.
 */
export const tierStatement = (match: string, tier: Tier, filters: ParsedFilters, limit: number | null): InStatement => {
  const scoped = tier.fields.length === headFields.length ? `(${match})` : `${columnFilter(tier)} : (${match})`
  const order = limit === null ? '' : `ORDER BY rowid DESC LIMIT ${limit}`
  return {
    sql: `SELECT group_concat(rowid, ',') AS docs FROM (SELECT rowid FROM search_head WHERE search_head MATCH ? ${order})`,
    args: [`${scoped} AND ${allTags(filters)}`],
  }
}

export const readDocs = (rows: Row[]): number[] => {
  const docs = rows[0]?.docs
  return typeof docs === 'string' && docs !== '' ? docs.split(',').map(Number) : []
}

const newestFirst = (a: MatchRow, b: MatchRow) => b.publishedAt - a.publishedAt || b.doc - a.doc

/**
 * A complete match set in ranked order: exact spellings first (when `exact` names them), then by
 * tier, then the newest. `tierDocs` holds each tier's documents, best tier first.
 */
export const rankComplete = (rows: MatchRow[], tierDocs: Set<number>[], exact: Set<number> | null): number[] => {
  const tierOf = (doc: number) => {
    const at = tierDocs.findIndex((docs) => docs.has(doc))
    return at < 0 ? tierDocs.length : at
  }
  const keyed = rows.map((row) => ({ row, typo: exact && !exact.has(row.doc) ? 1 : 0, tier: tierOf(row.doc) }))
  keyed.sort((a, b) => a.typo - b.typo || a.tier - b.tier || newestFirst(a.row, b.row))
  return keyed.map(({ row }) => row.doc)
}

/**
 * Past the cap: each tier's first documents (as many as the page needs), then the first pass's
 * matches, newest first; every document once, at its best place.
 */
export const rankBeyondCap = (leading: number[][], rows: MatchRow[], cap: number): number[] => {
  const seen = new Set<number>()
  const order: number[] = []
  for (const doc of [...leading.flat(), ...[...rows].sort(newestFirst).map((row) => row.doc)]) {
    if (seen.has(doc)) continue
    seen.add(doc)
    order.push(doc)
    if (order.length === cap) break
  }
  return order
}

/** A complete match set in date order. */
export const byDate = (rows: MatchRow[], sort: 'newest' | 'oldest'): number[] => {
  const sorted = [...rows].sort(newestFirst)
  return (sort === 'newest' ? sorted : sorted.reverse()).map((row) => row.doc)
}

/**
 * Index text fetched with each hit, so highlights need not fold the whole original (see hits.ts).
 * It is read from search_text's content table, FTS5's plain table behind it (columns c0, c1, … in the
 * order of the declaration): a read through the virtual table costs FTS5 a cursor for each row.
 */
const indexedText = (table: string) =>
  textColumns
    .flatMap((column, i) => (column.field === 'title' ? [] : [`, ${table}.c${i} AS ${column.name}`]))
    .join('')

/** The stored documents of one page, with the index text of their long fields; in any order. */
export const pageStatement = (docs: number[], withIndexText: boolean): InStatement => ({
  sql: `SELECT s.rowid AS doc, s.document${withIndexText ? indexedText('t') : ''}
        FROM search_stored s ${withIndexText ? 'CROSS JOIN search_text_content t ON t.id = s.rowid' : ''}
        WHERE s.rowid IN (${placeholders(docs.length)})`,
  args: docs,
})

interface OrderKey {
  expression: string
  direction: 'ASC' | 'DESC'
}

/**
 * A page in date order over every match, from an index when browsing. Used when browsing, and when
 * words match more documents than the cap and the reader asked for the newest or the oldest.
 */
export const hitsStatement = (request: ParsedRequest, match: string | null, withIndexText = false): InStatement => {
  const from = matchSet(match, request.filters)
  const direction = request.sort === 'oldest' ? 'ASC' : 'DESC'
  const keys: OrderKey[] = [
    { expression: 'd.published_at', direction },
    { expression: 'd.rowid', direction },
  ]
  const selected = keys.map((key, i) => `${key.expression} AS k${i}`).join(', ')
  const order = (table: string) => keys.map((key, i) => `${table}k${i} ${key.direction}`).join(', ')
  // Rank on row ids and sort keys alone, then fetch the documents of the one page: sorting whole
  // documents is slow. CROSS JOIN keeps the page as the outer loop, so each lookup is by rowid.
  return {
    sql: `SELECT page.doc AS doc, s.document${withIndexText ? indexedText('t') : ''} FROM (
            SELECT d.rowid AS doc, ${selected} ${from.sql} ORDER BY ${order('')} LIMIT ? OFFSET ?
          ) page CROSS JOIN search_stored s ON s.rowid = page.doc
          ${withIndexText ? 'CROSS JOIN search_text_content t ON t.id = page.doc' : ''}
          ORDER BY ${order('page.')}`,
    args: [...from.args, request.limit, (request.page - 1) * request.limit],
  }
}

export interface Counts {
  total: number
  totalExact: boolean
  facets: FacetCounts
}

/** The total and the facet counts, over the first pass's capped set. */
export const countFacets = (rows: MatchRow[], table: DocTable, request: ParsedRequest, settings: SearchSettings): Counts => {
  const cap = settings.limits.maxTotalHits
  const counted = rows.length > cap ? rows.slice(0, cap) : rows
  return {
    total: counted.length,
    totalExact: rows.length <= cap,
    facets: table.count(counted.map((row) => row.doc), request.facets, settings.limits.maxFacetValues),
  }
}
