import type { Payload, TaskConfig } from 'payload'

import type { SearchDocument, SearchEngine } from '../search/port'
import { getSearchEngine } from './searchEngine'
import { isSearchable, searchedCollections, toSearchDocument } from './searchDocuments'
import { sqliteClientOf, sqliteRecords } from './sqliteRecords'

export type Drift = { missing: number; stale: number; leaked: number; indexed: number; expected: number }

const batchSize = 250
/** Records read and written at a time from SQLite, where a page is a few indexed statements. */
const sqliteBatchSize = 1000

/**
 * Every record that belongs in the index, read from the database page by page: straight from the
 * tables on SQLite (see sqliteRecords.ts), through `payload.find` on any other database.
 */
async function* searchableRecords(payload: Payload): AsyncGenerator<SearchDocument[]> {
  const client = sqliteClientOf(payload)
  if (client) {
    for (const collection of searchedCollections)
      for await (const docs of sqliteRecords(client, collection, sqliteBatchSize)) {
        const documents = docs.filter((doc) => isSearchable(collection, doc)).map((doc) => toSearchDocument(collection, doc))
        if (documents.length) yield documents
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
      const documents = result.docs
        .filter((doc) => isSearchable(collection, doc as unknown as Record<string, unknown>))
        .map((doc) => toSearchDocument(collection, doc as unknown as Record<string, unknown>))
      if (documents.length) yield documents
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
  for await (const documents of searchableRecords(payload)) {
    const writes = documents.filter((document) => {
      expected.add(document.id)
      const entry = indexed.get(document.id)
      if (!entry) drift.missing += 1
      else if (entry.updatedAt !== document.updatedAt || entry.visibility !== document.visibility) drift.stale += 1
      else return Boolean(options.rebuild)
      return true
    })
    if (writes.length && !options.dryRun) await engine.upsert(writes, { wait: true })
    options.onProgress?.(expected.size)
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

