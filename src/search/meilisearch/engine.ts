import { Meilisearch, MeilisearchApiError, type EnqueuedTaskPromise, type Index } from 'meilisearch'

import { checkSearchDocument } from '../documents'
import { termMatcher } from '../highlight'
import { toSearchHit } from '../hits'
import { SearchTaskFailedError } from '../errors'
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
import { documentKey, fromMeilisearchHit, toMeilisearchDocument, type MeilisearchDocument } from './documents'
import { requireSuccess, translateFailure } from './failures'
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
  batchSize?: number
}

const entryFields: ('id' | 'updatedAt' | 'visibility')[] = ['id', 'updatedAt', 'visibility']
const toEntry = (doc: Pick<MeilisearchDocument, 'id' | 'updatedAt' | 'visibility'>): IndexedEntry => ({
  id: doc.id,
  updatedAt: doc.updatedAt,
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
  readonly #batchSize: number

  constructor(options: MeilisearchOptions) {
    this.#uid = options.indexUid ?? 'hamafza'
    this.#settings = options.settings ?? searchSettings
    this.#batchSize = options.batchSize ?? 1000
    this.#client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: 10_000,
      defaultWaitOptions: { timeout: options.taskTimeoutMs ?? 30_000, interval: 25 },
    })
    this.#index = this.#client.index<MeilisearchDocument>(this.#uid)
  }

  async init(): Promise<void> {
    try {
      const created = await this.#client.createIndex(this.#uid, { primaryKey: 'key' }).waitTask()
      // Another process may have created it first; that is the state we wanted.
      requireSuccess(created, 'creating the search index', ['index_already_exists'])
      const applied = await this.#index.updateSettings(meilisearchSettings(this.#settings)).waitTask()
      requireSuccess(applied, 'applying the search index settings')
    } catch (error) {
      throw translateFailure(error, 'starting Meilisearch')
    }
  }

  /** Sends the tasks, and by default waits for every one: the caller may read its own write next. */
  async #run(tasks: EnqueuedTaskPromise[], doing: string, options?: WriteOptions): Promise<void> {
    try {
      const enqueued = await Promise.all(tasks)
      if (options?.wait === false) return
      const finished = await this.#client.tasks.waitForTasks(enqueued)
      for (const task of finished) requireSuccess(task, doing)
    } catch (error) {
      throw translateFailure(error, doing)
    }
  }

  async upsert(documents: SearchDocument[], options?: WriteOptions): Promise<void> {
    await this.#upsert(documents, undefined, options)
  }

  async #upsert(documents: SearchDocument[], indexText: IndexText[] | undefined, options?: WriteOptions): Promise<void> {
    documents.forEach(checkSearchDocument)
    const batches = chunks(
      documents.map((document, i) => toMeilisearchDocument(document, indexText?.[i])),
      this.#batchSize,
    )
    await this.#run(
      batches.map((batch) => this.#index.addDocuments(batch, { primaryKey: 'key' })),
      'indexing documents',
      options,
    )
  }

  async delete(ids: string[], options?: WriteOptions): Promise<void> {
    const batches = chunks(ids.map(documentKey), this.#batchSize)
    await this.#run(batches.map((keys) => this.#index.deleteDocuments(keys)), 'removing documents', options)
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

  async entriesOf(ids: string[]): Promise<IndexedEntry[]> {
    const entries: IndexedEntry[] = []
    try {
      for (const batch of chunks(ids.map(documentKey), this.#batchSize)) {
        const page = await this.#index.getDocuments({ ids: batch, fields: entryFields, limit: batch.length })
        entries.push(...page.results.map(toEntry))
      }
    } catch (error) {
      throw translateFailure(error, 'looking documents up')
    }
    return entries
  }

  /**
   * Into the live index, as any write: Meilisearch replaces each document by its key and makes it
   * searchable when its task is done, so readers never lose the index meanwhile, and the sync job's
   * writes land in the same queue, in order. Documents left that do not belong are the caller's to
   * delete (reconcileSearch does).
   */
  async rebuild(): Promise<IndexRebuild> {
    let open = true
    const check = () => {
      if (!open) throw new SearchTaskFailedError('this rebuild has ended')
    }
    return {
      upsert: async (documents, indexText) => {
        check()
        await this.#upsert(documents, indexText, { wait: true })
      },
      commit: async () => {
        check()
        open = false
      },
      abort: async () => {
        open = false
      },
    }
  }

  async clear(): Promise<void> {
    await this.#run([this.#index.deleteAllDocuments()], 'clearing the search index')
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

  /** Removes the whole index: for tests and for rebuilding under a new name, never for routine clearing. */
  async dropIndex(): Promise<void> {
    await this.#run([this.#client.deleteIndex(this.#uid)], 'removing the search index')
  }

  async close(): Promise<void> {
    // HTTP only: nothing stays open between requests.
  }
}
