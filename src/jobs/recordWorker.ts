/**
 * The thread a reindex reads in (see recordsInWorker.ts): every searchable record, straight from
 * SQLite's tables, made into its search document and index text, one page at a time. Reading and
 * normalizing are half of a reindex's work; here they run on a core of their own while the main
 * thread writes the index. At most `ahead` pages wait unread, so memory stays flat.
 */
import { parentPort, workerData } from 'node:worker_threads'

import { createClient } from '@libsql/client'

import { indexTextOf } from '../search/documents'
import { nextTurn } from '../search/nextTurn'
import { isSearchable, searchedCollections, searchEntryOf, toSearchDocument } from './searchDocuments'
import { sqliteRecordPages } from './sqliteRecords'
import type { WorkerMessage, WorkerOptions } from './recordsInWorker'

const port = parentPort!
const { url, pageSize, ahead } = workerData as WorkerOptions
const post = (message: WorkerMessage) => port.postMessage(message)

let credit = ahead
let wake: (() => void) | null = null
port.on('message', () => {
  credit += 1
  wake?.()
})
const turn = () =>
  credit > 0
    ? Promise.resolve()
    : new Promise<void>((resolve) => {
        wake = () => {
          wake = null
          resolve()
        }
      })

const read = async () => {
  const client = createClient({ url })
  try {
    await client.execute('PRAGMA busy_timeout = 5000')
    for (const collection of searchedCollections)
      for await (const { heads, complete } of sqliteRecordPages(client, collection, pageSize)) {
        const searchable = heads.filter((doc) => isSearchable(collection, doc))
        if (!searchable.length) continue
        const documents = (await complete(searchable)).map((doc) => toSearchDocument(collection, doc))
        await turn()
        credit -= 1
        post({
          type: 'page',
          entries: searchable.map((doc) => searchEntryOf(collection, doc)),
          documents,
          indexText: documents.map(indexTextOf),
        })
        await nextTurn()
      }
    post({ type: 'done' })
  } finally {
    client.close()
  }
}

read().catch((error: unknown) => post({ type: 'error', message: error instanceof Error ? error.message : String(error) }))
