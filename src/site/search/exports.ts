import type { Payload } from 'payload'

import { labels } from '../../i18n/labels'
import { getSearchEngine } from '../../jobs/searchEngine'
import { isSearchError, isSearchQueryError, SearchQueryError } from '../../search/errors'
import { parseSearchRequest } from '../../search/query'
import type { SearchEngine, SearchHit, SearchRequest } from '../../search/port'
import type { User } from '../../payload-types'
import type { Locale } from '../locale'
import { isDocumentCollection, paths } from '../paths'
import { pick } from '../text'
import { common } from '../text/common'
import { searchText } from '../text/search'
import { describeSearchProblem } from './problems'
import { pageRequest } from './request'
import { namesOf, recordId } from './run'

/** The most rows one export holds; the engine is read a page at a time up to it. */
export const maxExportRows = 10_000
/** Entries in a feed: the newest of the search. */
export const feedEntries = 50
const batch = 100

export const exportFormats = ['csv', 'json', 'atom'] as const
export type ExportFormat = (typeof exportFormats)[number]

/** One record of an export, as a researcher reads it. */
export type ExportRow = {
  title: string
  type: string
  outcome: string
  organization: string
  provinces: string[]
  year: number | null
  /** The same year in the Jalali calendar, which Persian readers count in. */
  jalaliYear: number | null
  edition: string
  licence: string
  visibility: 'public' | 'members'
  publishedAt: string
  updatedAt: string
  url: string
  summary: string
  language: string
}

export const csvColumns: (keyof ExportRow)[] = [
  'title',
  'type',
  'outcome',
  'organization',
  'provinces',
  'year',
  'jalaliYear',
  'edition',
  'licence',
  'visibility',
  'publishedAt',
  'updatedAt',
  'url',
  'summary',
  'language',
]

/**
 * One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break; a leading = + - @ is
 * defused so a spreadsheet never runs a title as a formula.
 */
export const csvCell = (value: unknown): string => {
  let text = Array.isArray(value) ? value.join('; ') : value == null ? '' : String(value)
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const csvLine = (cells: unknown[]): string => `${cells.map(csvCell).join(',')}\r\n`

const xml = (text: string) =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '')
    .replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!)

const typeKeys = { 'case-studies': 'caseStudy', lessons: 'lesson', 'best-practices': 'bestPractice', curricula: 'curriculum', organizations: 'organization', 'offers-and-needs': 'offerOrNeed' } as const
const outcomeKeys = { success: 'outcomeSuccess', failure: 'outcomeFailure', mixed: 'outcomeMixed' } as const

const typeLabel = (type: string, locale: Locale) => {
  const key = typeKeys[type as keyof typeof typeKeys]
  return key && labels[key] ? labels[key][locale] : type
}
const outcomeLabel = (outcome: string | null | undefined, locale: Locale) =>
  outcome && outcome in outcomeKeys ? labels[outcomeKeys[outcome as keyof typeof outcomeKeys]][locale] : ''

export type ExportQuery = { request: SearchRequest; rows: number }

/** The most rows an export of this format holds. */
const mostRows = (format: ExportFormat) => (format === 'atom' ? feedEntries : maxExportRows)

/**
 * Reads an export's URL: the search page's own parameters (the page number is ignored: an export holds
 * the whole search), and `limit`, the number of rows wanted (1 to 10,000; all of them by default). The
 * search is checked here as the engine will check it, so a bad address is a 400 before any row is read;
 * anything wrong is a SearchQueryError naming the parameter.
 */
export const exportQuery = (params: URLSearchParams, locale: Locale, user: User | null, format: ExportFormat): ExportQuery => {
  const own = new URLSearchParams(params)
  const pages = own.getAll('page')
  if (pages.length > 1 || (pages[0] !== undefined && !/^\d{1,9}$/.test(pages[0]))) throw new SearchQueryError('page must be a whole number', 'page')
  const limits = own.getAll('limit')
  if (limits.length > 1) throw new SearchQueryError('limit may be given once', 'limit')
  const most = mostRows(format)
  let rows = most
  if (limits[0] !== undefined) {
    if (!/^\d{1,6}$/.test(limits[0]) || Number(limits[0]) < 1 || Number(limits[0]) > most) {
      throw new SearchQueryError(`limit must be a whole number from 1 to ${most}`, 'limit')
    }
    rows = Number(limits[0])
  }
  own.delete('page')
  own.delete('limit')
  const request = pageRequest(own, locale, user)
  parseSearchRequest(request)
  // A feed is read for what is new: newest first, whatever the page was sorted by.
  return { request: { ...request, facets: [], highlight: false, sort: format === 'atom' ? 'newest' : request.sort }, rows }
}

type Context = { payload: Payload; engine: SearchEngine; locale: Locale; user: User | null; origin: string }

/** The hits of a search, a page of the engine at a time, up to `rows`. */
async function* searchHits(engine: SearchEngine, request: SearchRequest, rows: number, first?: SearchHit[]): AsyncGenerator<SearchHit[]> {
  let sent = 0
  for (let page = 1; sent < rows; page++) {
    const limit = Math.min(batch, rows - sent)
    // Pages are asked for at a fixed size so their offsets line up; the last is trimmed.
    const hits = page === 1 && first ? first : (await engine.search({ ...request, page, limit: batch })).hits
    const kept = hits.slice(0, limit)
    if (kept.length) yield kept
    sent += kept.length
    if (hits.length < batch) return
  }
}

/** Turns a page of hits into rows, with the names of their organizations and provinces. */
const rowsOf = async (hits: SearchHit[], context: Context, names: { organizations: Map<string, string>; provinces: Map<string, string> }) => {
  const { payload, locale, user, origin } = context
  await Promise.all([
    namesOf(payload, 'organizations', hits.map((hit) => hit.organization ?? ''), locale, user, names.organizations),
    namesOf(payload, 'provinces', hits.flatMap((hit) => hit.provinces), locale, user, names.provinces),
  ])
  return hits.map(
    (hit): ExportRow => ({
      title: hit.title,
      type: typeLabel(hit.type, locale),
      outcome: outcomeLabel(hit.outcome, locale),
      organization: hit.organization ? (names.organizations.get(hit.organization) ?? '') : '',
      provinces: hit.provinces.map((id) => names.provinces.get(id) ?? '').filter(Boolean),
      year: hit.year ?? null,
      jalaliYear: hit.jalaliYear ?? null,
      edition: hit.edition ?? '',
      licence: hit.licence ?? '',
      visibility: hit.visibility,
      publishedAt: new Date(hit.publishedAt).toISOString(),
      updatedAt: new Date(hit.updatedAt).toISOString(),
      url: isDocumentCollection(hit.type) ? origin + paths.permalink(hit.type, recordId(hit.id)) : origin + hit.url,
      summary: hit.summary ?? '',
      language: hit.locale,
    }),
  )
}

const today = () => new Date().toISOString().slice(0, 10)

/** `attachment` with a plain ASCII name for old clients and the RFC 6266 form for the rest. */
export const attachment = (name: string) => `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(name)}`

const headersFor = (type: string, filename: string | null, user: User | null): HeadersInit => ({
  'Content-Type': type,
  ...(filename ? { 'Content-Disposition': attachment(filename) } : {}),
  // What a member exported must not be kept by a shared cache and served to a visitor.
  'Cache-Control': user ? 'private, no-store' : 'public, max-age=60',
  Vary: 'Cookie, Authorization',
})

const encoder = new TextEncoder()

/** A body written a batch of rows at a time: the engine is read only as fast as the reader takes them. */
const streamOf = (chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> =>
  new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await chunks.next()
        if (done) controller.close()
        else controller.enqueue(encoder.encode(value))
      } catch (error) {
        controller.error(error)
      }
    },
    async cancel() {
      await chunks.return(undefined)
    },
  })

async function* csvChunks(pages: AsyncGenerator<SearchHit[]>, context: Context) {
  const names = { organizations: new Map<string, string>(), provinces: new Map<string, string>() }
  // The byte-order mark tells Excel the file is UTF-8, so Persian is not shown as mojibake.
  yield `\uFEFF${csvLine(csvColumns)}`
  for await (const hits of pages) {
    const rows = await rowsOf(hits, context, names)
    yield rows.map((row) => csvLine(csvColumns.map((column) => row[column]))).join('')
  }
}

async function* jsonChunks(pages: AsyncGenerator<SearchHit[]>, context: Context, query: Record<string, unknown>) {
  const names = { organizations: new Map<string, string>(), provinces: new Map<string, string>() }
  yield `{"query":${JSON.stringify(query)},"generatedAt":${JSON.stringify(new Date().toISOString())},"results":[`
  let first = true
  for await (const hits of pages) {
    const rows = await rowsOf(hits, context, names)
    yield rows.map((row) => `${first ? ((first = false), '') : ','}\n${JSON.stringify(row)}`).join('')
  }
  yield '\n]}\n'
}

/** An Atom 1.0 feed (RFC 4287) of the search's newest records. */
export const atomFeed = (rows: ExportRow[], feed: { locale: Locale; selfUrl: string; pageUrl: string; title: string; author: string; updated: string }) => {
  const entries = rows.map((row) => {
    const lang = row.language !== feed.locale ? ` xml:lang="${row.language}"` : ''
    return [
      `  <entry${lang}>`,
      `    <id>${xml(row.url)}</id>`,
      `    <title type="text">${xml(row.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(row.url)}"/>`,
      `    <published>${row.publishedAt}</published>`,
      `    <updated>${row.updatedAt}</updated>`,
      `    <author><name>${xml(row.organization || feed.author)}</name></author>`,
      `    <category term="${xml(row.type)}"/>`,
      row.outcome ? `    <category term="${xml(row.outcome)}"/>` : '',
      ...row.provinces.map((province) => `    <category term="${xml(province)}"/>`),
      row.summary ? `    <summary type="text">${xml(row.summary)}</summary>` : '',
      row.licence ? `    <rights>${xml(row.licence)}</rights>` : '',
      '  </entry>',
    ]
      .filter(Boolean)
      .join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.locale}">`,
    `  <id>${xml(feed.pageUrl)}</id>`,
    `  <title type="text">${xml(feed.title)}</title>`,
    `  <updated>${feed.updated}</updated>`,
    `  <author><name>${xml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.pageUrl)}"/>`,
    `  <generator>Hamafza</generator>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}

const noStore = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' }

/** A refusal in the export's own kind: JSON for the JSON export, a line of plain text for CSV and the feed. */
const refusal = (format: ExportFormat, status: number, message: string, field?: string) =>
  format === 'json'
    ? Response.json({ errors: [{ message, ...(field ? { field } : {}) }] }, { status, headers: noStore })
    : new Response(`${message}\n`, { status, headers: { ...noStore, 'Content-Type': 'text/plain; charset=utf-8' } })

const badRequest = (format: ExportFormat, error: SearchQueryError, params: URLSearchParams, locale: Locale) =>
  refusal(format, 400, describeSearchProblem(error, params, locale, { maxRows: mostRows(format) }), error.field)

export type ExportArgs = {
  url: URL
  locale: Locale
  format: ExportFormat
  payload: Payload
  user: User | null
  engine?: SearchEngine
}

/**
 * The current search as CSV, JSON or an Atom feed, under the same visibility rules as the page: members-only
 * records only for signed-in members. The first page is read before answering, so a bad search is a 400
 * rather than a broken download.
 */
export const exportResponse = async ({ url, locale, format, payload, user, engine }: ExportArgs): Promise<Response> => {
  let query: ExportQuery
  try {
    query = exportQuery(url.searchParams, locale, user, format)
  } catch (error) {
    if (isSearchQueryError(error)) return badRequest(format, error, url.searchParams, locale)
    throw error
  }
  const search = engine ?? (await getSearchEngine())
  let first: SearchHit[]
  try {
    first = (await search.search({ ...query.request, page: 1, limit: batch })).hits
  } catch (error) {
    if (isSearchQueryError(error)) return badRequest(format, error, url.searchParams, locale)
    if (isSearchError(error)) return refusal(format, 503, pick(searchText, locale).unavailable)
    throw error
  }
  const context: Context = { payload, engine: search, locale, user, origin: url.origin }
  const pages = searchHits(search, query.request, query.rows, first)
  const pageParams = new URLSearchParams(url.searchParams)
  pageParams.delete('limit')
  pageParams.delete('page')
  const pageUrl = url.origin + paths.search(locale, Object.fromEntries([...new Set(pageParams.keys())].map((key) => [key, pageParams.getAll(key)])))
  if (format === 'atom') {
    const rows: ExportRow[] = []
    const names = { organizations: new Map<string, string>(), provinces: new Map<string, string>() }
    for await (const hits of pages) rows.push(...(await rowsOf(hits, context, names)))
    const t = pick(searchText, locale)
    const q = query.request.q?.trim()
    const body = atomFeed(rows, {
      locale,
      selfUrl: url.href,
      pageUrl,
      title: q ? `${t.feedTitle}: ${q}` : t.feedTitle,
      author: common.siteName[locale],
      updated: rows.map((row) => row.updatedAt).sort().at(-1) ?? new Date(0).toISOString(),
    })
    return new Response(body, { headers: headersFor('application/atom+xml; charset=utf-8', null, user) })
  }
  const name = `hamafza-search-${today()}.${format}`
  if (format === 'csv') {
    return new Response(streamOf(csvChunks(pages, context)), { headers: headersFor('text/csv; charset=utf-8', name, user) })
  }
  const described = { q: query.request.q ?? '', filters: { ...query.request.filters, visibility: undefined }, sort: query.request.sort ?? 'relevance', locale, page: pageUrl }
  return new Response(streamOf(jsonChunks(pages, context, described)), { headers: headersFor('application/json; charset=utf-8', name, user) })
}
