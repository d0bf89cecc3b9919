import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { createClient, type Client, type InStatement, type Row } from '@libsql/client'

import { checkSearchDocument } from '../documents'
import { isSearchError, SearchTaskFailedError, SearchUnavailableError } from '../errors'
import { toSearchHit } from '../hits'
import { charLength } from '../normalize'
import type {
  EntryPage,
  IndexedEntry,
  IndexRebuild,
  SearchDocument,
  SearchEngine,
  SearchHealth,
  SearchRequest,
  SearchResult,
  Visibility,
} from '../port'
import { normalizedSynonyms, parseSearchRequest, type ParsedRequest } from '../query'
import { searchSettings, type SearchSettings } from '../settings'
import { compoundsOf, type WordCompounds } from './compounds'
import { hasTypos, matchExpression, matcherFor, type Beginning, type ExpandedWord } from './matchExpression'
import {
  byDate,
  countFacets,
  firstPassStatement,
  hitsStatement,
  pageStatement,
  rankBeyondCap,
  rankComplete,
  readDocs,
  tiers,
  tierStatement,
  type MatchRow,
} from './reads'
import { DocTable } from './docTable'
import { nextTurn } from '../nextTurn'
import { EmbeddedRebuild } from './rebuild'
import {
  clearStatements,
  createStatements,
  pragmas,
  prefixLengths,
  rebuildVocabularyStatements,
  schemaVersion,
  upgradeStatements,
} from './schema'
import { prefixCompletions, prefixTypoVariants, typoVariants, WordCache } from './vocabulary'
import { deleteStatements, trimChangesStatement, upsertStatements, vocabularyStatement } from './writes'

export interface EmbeddedSearchOptions {
  /** A file path (its folder is created) or ':memory:'. */
  path: string
  settings?: SearchSettings
  /** Documents written per transaction. */
  batchSize?: number
  /** Documents written per transaction by a rebuild, which has its own connection and tables. */
  rebuildBatchSize?: number
}

/** A long prefix with more completions than this is matched as a prefix after all. */
const maxCompletions = 64
const longestIndexedPrefix = Math.max(...prefixLengths)

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

const toEntry = (row: Row): IndexedEntry => ({
  id: String(row.id),
  updatedAt: Number(row.updated_at),
  visibility: row.visibility as Visibility,
})

/** The default engine: SQLite FTS5 in its own database file, through the libsql client Payload already uses. */
export class EmbeddedSearchEngine implements SearchEngine {
  readonly name = 'embedded' as const
  readonly #path: string
  readonly #settings: SearchSettings
  readonly #batchSize: number
  readonly #rebuildBatchSize: number
  readonly #synonyms: Map<string, string[]>
  readonly #typos = new WordCache<string[]>()
  readonly #completions = new WordCache<string[] | null>()
  readonly #typoPrefixes = new WordCache<Beginning[]>()
  readonly #compounds = new WordCache<WordCompounds[]>()
  readonly #docs = new DocTable()
  #client: Promise<Client> | null = null

  constructor(options: EmbeddedSearchOptions) {
    this.#path = options.path
    this.#settings = options.settings ?? searchSettings
    this.#batchSize = options.batchSize ?? 200
    this.#rebuildBatchSize = options.rebuildBatchSize ?? 1000
    this.#synonyms = normalizedSynonyms(this.#settings)
  }

  async init(): Promise<void> {
    const client = await this.#connection()
    // The DocTable is read here rather than by the first search (about 0.3 s at 100,000 documents).
    await this.#docs.refresh(client).catch((error: unknown) => {
      throw new SearchUnavailableError(`cannot read the search index at ${this.#path}`, { cause: error })
    })
  }

  #connection(): Promise<Client> {
    this.#client ??= this.#open().catch((error: unknown) => {
      this.#client = null
      throw new SearchUnavailableError(`cannot open the search index at ${this.#path}`, { cause: error })
    })
    return this.#client
  }

  async #open(extraPragmas: string[] = []): Promise<Client> {
    const inMemory = this.#path === ':memory:'
    if (!inMemory) mkdirSync(path.dirname(path.resolve(this.#path)), { recursive: true })
    const client = createClient({ url: inMemory ? ':memory:' : pathToFileURL(path.resolve(this.#path)).href })
    try {
      for (const pragma of [...pragmas, ...extraPragmas]) await client.execute(pragma)
      await client.batch(createStatements, 'write')
      const { rows } = await client.execute(`SELECT value FROM search_meta WHERE key = 'schema'`)
      const version = Number(rows[0]?.value ?? schemaVersion)
      if (version < schemaVersion) await client.batch(upgradeStatements(version), 'write')
      return client
    } catch (error) {
      client.close()
      throw error
    }
  }

  async #write(statements: InStatement[]): Promise<void> {
    const client = await this.#connection()
    try {
      await client.batch(statements, 'write')
    } catch (error) {
      throw new SearchTaskFailedError('the search index write was rolled back', undefined, { cause: error })
    }
  }

  async upsert(documents: SearchDocument[]): Promise<void> {
    documents.forEach(checkSearchDocument)
    for (const batch of chunks(documents, this.#batchSize)) {
      const terms = new Set<string>()
      const statements = batch.flatMap((document) => upsertStatements(document, terms))
      await this.#write([...statements, vocabularyStatement(terms), trimChangesStatement])
      this.#forgetWords()
      await nextTurn()
    }
  }

  async delete(ids: string[]): Promise<void> {
    for (const batch of chunks(ids, this.#batchSize)) {
      await this.#write([...batch.flatMap(deleteStatements), trimChangesStatement])
      await nextTurn()
    }
  }

  /** New words may be typo candidates or completions of words already looked up. */
  #forgetWords() {
    this.#typos.clear()
    this.#completions.clear()
    this.#typoPrefixes.clear()
    this.#compounds.clear()
  }

  /** A long beginning is matched as the words it completes to, when they are few (see maxCompletions). */
  #beginning(client: Client, beginning: string): Promise<Beginning> | Beginning {
    if (charLength(beginning) <= longestIndexedPrefix) return { beginning, completions: null }
    return this.#completions.get(beginning, () => prefixCompletions(client, beginning, maxCompletions)).then((completions) => ({ beginning, completions }))
  }

  /** The query's words with their typo forms, synonyms and completions; the word being typed's typo beginnings come later (#withTypoBeginnings). */
  async #expand(client: Client, request: ParsedRequest): Promise<ExpandedWord[]> {
    return Promise.all(
      request.words.map(async (word) => ({
        word,
        typos: await this.#typos.get(word.joined, () => typoVariants(client, word.joined, this.#settings)),
        synonyms: this.#synonyms.get(word.joined) ?? [],
        completions:
          word.prefix && charLength(word.joined) > longestIndexedPrefix
            ? await this.#completions.get(word.joined, () => prefixCompletions(client, word.joined, maxCompletions))
            : null,
        typoPrefixes: [],
        joins: [],
        split: null,
      })),
    )
  }

  /**
   * The word still being typed forgives typos as a finished one does (see prefixTypoVariants). Looked up
   * only for a search whose exact spellings fall short of the cap, being the costliest expansion.
   */
  async #withTypoBeginnings(client: Client, words: ExpandedWord[]): Promise<ExpandedWord[]> {
    return Promise.all(
      words.map(async (expanded) => {
        if (!expanded.word.prefix) return expanded
        const typoPrefixes = await this.#typoPrefixes.get(expanded.word.joined, async () =>
          Promise.all((await prefixTypoVariants(client, expanded.word.joined, this.#settings)).map((beginning) => this.#beginning(client, beginning))),
        )
        return { ...expanded, typoPrefixes }
      }),
    )
  }

  /** The compounds the query's words make or split into (see compounds.ts), looked up when typo forms are. */
  async #withCompounds(client: Client, words: ExpandedWord[]): Promise<ExpandedWord[]> {
    if (words.length === 0) return words
    const key = words.map(({ word }) => (word.prefix ? `${word.joined}*` : word.parts.length ? word.parts.join('\u200C') : word.joined)).join(' ')
    const compounds = await this.#compounds.get(key, () => compoundsOf(client, words.map(({ word }) => word)))
    return words.map((expanded, at) => ({ ...expanded, ...compounds[at] }))
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now()
    const parsed = parseSearchRequest(request, this.#settings)
    const client = await this.#connection()
    try {
      let words = await this.#expand(client, parsed)
      const withText = parsed.highlight && words.length > 0
      const cap = this.#settings.limits.maxTotalHits
      const offset = (parsed.page - 1) * parsed.limit
      await this.#docs.refresh(client)
      const firstPass = async (match: string | null): Promise<MatchRow[]> =>
        readDocs((await client.execute(firstPassStatement(match, parsed.filters, this.#settings))).rows)
          // The tags in the MATCH decided visibility; the DocTable agrees, or the document is left out
          // (one written by another process since the refresh, found on the next search).
          .filter((doc) => this.#docs.visibleTo(doc, parsed.filters.visibility))
          .map((doc) => ({ doc, publishedAt: this.#docs.publishedAt(doc) }))
      const tierDocs = async (match: string, limit: number | null) =>
        Promise.all(tiers.map(async (tier) => readDocs((await client.execute(tierStatement(match, tier, parsed.filters, limit))).rows)))

      // The passes are separate reads: a document removed in between is left out of the page.
      const exactMatch = words.length ? matchExpression(words, false) : null
      let match = exactMatch
      let rows = await firstPass(match)
      // Typo forms only widen a search whose exact spellings fall short of the cap: past it, they
      // would neither change the capped total nor reach a page, which exact matches fill first.
      let exactRows: MatchRow[] | null = null
      if (rows.length <= cap) words = await this.#withCompounds(client, await this.#withTypoBeginnings(client, words))
      if (rows.length <= cap && hasTypos(words)) {
        exactRows = rows
        match = matchExpression(words, true)
        rows = await firstPass(match)
      }
      const matcher = withText ? matcherFor(words) : null
      const counts = countFacets(rows, this.#docs, parsed, this.#settings)
      const complete = rows.length <= cap
      const exact = exactRows && new Set(exactRows.map((row) => row.doc))

      let docs: number[] | null = null
      if (match !== null && complete)
        docs =
          parsed.sort === 'relevance'
            ? rankComplete(rows, (await tierDocs(match, null)).map((list) => new Set(list)), exact)
            : byDate(rows, parsed.sort)
      else if (match !== null && parsed.sort === 'relevance') {
        const needed = Math.min(offset + parsed.limit, cap)
        if (exactRows === null) docs = rankBeyondCap(await tierDocs(match, needed), rows, cap)
        else {
          // Every exact match is in hand, from the first pass: they lead, ranked, then the typo matches.
          const exactTiers = await tierDocs(exactMatch!, null)
          docs = rankBeyondCap([rankComplete(exactRows, exactTiers.map((list) => new Set(list)), null)], rows, cap)
        }
      }
      let pageRows: Row[]
      if (docs === null) {
        // Browsing, or the newest of very many matches: a page in date order over every match.
        pageRows = (await client.execute(hitsStatement(parsed, match, withText))).rows
      } else {
        const page = docs.slice(offset, offset + parsed.limit)
        const fetched = page.length ? (await client.execute(pageStatement(page, withText))).rows : []
        const byDoc = new Map(fetched.map((row) => [Number(row.doc), row]))
        pageRows = page.map((doc) => byDoc.get(doc)).filter((row): row is Row => row !== undefined)
      }
      const hits = pageRows.map((row) =>
        toSearchHit(JSON.parse(String(row.document)) as SearchDocument, parsed.locale, matcher, this.#settings, {
          summary: { fa: String(row.summary_fa ?? ''), en: String(row.summary_en ?? '') },
          body: { fa: String(row.body_fa ?? ''), en: String(row.body_en ?? '') },
        }),
      )
      return {
        hits,
        total: counts.total,
        totalExact: counts.totalExact,
        facets: counts.facets,
        facetsExact: counts.totalExact,
        page: parsed.page,
        limit: parsed.limit,
        tookMs: Math.round((performance.now() - started) * 100) / 100,
      }
    } catch (error) {
      if (isSearchError(error)) throw error
      throw new SearchUnavailableError('the search index could not be read', { cause: error })
    }
  }

  async count(): Promise<number> {
    const { rows } = await (await this.#connection()).execute('SELECT count(*) AS n FROM search_docs')
    return Number(rows[0]?.n ?? 0)
  }

  /** In id order, continuing after the last id of the page before. */
  async entries({ next = null, limit = 1000 }: { next?: string | null; limit?: number } = {}): Promise<EntryPage> {
    const { rows } = await (await this.#connection()).execute({
      sql: 'SELECT id, updated_at, visibility FROM search_docs WHERE id > ? ORDER BY id LIMIT ?',
      args: [next ?? '', limit],
    })
    const entries = rows.map(toEntry)
    return { entries, next: entries.length === limit ? entries.at(-1)!.id : null }
  }

  async entriesOf(ids: string[]): Promise<IndexedEntry[]> {
    if (!ids.length) return []
    const { rows } = await (await this.#connection()).execute({
      sql: 'SELECT id, updated_at, visibility FROM search_docs WHERE id IN (SELECT value FROM json_each(?))',
      args: [JSON.stringify(ids)],
    })
    return rows.map(toEntry)
  }

  async rebuild(): Promise<IndexRebuild> {
    const live = await this.#connection()
    const onSwapped = () => this.#forgetWords()
    const options = { batchSize: this.#rebuildBatchSize, onSwapped }
    // An index in memory exists on its one connection only.
    if (this.#path === ':memory:') return EmbeddedRebuild.begin(live, { ...options, ownsClient: false })
    // A connection of its own, so its bigger page cache (the new tables' B-trees as they grow) is
    // never the readers'.
    const client = await this.#open(['PRAGMA cache_size = -65536']).catch((error: unknown) => {
      throw new SearchUnavailableError(`cannot open the search index at ${this.#path}`, { cause: error })
    })
    return EmbeddedRebuild.begin(client, { ...options, ownsClient: true })
  }

  /**
   * Merges the FTS5 indexes' segments a little at a time. Every write adds a segment, and FTS5 merges
   * them only level by level, so an index kept up to date one document at a time settles at a few
   * dozen segments, each looked up for every query word (at 100,000 documents a query took a third
   * longer on 30 segments than on one). Each step writes about `pagesPerStep` pages and the event
   * loop gets a turn between steps, as the server's requests share it; a merged index makes each
   * step a no-op. A rebuild leaves the index in one segment.
   */
  async maintain({ steps = 20, pagesPerStep = 100 }: { steps?: number; pagesPerStep?: number } = {}): Promise<void> {
    for (let step = 0; step < steps; step++)
      for (const table of ['search_text', 'search_head']) {
        await this.#write([{ sql: `INSERT INTO ${table} (${table}, rank) VALUES ('merge', ?)`, args: [-pagesPerStep] }])
        await nextTurn()
      }
  }

  /**
   * Rebuilds the typo candidates from the index's own vocabulary, dropping words only deleted
   * documents had. Not needed for correctness (a stale word expands to nothing); a maintenance task.
   */
  async rebuildVocabulary(): Promise<void> {
    await this.#write(rebuildVocabularyStatements)
  }

  async clear(): Promise<void> {
    await this.#write(clearStatements)
  }

  async health(): Promise<SearchHealth> {
    try {
      return { ok: true, engine: this.name, documents: await this.count() }
    } catch (error) {
      return { ok: false, engine: this.name, message: error instanceof Error ? error.message : String(error) }
    }
  }

  async close(): Promise<void> {
    const client = this.#client
    this.#client = null
    if (client) (await client.catch(() => null))?.close()
  }
}
