import { Meilisearch, MeilisearchApiError, type EnqueuedTask, type Index, type Settings } from 'meilisearch'

import { checkSearchDocument } from '../documents'
import { termMatcher } from '../highlight'
import { toSearchHit } from '../hits'
import type {
  EntryPage,
  IndexedEntry,
  IndexRebuild,
  IndexText,
  SearchDocument,
  SearchEngine,
  SearchHealth,
  SearchRequest,
  SearchResult,
  WriteOptions,
} from '../port'
import { parseSearchRequest } from '../query'
import { searchSettings, type SearchSettings } from '../settings'
import { documentFormat, documentKey, fromMeilisearchHit, toMeilisearchDocument, type MeilisearchDocument } from './documents'
import { requireSuccess, translateFailure } from './failures'
import { MeilisearchRebuild, rebuildIndexes, writeToken, type LoggedWrite } from './rebuild'
import { meilisearchSettings } from './settings'
import { facetCounts, markedWords, meilisearchQuery, searchParams, type PagedSearchParams } from './searchParams'

export interface MeilisearchOptions {
  url: string
  /** A key with search and documents rights; it stays on the server. */
  apiKey?: string
  indexUid?: string
  settings?: SearchSettings
  /** How long a caller waits for its own write to become searchable. */
  taskTimeoutMs?: number
  /**
   * How long a rebuild waits for its batches: Meilisearch indexes the queued batches together, and on a busy
   * two-core server a few thousand long documents took more than the 30 s a single save may wait.
   */
  bulkTaskTimeoutMs?: number
  batchSize?: number
}

const entryFields: ('id' | 'updatedAt' | 'visibility' | 'format')[] = ['id', 'updatedAt', 'visibility', 'format']
const toEntry = (doc: Pick<MeilisearchDocument, 'id' | 'updatedAt' | 'visibility' | 'format'>): IndexedEntry => ({
  id: doc.id,
  // Written in an older form: stale, whatever its date says.
  updatedAt: doc.format === documentFormat ? doc.updatedAt : -1,
  visibility: doc.visibility,
})

const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size))

/** The production engine, chosen when MEILISEARCH_URL is set. A thin translation of the port. */
export class MeilisearchEngine implements SearchEngine {
  readonly name = 'meilisearch' as const
  readonly #client: Meilisearch
  readonly #index: Index<MeilisearchDocument>
  readonly #uid: string
  readonly #settings: SearchSettings
  readonly #indexSettings: Settings
  readonly #batchSize: number
  readonly #bulkTaskTimeoutMs: number

  constructor(options: MeilisearchOptions) {
    this.#uid = options.indexUid ?? 'hamafza'
    this.#settings = options.settings ?? searchSettings
    this.#indexSettings = meilisearchSettings(this.#settings)
    this.#batchSize = options.batchSize ?? 1000
    this.#bulkTaskTimeoutMs = options.bulkTaskTimeoutMs ?? 10 * 60_000
    this.#client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: 10_000,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 30_000, interval: 25 },
    })
    this.#index = this.#client.index<MeilisearchDocument>(this.#uid)
  }

  /** Waits through the client's task list, as createIndex's own waitTask ignores the wait options (meilisearch-js 0.62). */
  async init(): Promise<void> {
    // Another process may have created the index first; that is the state we wanted.
    await this.#run([() => this.#client.createIndex(this.#uid, { primaryKey: 'key' })], 'starting Meilisearch: creating the search index', {
      tolerated: ['index_already_exists'],
    })
    await this.#run([() => this.#index.updateSettings(this.#indexSettings)], 'starting Meilisearch: applying the search index settings')
  }

  /**
   * Enqueues the tasks one after another (Meilisearch runs them in that order), and by default waits
   * for every one: the caller may read its own write next. `tolerated` lists error codes that mean "already so".
   */
  async #run(
    tasks: (() => Promise<EnqueuedTask>)[],
    doing: string,
    options?: WriteOptions & { tolerated?: string[]; timeout?: number },
  ): Promise<EnqueuedTask[]> {
    const enqueued: EnqueuedTask[] = []
    try {
      for (const task of tasks) enqueued.push(await task())
    } catch (error) {
      throw translateFailure(error, doing)
    }
    if (options?.wait !== false) await this.#waitFor(enqueued, doing, options?.tolerated, options?.timeout)
    return enqueued
  }

  async #waitFor(enqueued: EnqueuedTask[], doing: string, tolerated?: string[], timeout?: number): Promise<void> {
    try {
      const finished = await this.#client.tasks.waitForTasks(enqueued, timeout === undefined ? undefined : { timeout, interval: 250 })
      for (const task of finished) requireSuccess(task, doing, tolerated)
    } catch (error) {
      throw translateFailure(error, doing)
    }
  }

  /**
   * While a rebuild runs (its index exists), a write to the live index is first noted in the rebuild's
   * log, enqueued ahead of the write itself, so the rebuild's commit carries it over (see rebuild.ts).
   */
  async #logIfRebuilding(writes: LoggedWrite[]): Promise<(() => Promise<EnqueuedTask>)[]> {
    const { next, log } = rebuildIndexes(this.#uid)
    try {
      await this.#client.index(next).getRawInfo()
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return []
      throw translateFailure(error, 'checking for a rebuild')
    }
    return [() => this.#client.index(log).addDocuments(writes, { primaryKey: 'key' })]
  }

  async upsert(documents: SearchDocument[], options?: WriteOptions): Promise<void> {
    documents.forEach(checkSearchDocument)
    const token = writeToken()
    const logged = await this.#logIfRebuilding(documents.map((document) => ({ key: documentKey(document.id), token, deleted: false })))
    await this.#run([...logged, ...this.#writes(this.#uid, documents, undefined, token)], 'indexing documents', options)
  }

  /** The tasks that write documents into an index, in batches, each marked with the write's token. */
  #writes(uid: string, documents: SearchDocument[], indexText: IndexText[] | undefined, token: string): (() => Promise<EnqueuedTask>)[] {
    const index = this.#client.index<MeilisearchDocument>(uid)
    const marked = documents.map((document, i) => ({ ...toMeilisearchDocument(document, indexText?.[i]), writeToken: token }))
    return chunks(marked, this.#batchSize).map((batch) => () => index.addDocuments(batch, { primaryKey: 'key' }))
  }

  async delete(ids: string[], options?: WriteOptions): Promise<void> {
    const keys = ids.map(documentKey)
    const token = writeToken()
    const logged = await this.#logIfRebuilding(keys.map((key) => ({ key, token, deleted: true })))
    const removals = chunks(keys, this.#batchSize).map((batch) => () => this.#index.deleteDocuments(batch))
    await this.#run([...logged, ...removals], 'removing documents', options)
  }

  async search(request: SearchRequest): Promise<SearchResult> {
    const started = performance.now()
    const parsed = parseSearchRequest(request, this.#settings)
    try {
      const response = await this.#index.search<MeilisearchDocument, PagedSearchParams>(
        meilisearchQuery(parsed),
        searchParams(parsed, this.#settings.snippetWords),
      )
      const cap = this.#settings.limits.maxTotalHits
      const total = response.totalHits
      const hits = response.hits.map((hit) => {
        const matcher = parsed.highlight && parsed.words.length ? termMatcher(markedWords(hit._formatted)) : null
        return toSearchHit(fromMeilisearchHit(hit), parsed.locale, matcher, this.#settings)
      })
      return {
        hits,
        total: Math.min(total, cap),
        totalExact: total < cap,
        facets: facetCounts(response.facetDistribution, parsed.facets),
        facetsExact: true,
        page: parsed.page,
        limit: parsed.limit,
        tookMs: Math.round((performance.now() - started) * 100) / 100,
      }
    } catch (error) {
      throw translateFailure(error, 'searching')
    }
  }

  async count(): Promise<number> {
    try {
      return (await this.#index.getStats()).numberOfDocuments
    } catch (error) {
      throw translateFailure(error, 'counting documents')
    }
  }

  /** In Meilisearch's own order, by offset: the cursor is the offset of the next page. */
  async entries({ next = null, limit = 1000 }: { next?: string | null; limit?: number } = {}): Promise<EntryPage> {
    const offset = next === null ? 0 : Number(next)
    try {
      const page = await this.#index.getDocuments({ fields: entryFields, limit, offset })
      const entries = page.results.map(toEntry)
      return { entries, next: entries.length === limit ? String(offset + limit) : null }
    } catch (error) {
      throw translateFailure(error, 'listing documents')
    }
  }

  /** By POST, as a thousand ids in a GET address would pass no proxy's header limit. */
  async entriesOf(ids: string[]): Promise<IndexedEntry[]> {
    const entries: IndexedEntry[] = []
    try {
      for (const batch of chunks(ids.map(documentKey), this.#batchSize)) {
        const page = await this.#index.httpRequest.post<{ results: MeilisearchDocument[] }>({
          path: `indexes/${this.#uid}/documents/fetch`,
          body: { ids: batch, fields: entryFields, limit: batch.length },
        })
        entries.push(...page.results.map(toEntry))
      }
    } catch (error) {
      throw translateFailure(error, 'looking documents up')
    }
    return entries
  }

  /** Into a fresh index, swapped in at the commit (see rebuild.ts). */
  async rebuild(): Promise<IndexRebuild> {
    return MeilisearchRebuild.begin({
      client: this.#client,
      uid: this.#uid,
      settings: this.#indexSettings,
      run: async (tasks, doing, tolerated) => {
        await this.#run(tasks, doing, { tolerated, timeout: this.#bulkTaskTimeoutMs })
      },
      enqueue: (uid, documents, indexText, token) => {
        documents.forEach(checkSearchDocument)
        return this.#run(this.#writes(uid, documents, indexText, token), 'indexing documents', { wait: false })
      },
      waitFor: (enqueued, doing) => this.#waitFor(enqueued, doing, undefined, this.#bulkTaskTimeoutMs),
    })
  }

  async clear(): Promise<void> {
    await this.#run([() => this.#index.deleteAllDocuments()], 'clearing the search index')
  }

  async health(): Promise<SearchHealth> {
    try {
      await this.#client.health()
      return { ok: true, engine: this.name, documents: (await this.#index.getStats()).numberOfDocuments }
    } catch (error) {
      const message =
        error instanceof MeilisearchApiError ? error.message : translateFailure(error, 'checking Meilisearch').message
      return { ok: false, engine: this.name, message }
    }
  }

  /** Removes the whole index, and a rebuild's: for tests and for retiring an index, never for routine clearing. */
  async dropIndex(): Promise<void> {
    const { next, log } = rebuildIndexes(this.#uid)
    await this.#run(
      [this.#uid, next, log].map((uid) => () => this.#client.deleteIndex(uid)),
      'removing the search index',
      { tolerated: ['index_not_found'] },
    )
  }

  async close(): Promise<void> {
    // HTTP only: nothing stays open between requests.
  }
}
