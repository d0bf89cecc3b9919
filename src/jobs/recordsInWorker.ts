import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'

import type { Payload } from 'payload'

import type { IndexedEntry, IndexText, SearchDocument } from '../search/port'
import type { RecordPage } from './reconcile'
import { sqliteClientOf } from './sqliteRecords'

/**
 * A reindex's records read in a worker thread (recordWorker.ts), for `reconcileSearch({ rebuild: true,
 * records })`: the main thread only writes the index, while the worker reads the next pages. For the
 * scripts alone (`npm run reindex`), which run from source under tsx: the server never rebuilds.
 */

export interface WorkerOptions {
  url: string
  pageSize: number
  /** Pages read ahead of the writer. */
  ahead: number
}

export type WorkerMessage =
  | { type: 'page'; entries: IndexedEntry[]; documents: SearchDocument[]; indexText: IndexText[] }
  | { type: 'done' }
  | { type: 'error'; message: string }

// A worker thread does not inherit tsx's loader, which the scripts run under: it registers it first,
// through tsx's own API, found from this project as an import would find it.
const projectRequire = createRequire(import.meta.url)
const tsxExports = (projectRequire('tsx/package.json') as { exports: Record<string, { import: { default: string } }> }).exports
const tsxApi = pathToFileURL(path.join(path.dirname(projectRequire.resolve('tsx/package.json')), tsxExports['./esm/api']!.import.default))
const entry = new URL('./recordWorker.ts', import.meta.url)
const bootstrap = `import(${JSON.stringify(tsxApi.href)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}) })`

export async function* recordsInWorker(url: string, { pageSize = 1000, ahead = 2 } = {}): AsyncGenerator<RecordPage> {
  const worker = new Worker(bootstrap, { eval: true, workerData: { url, pageSize, ahead } satisfies WorkerOptions })
  const waiting: WorkerMessage[] = []
  let notify: (() => void) | null = null
  const arrived = (message: WorkerMessage) => {
    waiting.push(message)
    notify?.()
  }
  worker.on('message', arrived)
  worker.on('error', (error) => arrived({ type: 'error', message: error.message }))
  worker.on('exit', (code) => arrived({ type: 'error', message: `the reading thread stopped (exit code ${code})` }))
  try {
    for (;;) {
      if (!waiting.length) await new Promise<void>((resolve) => (notify = resolve))
      notify = null
      const message = waiting.shift()!
      if (message.type === 'done') return
      if (message.type === 'error') throw new Error(`reading the records failed: ${message.message}`)
      worker.postMessage('more')
      const { entries, documents, indexText } = message
      yield {
        entries,
        documents: async (ids) => {
          const wanted = documents.flatMap((document, i) => (ids.has(document.id) ? [i] : []))
          return { documents: wanted.map((i) => documents[i]!), indexText: wanted.map((i) => indexText[i]!) }
        },
      }
    }
  } finally {
    worker.removeAllListeners()
    await worker.terminate()
  }
}

/** The records of a SQLite database read in a worker thread; undefined (read in this thread) on any other. */
export const recordsForRebuild = (payload: Payload): AsyncIterable<RecordPage> | undefined => {
  const url = (payload.db as { clientConfig?: { url?: unknown } }).clientConfig?.url
  return sqliteClientOf(payload) && typeof url === 'string' ? recordsInWorker(url) : undefined
}
