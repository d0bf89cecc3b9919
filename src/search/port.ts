/**
 * The search port: everything the app may ask of a search engine, and nothing an engine happens to offer.
 * Adapters (embedded SQLite FTS5, Meilisearch) translate this into their own calls.
 */

export const searchLocales = ['fa', 'en'] as const
export type SearchLocale = (typeof searchLocales)[number]

export type Localized = Partial<Record<SearchLocale, string | null>>

export const visibilities = ['public', 'members'] as const
export type Visibility = (typeof visibilities)[number]

/** One published record, flattened by the caller; the engine never sees a collection config. */
export interface SearchDocument {
  /** `collection:id`, e.g. `case-studies:12`. */
  id: string
  /** The collection slug: `case-studies`, `lessons`, `best-practices`, `curricula`, `organizations`. */
  type: string
  title: Localized
  summary: Localized
  /** Plain text of the rich-text fields (see `lexicalText`). */
  body: Localized
  outcome?: string | null
  /** `applied` for a lesson that an NGO has put into practice (src/lessons/applications), else null. */
  practice?: string | null
  organization?: string | null
  provinces: string[]
  targetGroups: string[]
  stages: string[]
  topics: string[]
  fundingInstruments: string[]
  /** The Gregorian year the record is dated by (a case study's start, else its creation). */
  year?: number | null
  /** The same date's year in the Jalali calendar, Tehran time: the year Persian readers count in. */
  jalaliYear?: number | null
  visibility: Visibility
  /** A curriculum's edition, written major.minor ("2.1"). */
  edition?: string | null
  licence?: string | null
  url: string
  /** Milliseconds since the epoch. */
  publishedAt: number
  updatedAt: number
}

export const facetNames = [
  'type',
  'outcome',
  'practice',
  'province',
  'organization',
  'targetGroup',
  'stage',
  'topic',
  'fundingInstrument',
  'year',
  'jalaliYear',
  'visibility',
] as const
export type FacetName = (typeof facetNames)[number]

/** The facets whose values are years, Gregorian and Jalali. */
export const yearFacets = ['year', 'jalaliYear'] as const
export type YearFacet = (typeof yearFacets)[number]
export const isYearFacet = (facet: string): facet is YearFacet => (yearFacets as readonly string[]).includes(facet)

/** Within a facet the values are alternatives (OR); across facets they all apply (AND). */
export type SearchFilters = {
  [F in Exclude<FacetName, YearFacet | 'visibility'>]?: string[]
} & {
  [F in YearFacet]?: number[]
} & {
  /** Absent means public only: members-only records are shown only when the server asks for them. */
  visibility?: Visibility[]
}

export const searchSorts = ['relevance', 'newest', 'oldest'] as const
export type SearchSort = (typeof searchSorts)[number]

export interface SearchRequest {
  q?: string
  filters?: SearchFilters
  /** Which facet counts to return; none when absent. */
  facets?: FacetName[]
  /** `relevance` by default; an empty query is always newest first. */
  sort?: SearchSort
  /** 1-based. */
  page?: number
  limit?: number
  /** The locale to display and highlight in, falling back to the other one. */
  locale?: SearchLocale
  highlight?: boolean
}

/** A stretch of original text, marked when it matched the query. */
export interface HighlightSegment {
  text: string
  match: boolean
}

export interface HighlightedText {
  locale: SearchLocale
  /** HTML-escaped original text with `<mark>` around matches; `…` where it was cropped. */
  html: string
  segments: HighlightSegment[]
}

export interface HitHighlights {
  title?: HighlightedText
  summary?: HighlightedText
  body?: HighlightedText
}

export type SearchHit = Omit<SearchDocument, 'title' | 'summary' | 'body'> & {
  /** Title and summary in the requested locale, or the other one when it is missing. */
  title: string
  summary: string
  locale: SearchLocale
  highlights?: HitHighlights
}

export type FacetCounts = Partial<Record<FacetName, Record<string, number>>>

export interface SearchResult {
  hits: SearchHit[]
  /** Matching documents, counted up to the engine's cap. */
  total: number
  /** False when `total` stopped at the cap: show "more than …". */
  totalExact: boolean
  facets: FacetCounts
  /** False when the counts were taken over the capped set rather than every match. */
  facetsExact: boolean
  page: number
  limit: number
  /** Time spent inside the engine, in milliseconds. */
  tookMs: number
}

export interface SearchHealth {
  ok: boolean
  engine: 'embedded' | 'meilisearch'
  documents?: number
  message?: string
}

/** What reconciliation compares with the database: which records the index holds, and how fresh. */
export interface IndexedEntry {
  id: string
  /** -1 for an entry an earlier version wrote in an older form: reconciliation writes it again. */
  updatedAt: number
  visibility: Visibility
}

/** One page of index entries; pass `next` back for the page after it, null once there is none. */
export interface EntryPage {
  entries: IndexedEntry[]
  next: string | null
}

/**
 * A document's text as both engines index it (see indexTextOf): each text field in each locale,
 * normalized, keyed `title_fa`, `body_en`, …. Made once per document, by whoever reads it.
 */
export type IndexText = Record<`${'title' | 'summary' | 'body'}_${SearchLocale}`, string>

/**
 * A full rebuild. Once committed, the index holds every document written through it, and every
 * write made to the index meanwhile (the sync job's) as well. Readers are never left without an
 * index: both engines fill a new index beside the live one and swap it in at `commit` (new tables in
 * the embedded engine, Meilisearch's index swap), dropping whatever was not rewritten; an abandoned
 * rebuild leaves the live index untouched.
 */
export interface IndexRebuild {
  /**
   * Adds documents to the rebuilt index; each id once per rebuild. `indexText[i]`, when given, is
   * indexTextOf(documents[i]), made already by the caller (a reindex makes it beside its reads).
   */
  upsert(documents: SearchDocument[], indexText?: IndexText[]): Promise<void>
  commit(): Promise<void>
  /** Gives up the rebuild; safe to call after a failed commit, or twice. */
  abort(): Promise<void>
}

export interface WriteOptions {
  /** Resolve only once the write is searchable (default true); off for fire-and-forget bulk loads. */
  wait?: boolean
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch'
  /** Creates the index and applies its settings; safe to call on every start. */
  init(): Promise<void>
  /** Adds or replaces documents by id, in batches. */
  upsert(documents: SearchDocument[], options?: WriteOptions): Promise<void>
  delete(ids: string[], options?: WriteOptions): Promise<void>
  search(request: SearchRequest): Promise<SearchResult>
  count(): Promise<number>
  /** The index's entries a page at a time (1,000 by default), in an order of the engine's own. */
  entries(page?: { next?: string | null; limit?: number }): Promise<EntryPage>
  /** The entries the index holds for these ids (in any order; ids it lacks are left out). */
  entriesOf(ids: string[]): Promise<IndexedEntry[]>
  rebuild(): Promise<IndexRebuild>
  /**
   * Housekeeping in small steps after a reconciliation, for engines that keep their own files (the
   * embedded one merges the segments that single-document writes leave behind). Meilisearch
   * compacts its store itself and has none.
   */
  maintain?(): Promise<void>
  clear(): Promise<void>
  /** Never throws: reports whether the engine answers. */
  health(): Promise<SearchHealth>
  close(): Promise<void>
}
