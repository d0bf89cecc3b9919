import type { Payload, TaskConfig } from 'payload'

import type { IndexedEntry, SearchDocument, SearchEngine } from '../search/port'
import { getSearchEngine } from './searchEngine'
import { isSearchable, searchedCollections, searchEntryOf, toSearchDocument, type SearchedCollection } from './searchDocuments'
import { sqliteClientOf, sqliteRecords } from './sqliteRecords'

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
 * A searchable record: its index entry at once, its search document (rich text to plain text, the
 * costly part) only when it is to be written.
 */
export interface SearchableRecord {
  entry: IndexedEntry
  document: () => SearchDocument
}

const searchable = (collection: SearchedCollection, docs: Record_[]): SearchableRecord[] =>
  docs
    .filter((doc) => isSearchable(collection, doc))
    .map((doc) => ({ entry: searchEntryOf(collection, doc), document: () => toSearchDocument(collection, doc) }))

async function* searchableRecords(payload: Payload): AsyncGenerator<SearchableRecord[]> {
  const client = sqliteClientOf(payload)
  if (client) {
    for (const collection of searchedCollections)
      for await (const docs of sqliteRecords(client, collection, sqliteBatchSize)) {
        const records = searchable(collection, docs)
        if (records.length) yield records
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
      const records = searchable(collection, result.docs as unknown as Record_[])
      if (records.length) yield records
      if (!result.hasNextPage) break
    }
  }
}

/**
 * Compares the index with the database and repairs the difference: records missing from the index,
 * entries older than their record or with another visibility, and entries that should not be there
 * (drafts, deleted, unpublished). With `rebuild`, every record is rewritten whatever its state;
 * with `dryRun`, nothing is written and the drift is only counted.
 */
export const reconcileSearch = async (
  payload: Payload,
  options: { engine?: SearchEngine; rebuild?: boolean; dryRun?: boolean; onProgress?: (done: number) => void } = {},
): Promise<Drift> => {
  const engine = options.engine ?? (await getSearchEngine())
  const indexed = new Map((await engine.entries()).map((entry) => [entry.id, entry]))
  const expected = new Set<string>()
  const drift: Drift = { missing: 0, stale: 0, leaked: 0, indexed: indexed.size, expected: 0 }
  for await (const records of searchableRecords(payload)) {
    const writes = records.filter(({ entry: record }) => {
      expected.add(record.id)
      const entry = indexed.get(record.id)
      if (!entry) drift.missing += 1
      else if (entry.updatedAt !== record.updatedAt || entry.visibility !== record.visibility) drift.stale += 1
      else return Boolean(options.rebuild)
      return true
    })
    if (writes.length && !options.dryRun) await engine.upsert(writes.map((record) => record.document()), { wait: true })
    options.onProgress?.(expected.size)
    // The SQLite drivers work synchronously under their promises: give the server's requests (and timers) a
    // turn between pages, so a reconciliation running inside the app never stalls it for the whole pass.
    await new Promise((resolve) => setImmediate(resolve))
  }
  const leaked = [...indexed.keys()].filter((id) => !expected.has(id))
  drift.leaked = leaked.length
  drift.expected = expected.size
  if (!options.dryRun) for (let i = 0; i < leaked.length; i += batchSize) await engine.delete(leaked.slice(i, i + batchSize))
  return drift
}

export const reconcileSearchTask: TaskConfig<{ input: object; output: Drift }> = {
  slug: 'reconcileSearch',
  label: 'Repair drift between the search index and the database',
  outputSchema: ['missing', 'stale', 'leaked', 'indexed', 'expected'].map((name) => ({ name, type: 'number' as const })),
  retries: { attempts: 3, backoff: { type: 'exponential', delay: 1000 } },
  // Every ten minutes, and on demand through the jobs queue.
  schedule: [{ cron: '*/10 * * * *', queue: 'search' }],
  handler: async ({ req }) => ({ output: await reconcileSearch(req.payload) }),
}

