import type { InStatement, InValue, Row } from '@libsql/client'

import { facetNames, type FacetCounts, type FacetName } from '../port'
import type { ParsedFilters, ParsedRequest } from '../query'
import type { SearchSettings } from '../settings'
import { headBm25, headColumns, textBm25, textColumns, type TextField } from './schema'
import { facetTag } from './tags'

/**
 * The SQL of one search. With words, one pass reads the first matches (up to the total cap, plus one
 * to know it was reached) with their facet values and sort keys: that gives the total and the facet
 * counts, and when the cap was not reached it is the whole match set, ranked exactly. Past the cap,
 * ranking every match would cost a bm25 score per match (a common word matches most of the index),
 * so the page is drawn from the matches in titles and in summaries first, then the rest of the
 * first pass: the work per query stays bounded however many documents match.
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

const facetToken = (facet: string, value: string) => `${separator}${facetEntry(facet, value)}${separator}`

const filteredFacets = (filters: ParsedFilters) =>
  facetNames.flatMap((facet) => {
    const values = facet === 'visibility' ? undefined : filters[facet]
    return values?.length ? [{ facet, values: values.map(String) }] : []
  })

/**
 * Visibility is checked on each match's row. The facet filters are tags in search_text's MATCH (see
 * withTags); on search_head, which has no tags, each match's facets column is read instead.
 */
const filterClause = (filters: ParsedFilters, facets: 'tags' | 'row'): Clause => {
  const conditions = [`d.visibility IN (${placeholders(filters.visibility.length)})`]
  const args: InValue[] = [...filters.visibility]
  if (facets === 'row')
    for (const { facet, values } of filteredFacets(filters)) {
      conditions.push(`(${values.map(() => 'instr(d.facets, ?) > 0').join(' OR ')})`)
      args.push(...values.map((value) => facetToken(facet, value)))
    }
  return { sql: conditions.join(' AND '), args }
}

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
    const filter = filterClause(filters, 'tags')
    const tags = tagExpression(filters)
    if (!tags) return { sql: `FROM search_docs d WHERE ${filter.sql}`, args: filter.args }
    return {
      sql: `FROM search_docs d WHERE ${filter.sql} AND d.rowid IN (SELECT rowid FROM search_text WHERE search_text MATCH ?)`,
      args: [...filter.args, tags],
    }
  }
  const filter = filterClause(filters, 'tags')
  return {
    sql: `FROM search_text JOIN search_docs d ON d.rowid = search_text.rowid WHERE search_text MATCH ? AND ${filter.sql}`,
    args: [withTags(match, filters), ...filter.args],
  }
}

export interface SearchPlan {
  /** All forms of every word, typos included; null when browsing. */
  match: string | null
  /** The same without typo forms, to rank exact matches first; null when no typo was added. */
  exactMatch: string | null
}

/** One matching document as the first pass read it. */
export interface MatchRow {
  doc: number
  facets: string
  /** bm25, lower is better (relevance only). */
  score: number
  /** 0 for an exact match, 1 when only a typo form matched (relevance only). */
  typo: number
  publishedAt: number
}

// The first pass returns up to a thousand matches: as one text value, which costs far less to read
// through the client than a thousand row objects. Records and fields are split by control
// characters no facet value holds (see encodeFacets).
const recordSeparator = '\u001e'
const fieldSeparator = '\u001d'
const packed = (fields: string[]) => fields.map((field) => `coalesce(${field}, '')`).join(` || char(29) || `)

/**
 * The first pass: up to cap + 1 matches in index order, each with its facets and sort keys. When
 * browsing it only counts (the page comes from `hitsStatement`, in date order from an index).
 */
export const matchRowsStatement = (request: ParsedRequest, plan: SearchPlan, settings: SearchSettings): InStatement => {
  const from = matchSet(plan.match, request.filters)
  const fields = ['d.rowid', 'd.published_at', 'NULL', 'NULL', 'd.facets']
  const args: InValue[] = []
  if (plan.match !== null && request.sort === 'relevance') {
    fields[2] = textBm25(settings, request.locale)
    if (plan.exactMatch !== null) {
      // As in Meilisearch, fewer typos outrank a better field: exact matches come first, then bm25.
      fields[3] = '(search_text.rowid NOT IN (SELECT rowid FROM search_text WHERE search_text MATCH ?))'
      args.push(withTags(plan.exactMatch, request.filters))
    }
  }
  return {
    sql: `SELECT group_concat(record, char(30)) AS records FROM (
            SELECT ${packed(fields)} AS record ${from.sql} LIMIT ${settings.limits.maxTotalHits + 1})`,
    args: [...args, ...from.args],
  }
}

export const readMatchRows = (rows: Row[]): MatchRow[] => {
  const records = rows[0]?.records
  if (typeof records !== 'string' || records === '') return []
  return records.split(recordSeparator).map((record) => {
    const [doc, published, score, typo, facets] = record.split(fieldSeparator)
    return { doc: Number(doc), publishedAt: Number(published), score: Number(score || 0), typo: Number(typo || 0), facets: facets ?? '' }
  })
}

const tierFields: TextField[] = ['title', 'summary']

const columnFilter = (field: TextField) =>
  `{${headColumns.filter((column) => column.field === field).map((column) => column.name).join(' ')}}`

/**
 * Past the cap: the best-placed matches from the whole index, a bounded number from each tier:
 * exact matches before typo forms, and within each, matches in titles before matches in summaries.
 * Each tier's score is bm25 over its own fields; a document keeps its best tier.
 */
export const tierCandidatesStatement = (
  request: ParsedRequest,
  plan: SearchPlan,
  settings: SearchSettings,
  perTier: number,
): InStatement | null => {
  if (plan.match === null) return null
  const expressions = plan.exactMatch === null ? [plan.match] : [plan.exactMatch, plan.match]
  const filter = filterClause(request.filters, 'row')
  const scans: string[] = []
  const args: InValue[] = []
  for (const expression of expressions) {
    for (const field of tierFields) {
      scans.push(
        `SELECT * FROM (SELECT d.rowid AS doc, ${scans.length} AS tier, ${headBm25(settings, request.locale)} AS score
           FROM search_head JOIN search_docs d ON d.rowid = search_head.rowid
           WHERE search_head MATCH ? AND ${filter.sql} LIMIT ${perTier})`,
      )
      args.push(`${columnFilter(field)} : (${expression})`, ...filter.args)
    }
  }
  // min() picks the row of the best tier, and SQLite takes the bare `score` from that same row.
  return {
    sql: `SELECT group_concat(${packed(['doc', 'tier', 'score'])}, char(30)) AS records FROM (
            SELECT doc, min(tier) AS tier, score FROM (${scans.join(' UNION ALL ')}) GROUP BY doc)`,
    args,
  }
}

export interface TierRow {
  doc: number
  tier: number
  score: number
}

export const readTierRows = (rows: Row[]): TierRow[] => {
  const records = rows[0]?.records
  if (typeof records !== 'string' || records === '') return []
  return records.split(recordSeparator).map((record) => {
    const [doc, tier, score] = record.split(fieldSeparator)
    return { doc: Number(doc), tier: Number(tier), score: Number(score || 0) }
  })
}

interface Ranked {
  doc: number
  keys: number[]
}

const byKeys = (a: Ranked, b: Ranked) => {
  for (let i = 0; i < a.keys.length; i++) {
    const difference = (a.keys[i] ?? 0) - (b.keys[i] ?? 0)
    if (difference !== 0) return difference
  }
  return a.doc - b.doc
}

/** The ranked document order, from the first pass alone (`complete`) or with the tier candidates. */
export const rankDocuments = (
  request: ParsedRequest,
  rows: MatchRow[],
  tiers: TierRow[] | null,
  cap: number,
): number[] => {
  const firstPass = rows.slice(0, cap)
  if (request.sort !== 'relevance') {
    const direction = request.sort === 'newest' ? -1 : 1
    return firstPass
      .map((row) => ({ doc: row.doc, keys: [direction * row.publishedAt, direction * row.doc] }))
      .sort(byKeys)
      .map((row) => row.doc)
  }
  const ranked = firstPass.map((row) => ({ doc: row.doc, keys: [row.typo, row.score] })).sort(byKeys)
  if (!tiers) return ranked.map((row) => row.doc)
  const leading = tiers.map((row) => ({ doc: row.doc, keys: [row.tier, row.score] })).sort(byKeys)
  const seen = new Set<number>()
  const order: number[] = []
  for (const { doc } of [...leading, ...ranked]) {
    if (seen.has(doc)) continue
    seen.add(doc)
    order.push(doc)
    if (order.length === cap) break
  }
  return order
}

/** Index text fetched with each hit, so highlights need not fold the whole original (see hits.ts). */
export const indexedColumns = textColumns.filter((column) => column.field !== 'title').map((column) => column.name)

/** The stored documents of one page, with the index text of their long fields; in any order. */
export const pageStatement = (docs: number[], withIndexText: boolean): InStatement => ({
  sql: `SELECT s.rowid AS doc, s.document${withIndexText ? indexedColumns.map((name) => `, t.${name}`).join('') : ''}
        FROM search_stored s ${withIndexText ? 'CROSS JOIN search_text t ON t.rowid = s.rowid' : ''}
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
export const hitsStatement = (request: ParsedRequest, plan: SearchPlan, withIndexText = false): InStatement => {
  const from = matchSet(plan.match, request.filters)
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
    sql: `SELECT page.doc AS doc, s.document${withIndexText ? indexedColumns.map((name) => `, t.${name}`).join('') : ''} FROM (
            SELECT d.rowid AS doc, ${selected} ${from.sql} ORDER BY ${order('')} LIMIT ? OFFSET ?
          ) page CROSS JOIN search_stored s ON s.rowid = page.doc
          ${withIndexText ? 'CROSS JOIN search_text t ON t.rowid = page.doc' : ''}
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
export const countFacets = (rows: MatchRow[], request: ParsedRequest, settings: SearchSettings): Counts => {
  const cap = settings.limits.maxTotalHits
  const wanted = new Map<string, Map<string, number>>(request.facets.map((facet) => [facet, new Map()]))
  if (wanted.size)
    for (const row of rows.slice(0, cap)) {
      for (const entry of row.facets.split(separator)) {
        const at = entry.indexOf('=')
        if (at < 0) continue
        const counts = wanted.get(entry.slice(0, at))
        if (!counts) continue
        const value = entry.slice(at + 1)
        counts.set(value, (counts.get(value) ?? 0) + 1)
      }
    }
  const facets: FacetCounts = {}
  for (const [facet, counts] of wanted) {
    // Most frequent first, as many as Meilisearch's maxValuesPerFacet would return.
    const sorted = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    facets[facet as FacetName] = Object.fromEntries(sorted.slice(0, settings.limits.maxFacetValues))
  }
  return { total: Math.min(rows.length, cap), totalExact: rows.length <= cap, facets }
}
