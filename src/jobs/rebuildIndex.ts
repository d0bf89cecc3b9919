import type { Payload } from 'payload'

import { reconcileSearch, type Drift } from './reconcile'
import { recordsForRebuild } from './recordsInWorker'
import { searchedCollections } from './searchDocuments'

/**
 * Builds a fresh search index from the database and swaps it in at the end (see SearchEngine.rebuild),
 * for `npm run reindex` and after a restore. On SQLite the records are read in a worker thread while
 * this one writes the index.
 */
export const rebuildSearchIndex = async (payload: Payload, onProgress: (done: number, total: number) => void = () => {}): Promise<Drift> => {
  let total = 0
  for (const collection of searchedCollections) total += (await payload.count({ collection, overrideAccess: true })).totalDocs
  return reconcileSearch(payload, { rebuild: true, records: recordsForRebuild(payload), onProgress: (done) => onProgress(done, total) })
}
