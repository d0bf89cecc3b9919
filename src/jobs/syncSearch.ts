import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, PayloadRequest, TaskConfig } from 'payload'

import { runSoon } from './runSoon'

import { getSearchEngine } from './searchEngine'
import { isSearchedCollection, loadSearchDocument, searchId, type SearchedCollection } from './searchDocuments'

export const searchQueue = 'search'

/** Whether this process runs the jobs worker (off in tests and tools, which drain the queue themselves). */
export const jobsWorkerEnabled = () => process.env.HAMAFZA_JOBS !== 'off'

type SyncInput = { collection: string; id: string }

/**
 * Brings one record's search entry in line with the database: upserted while it is searchable,
 * removed otherwise. Reads the live record itself, so a late or repeated run does no harm.
 */
export const syncSearchTask: TaskConfig<{ input: SyncInput; output: { action: string } }> = {
  slug: 'syncSearch',
  label: 'Update the search index',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'action', type: 'text' }],
  retries: { attempts: 6, backoff: { type: 'exponential', delay: 250 } },
  handler: async ({ input, req }) => {
    if (!isSearchedCollection(input.collection)) throw new Error(`${input.collection} is not searched`)
    const action = await syncOne(req, input.collection, input.id)
    return { output: { action } }
  },
}

export const syncOne = async (req: Pick<PayloadRequest, 'payload'>, collection: SearchedCollection, id: string) => {
  const engine = await getSearchEngine()
  const document = await loadSearchDocument(req.payload, collection, id)
  if (document) {
    await engine.upsert([document])
    return 'upserted'
  }
  await engine.delete([searchId(collection, id)])
  return 'removed'
}

const enqueue = async (req: PayloadRequest, collection: string, id: number | string) => {
  // Queued in the editor's own transaction: the save never waits on the index, nor fails with it.
  const job = await req.payload.jobs.queue({
    task: 'syncSearch',
    input: { collection, id: String(id) },
    queue: searchQueue,
    req,
  } as never)
  runSoon(req.payload, searchQueue, job.id)
}

/** After any save: the task decides from the live record whether to index or remove it. */
export const queueSearchSync: CollectionAfterChangeHook = async ({ collection, doc, req }) => {
  await enqueue(req, collection.slug, doc.id)
  return doc
}

export const queueSearchRemoval: CollectionAfterDeleteHook = async ({ collection, id, req }) => {
  await enqueue(req, collection.slug, id)
}

const idIn = (value: unknown): string | null =>
  value == null || value === '' ? null : String(typeof value === 'object' ? (value as { id?: unknown }).id : value)

/**
 * Records whose facts another record's search document holds (an NGO's entry of "applied by", in its
 * lesson's): a change to one syncs the record it names, and the one it named before.
 */
export const queueRelatedSync = (collection: SearchedCollection, field: string) => {
  const afterChange: CollectionAfterChangeHook = async ({ doc, previousDoc, req }) => {
    const ids = new Set([idIn(doc?.[field]), idIn(previousDoc?.[field])].filter((id): id is string => id !== null))
    for (const id of ids) await enqueue(req, collection, id)
    return doc
  }
  const afterDelete: CollectionAfterDeleteHook = async ({ doc, req }) => {
    const id = idIn(doc?.[field])
    if (id !== null) await enqueue(req, collection, id)
  }
  return { afterChange, afterDelete }
}
