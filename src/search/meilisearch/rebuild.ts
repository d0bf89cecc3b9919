import { randomBytes } from 'node:crypto'

import type { EnqueuedTask, Meilisearch, Settings } from 'meilisearch'

import { SearchTaskFailedError } from '../errors'
import type { IndexRebuild, IndexText, SearchDocument } from '../port'
import type { MeilisearchDocument } from './documents'

/**
 * A rebuild into a fresh index, swapped in by Meilisearch's index swap at the commit, so readers keep
 * the live index until then and whatever the rebuild did not rewrite is gone after it. While one
 * runs, every write to the live index, by any process, first notes its document keys in a log index
 * (see MeilisearchEngine's writes); the commit copies those documents over before the swap, and once
 * more after it for writes that landed in between, so no edit made meanwhile is lost.
 */

/** A write's mark, in the log and on the documents it wrote: tells which write a stored document came from. */
export const writeToken = () => randomBytes(8).toString('hex')

/** The indexes of a rebuild of `uid`: the one it fills (whose existence tells writers to log) and the log. */
export const rebuildIndexes = (uid: string) => ({ next: `${uid}-next`, log: `${uid}-next-log` })

/** One write to the live index while a rebuild runs: the last one for each key is kept. */
export interface LoggedWrite {
  key: string
  token: string
  deleted: boolean
}

/** The log's record of which rebuild owns it; `_o` is no `_` + two hex digits, so no document key. */
const ownerKey = '_owner'

export interface RebuildContext {
  client: Meilisearch
  uid: string
  settings: Settings
  /** Enqueues in order, waits for every task, and fails unless each succeeded (or failed with a tolerated code). */
  run(tasks: (() => Promise<EnqueuedTask>)[], doing: string, tolerated?: string[]): Promise<void>
  /** Enqueues documents for an index, marked with `token`, without waiting for them. */
  enqueue(uid: string, documents: SearchDocument[], indexText: IndexText[] | undefined, token: string): Promise<EnqueuedTask[]>
  waitFor(enqueued: EnqueuedTask[], doing: string): Promise<void>
}

/** Batches a rebuild leaves enqueued before it waits for the oldest: Meilisearch indexes queued batches together. */
const maxQueued = 8

const pageSize = 1000

export class MeilisearchRebuild implements IndexRebuild {
  readonly #context: RebuildContext
  readonly #indexes: { next: string; log: string }
  readonly #token: string
  readonly #queued: EnqueuedTask[] = []
  #open = true

  private constructor(context: RebuildContext, token: string) {
    this.#context = context
    this.#indexes = rebuildIndexes(context.uid)
    this.#token = token
  }

  static async begin(context: RebuildContext): Promise<MeilisearchRebuild> {
    const { client, settings, run } = context
    const { next, log } = rebuildIndexes(context.uid)
    const token = writeToken()
    // A rebuild left behind (stopped, or still running elsewhere) is taken over: its commit will refuse.
    await run([() => client.deleteIndex(next), () => client.deleteIndex(log)], 'clearing an earlier rebuild', ['index_not_found'])
    await run(
      [
        () => client.createIndex(log, { primaryKey: 'key' }),
        () => client.index(log).addDocuments([{ key: ownerKey, token }]),
        () => client.createIndex(next, { primaryKey: 'key' }),
        () => client.index(next).updateSettings(settings),
      ],
      'starting a rebuild',
    )
    return new MeilisearchRebuild(context, token)
  }

  #check() {
    if (!this.#open) throw new SearchTaskFailedError('this rebuild has ended')
  }

  async upsert(documents: SearchDocument[], indexText?: IndexText[]): Promise<void> {
    this.#check()
    this.#queued.push(...(await this.#context.enqueue(this.#indexes.next, documents, indexText, this.#token)))
    if (this.#queued.length > maxQueued) await this.#context.waitFor(this.#queued.splice(0, this.#queued.length - maxQueued / 2), 'indexing documents')
  }

  async commit(): Promise<void> {
    this.#check()
    const { client, uid, run } = this.#context
    const { next } = this.#indexes
    await this.#context.waitFor(this.#queued.splice(0), 'indexing documents')
    await this.#ensureOwner()
    // Before the swap, the live index holds the last word on every logged key.
    const copied = await this.#copyLogged(uid, next, () => true)
    await run([() => client.swapIndexes([{ indexes: [uid, next], rename: false }])], 'swapping the rebuilt index in')
    this.#open = false
    try {
      // Writes logged since landed in the old index (now `next`) if they came before the swap, in the
      // new one if after: a document is copied only from where its logged write is.
      await this.#copyLogged(next, uid, (write) => copied.get(write.key) !== write.token, true)
    } finally {
      // Writers log only while `next` exists: it goes whatever happened.
      await this.#drop()
    }
  }

  async abort(): Promise<void> {
    const wasOpen = this.#open
    this.#open = false
    if (wasOpen && (await this.#owned())) await this.#drop()
  }

  async #owned(): Promise<boolean> {
    const owner = await this.#context.client
      .index(this.#indexes.log)
      .getDocument(ownerKey)
      .catch(() => null)
    return owner?.token === this.#token
  }

  async #ensureOwner() {
    if (!(await this.#owned())) {
      this.#open = false
      throw new SearchTaskFailedError('a later rebuild has taken this one over')
    }
  }

  async #drop() {
    const { client, run } = this.#context
    await run([() => client.deleteIndex(this.#indexes.next), () => client.deleteIndex(this.#indexes.log)], 'removing the rebuild indexes', ['index_not_found'])
  }

  async *#logged(): AsyncGenerator<LoggedWrite[]> {
    const log = this.#context.client.index<LoggedWrite & Record<string, unknown>>(this.#indexes.log)
    for (let offset = 0; ; offset += pageSize) {
      const page = await log.getDocuments({ limit: pageSize, offset })
      const writes = page.results.filter((write) => write.key !== ownerKey)
      if (writes.length) yield writes
      if (page.results.length < pageSize) return
    }
  }

  /** Documents by key, as stored (normalized fields and write marks included), through the POST fetch. */
  async #fetch(uid: string, keys: string[]): Promise<Map<string, MeilisearchDocument>> {
    const index = this.#context.client.index<MeilisearchDocument>(uid)
    const page = await index.httpRequest.post<{ results: MeilisearchDocument[] }>({
      path: `indexes/${uid}/documents/fetch`,
      body: { ids: keys, limit: keys.length },
    })
    return new Map(page.results.map((document) => [document.key, document]))
  }

  /**
   * Makes `to` hold what `from` holds for the logged keys `wanted` selects. After the swap (`afterSwap`),
   * only documents whose logged write is in `from` are copied, and a logged delete removes the key
   * unless `to` already has the logged write. Returns each handled key's logged token.
   */
  async #copyLogged(from: string, to: string, wanted: (write: LoggedWrite) => boolean, afterSwap = false): Promise<Map<string, string>> {
    const { client, run } = this.#context
    const handled = new Map<string, string>()
    for await (const page of this.#logged()) {
      const writes = page.filter(wanted)
      if (!writes.length) continue
      const keys = writes.map((write) => write.key)
      const [source, target] = await Promise.all([this.#fetch(from, keys), afterSwap ? this.#fetch(to, keys) : null])
      const copies: MeilisearchDocument[] = []
      const removals: string[] = []
      for (const write of writes) {
        handled.set(write.key, write.token)
        const stored = source.get(write.key)
        if (!afterSwap) {
          if (stored) copies.push(stored)
          else removals.push(write.key)
        } else if (write.deleted) {
          if (target?.has(write.key)) removals.push(write.key)
        } else if (stored?.writeToken === write.token && target?.get(write.key)?.writeToken !== write.token) copies.push(stored)
      }
      const tasks: (() => Promise<EnqueuedTask>)[] = []
      if (copies.length) tasks.push(() => client.index(to).addDocuments(copies, { primaryKey: 'key' }))
      if (removals.length) tasks.push(() => client.index(to).deleteDocuments(removals))
      await run(tasks, 'carrying over the writes made during the rebuild')
    }
    return handled
  }
}
