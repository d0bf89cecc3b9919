import type { Payload, TaskConfig } from 'payload'

import { nextTurn } from '../search/nextTurn'
import type { IndexedEntry, IndexText, SearchDocument, SearchEngine } from '../search/port'
import { getSearchEngine } from './searchEngine'
import {
  isSearchable,
  parseSearchId,
  searchedCollections,
  searchEntryOf,
  searchId,
  toSearchDocument,
  withFirstPublications,
  type SearchedCollection,
} from './searchDocuments'
import { sqliteClientOf, sqliteRecordHeads, sqliteRecordPages } from './sqliteRecords'

export type Drift = { missing: number; stale: number; leaked: number; indexed: number; expected: number }

const batchSize = 250
/** Records read and written at a time from SQLite, where a page is a few indexed statements. */
const sqliteBatchSize = 1000

/**
 * Every record that belongs in the index, read from the database page by page: straight from the
 * tables on SQLite (see sqliteRecords.ts), through `payload.find` on any other database.
 */
type Record_ = Record<string, unknown>

/**
 * A page of searchable records: their index entries at once, their search documents (the records'
 * text read in, rich text to plain text: the costly part) only for those to be written, with their
 * index text when the reader made it already.
 */
export interface RecordPage {
  entries: IndexedEntry[]
  documents: (ids: Set<string>) => Promise<{ documents: SearchDocument[]; indexText?: IndexText[] }>
}

async function* searchableRecords(payload: Payload): AsyncGenerator<RecordPage> {
  const client = sqliteClientOf(payload)
  if (client) {
    for (const collection of searchedCollections)
      for await (const { heads, complete } of sqliteRecordPages(client, collection, sqliteBatchSize)) {
        const searchable = heads.filter((doc) => isSearchable(collection, doc))
        if (!searchable.length) continue
        yield {
          entries: searchable.map((doc) => searchEntryOf(collection, doc)),
          documents: async (ids) => {
            const wanted = searchable.filter((doc) => ids.has(searchId(collection, doc.id as string)))
            return { documents: (await complete(wanted)).map((doc) => toSearchDocument(collection, doc)) }
          },
        }
      }
    return
  }
  for (const collection of searchedCollections) {
    for (let page = 1; ; page++) {
      const result = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        draft: false,
        overrideAccess: true,
        limit: batchSize,
        page,
        sort: 'id',
      })
      const searchable = (result.docs as unknown as Record_[]).filter((doc) => isSearchable(collection, doc))
      if (searchable.length)
        yield {
          entries: searchable.map((doc) => searchEntryOf(collection, doc)),
          documents: async (ids) => {
            const wanted = searchable.filter((doc) => ids.has(searchId(collection, doc.id as string)))
            return { documents: (await withFirstPublications(payload, collection, wanted)).map((doc) => toSearchDocument(collection, doc)) }
          },
        }
      if (!result.hasNextPage) break
    }
  }
}

/**
 * Which of these index ids no longer belong: their record is gone, or not searchable any more. Asked
 * of the database now, so a record published while the reconciliation ran is not taken for a leak.
 */
const notSearchable = async (payload: Payload, ids: string[]): Promise<string[]> => {
  const byCollection = new Map<SearchedCollection, string[]>()
  const gone: string[] = []
  for (const id of ids) {
    const parsed = parseSearchId(id)
    if (!parsed) gone.push(id)
    else byCollection.set(parsed.collection, [...(byCollection.get(parsed.collection) ?? []), parsed.id])
  }
  const client = sqliteClientOf(payload)
  for (const [collection, recordIds] of byCollection) {
    const docs = client
      ? await sqliteRecordHeads(client, collection, recordIds)
      : ((
          await payload.find({
            collection,
            where: { id: { in: recordIds } },
            depth: 0,
            draft: false,
            overrideAccess: true,
            pagination: false,
          })
        ).docs as unknown as Record_[])
    const kept = new Set(docs.filter((doc) => isSearchable(collection, doc)).map((doc) => String(doc.id)))
    for (const id of recordIds) if (!kept.has(id)) gone.push(searchId(collection, id))
  }
  return gone
}

/**
 * Compares the index with the database and repairs the difference: records missing from the index,
 * entries older than their record or with another visibility, and entries that should not be there
 * (drafts, deleted, unpublished). With `rebuild`, every record is written into a fresh index that
 * replaces the old one at the end (see SearchEngine.rebuild); with `dryRun`, nothing is written and
 * the drift is only counted.
 *
 * It holds one page at a time, never the whole index or the whole database: each page of records is
 * compared with the index entries of those ids, then the index is walked page by page for entries
 * whose record no longer belongs.
 */
export const reconcileSearch = async (
  payload: Payload,
  options: {
    engine?: SearchEngine
    rebuild?: boolean
    dryRun?: boolean
    onProgress?: (done: number) => void
    /** Where the records come from: read here page by page unless given (a reindex reads them in a worker thread). */
    records?: AsyncIterable<RecordPage>
  } = {},
): Promise<Drift> => {
  const engine = options.engine ?? (await getSearchEngine())
  const drift: Drift = { missing: 0, stale: 0, leaked: 0, indexed: await engine.count(), expected: 0 }
  const rebuild = options.rebuild && !options.dryRun ? await engine.rebuild() : null
  try {
    for await (const records of options.records ?? searchableRecords(payload)) {
      const indexed = new Map((await engine.entriesOf(records.entries.map((entry) => entry.id))).map((entry) => [entry.id, entry]))
      const writes = records.entries.filter((record) => {
        const entry = indexed.get(record.id)
        if (!entry) drift.missing += 1
        else if (entry.updatedAt !== record.updatedAt || entry.visibility !== record.visibility) drift.stale += 1
        else return Boolean(options.rebuild)
        return true
      })
      drift.expected += records.entries.length
      if (!options.dryRun && writes.length) {
        const { documents, indexText } = await records.documents(new Set(writes.map((record) => record.id)))
        if (rebuild) await rebuild.upsert(documents, indexText)
        else await engine.upsert(documents, { wait: true })
      }
      options.onProgress?.(drift.expected)
      // The SQLite drivers work synchronously under their promises: give the server's requests (and timers) a
      // turn between pages, so a reconciliation running inside the app never stalls it for the whole pass.
      await nextTurn()
    }
    await rebuild?.commit()
  } catch (error) {
    await rebuild?.abort().catch(() => undefined)
    throw error
  }
  // The entries of the index before a rebuild that matched no record: gone with the old index at the
  // swap, so the pass below no longer finds them.
  if (rebuild) drift.leaked = Math.max(0, drift.indexed - (drift.expected - drift.missing))
  for (let next: string | null = null; ; ) {
    const page = await engine.entries({ next, limit: sqliteBatchSize })
    const leaked = await notSearchable(
      payload,
      page.entries.map((entry) => entry.id),
    )
    if (!rebuild) drift.leaked += leaked.length
    if (!options.dryRun && leaked.length) await engine.delete(leaked)
    next = page.next
    if (next === null) break
    await nextTurn()
  }
  return drift
}

export const reconcileSearchTask: TaskConfig<{ input: object; output: Drift }> = {
  slug: 'reconcileSearch',
  label: 'Repair drift between the search index and the database',
  outputSchema: ['missing', 'stale', 'leaked', 'indexed', 'expected'].map((name) => ({ name, type: 'number' as const })),
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
  // Every ten minutes, and on demand through the jobs queue.
  schedule: [{ cron: '*/10 * * * *', queue: 'search' }],
  handler: async ({ req }) => {
    const drift = await reconcileSearch(req.payload)
    await (await getSearchEngine()).maintain?.()
    return { output: drift }
  },
}

