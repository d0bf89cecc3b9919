import { randomUUID } from 'node:crypto'

import type { Client, InStatement } from '@libsql/client'

import { SearchTaskFailedError } from '../errors'
import { facetNames, type IndexRebuild, type SearchDocument } from '../port'
import { facetValues } from '../settings'
import { encodeFacets } from './reads'
import {
  documentTables,
  documentTableStatements,
  headColumns,
  publishedIndex,
  rebuildKey,
  rebuildSuffix,
  tagsColumn,
  textColumns,
  vocabTable,
} from './schema'
import { facetTag } from './tags'
import { indexedColumns, vocabularyStatement } from './writes'

/**
 * A full rebuild of the embedded index: the documents go into fresh tables beside the live ones
 * (`search_docs_next`, …, made by the same definitions), and one transaction at the end puts them in
 * place. Readers keep the old index until then; a rebuild that fails or is abandoned leaves it as it was.
 *
 * Why fresh tables: rewriting rows in place makes FTS5 delete every old posting, tokenizing the old
 * text once more, which doubled the cost of a rebuild. Into empty tables the rows go in rowid order,
 * a batch as one statement per table, and FTS5 is told to hold a large batch of postings in memory and
 * to leave merging to one pass at the end, instead of merging segments as it goes.
 *
 * Writes to the live index made meanwhile, by this process or another (the sync job in the app
 * server), are noted in search_rebuild_log while the rebuild's key is in search_meta; before the
 * swap, each noted document is copied from the live tables to the new ones, or removed from them if
 * it was deleted. The key's value is this rebuild's own token, so a rebuild started later over it
 * (which drops and remakes the new tables) makes this one fail rather than swap in half a table.
 */

const next = (table: string) => `${table}${rebuildSuffix}`
const textNames = textColumns.map((column) => column.name)
const headNames = headColumns.map((column) => column.name)

/** FTS5's defaults, put back before the swap so the sync job's small writes merge as they always did. */
const defaultAutomerge = 4
const defaultHashSize = 1024 * 1024
/** Postings held in memory per FTS5 table before a segment is written: one transaction's worth. */
const loadHashSize = 256 * 1024 * 1024

const ftsConfig = (table: string, key: string, value: number): InStatement =>
  `INSERT INTO ${table}(${table}, rank) VALUES ('${key}', ${value})`

const dropNextTables = documentTables.map((table) => `DROP TABLE IF EXISTS ${next(table)}`)

/** Makes the new tables, dropping any a crashed rebuild left, and starts noting live writes. */
export const beginStatements = (token: string): InStatement[] => [
  ...dropNextTables,
  'DELETE FROM search_rebuild_log',
  { sql: `INSERT INTO search_meta (key, value) VALUES ('${rebuildKey}', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, args: [token] },
  ...documentTableStatements(rebuildSuffix),
  ...['search_text', 'search_head'].flatMap((table) => [
    ftsConfig(next(table), 'automerge', 0),
    ftsConfig(next(table), 'hashsize', loadHashSize),
  ]),
]

/** Adds to `terms` the words of `text` (single-spaced, as indexText writes it) that `seen` lacks, and notes them seen. */
const newTerms = (text: string, seen: Set<string>, terms: Set<string>) => {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start)
    if (end < 0) end = text.length
    if (end > start) {
      const term = text.slice(start, end)
      if (!seen.has(term)) {
        seen.add(term)
        terms.add(term)
      }
    }
    start = end + 1
  }
}

/**
 * One batch into the new tables as one statement per table, each row's values in a JSON array, the
 * rowids given in order. `columns[i]` is indexedColumns(documents[i]). `seen` holds the words written
 * to search_terms by earlier batches of this rebuild, so each is sent once.
 */
export const loadStatements = (
  documents: SearchDocument[],
  columns: string[][],
  firstRowid: number,
  seen: Set<string>,
): InStatement[] => {
  const docs: unknown[] = []
  const stored: unknown[] = []
  const text: unknown[] = []
  const head: unknown[] = []
  const terms = new Set<string>()
  documents.forEach((document, i) => {
    const rowid = firstRowid + i
    const indexed = columns[i]!
    for (const field of indexed) newTerms(field, seen, terms)
    const facets = facetNames.flatMap((facet) => facetValues(document, facet).map((value): [string, string] => [facet, value]))
    docs.push([rowid, document.id, document.visibility, document.publishedAt, document.updatedAt, encodeFacets(facets)])
    stored.push([rowid, JSON.stringify(document)])
    text.push([rowid, ...indexed, facets.map(([facet, value]) => facetTag(facet, value)).join(' ')])
    head.push([rowid, ...headColumns.map((column) => indexed[textColumns.indexOf(column)] ?? '')])
  })
  const values = (count: number) => Array.from({ length: count }, (_, i) => `value ->> ${i}`).join(', ')
  return [
    {
      sql: `INSERT INTO ${next('search_docs')} (rowid, id, visibility, published_at, updated_at, facets)
            SELECT ${values(6)} FROM json_each(?)`,
      args: [JSON.stringify(docs)],
    },
    { sql: `INSERT INTO ${next('search_stored')} (rowid, document) SELECT ${values(2)} FROM json_each(?)`, args: [JSON.stringify(stored)] },
    {
      sql: `INSERT INTO ${next('search_text')} (rowid, ${textNames.join(', ')}, ${tagsColumn})
            SELECT ${values(textNames.length + 2)} FROM json_each(?)`,
      args: [JSON.stringify(text)],
    },
    {
      sql: `INSERT INTO ${next('search_head')} (rowid, ${headNames.join(', ')}) SELECT ${values(headNames.length + 1)} FROM json_each(?)`,
      args: [JSON.stringify(head)],
    },
    vocabularyStatement(terms),
  ]
}

const rowidIn = (suffix: string) => `SELECT rowid FROM search_docs${suffix} WHERE id = ?`

/** Replaces one document's rows in the new tables with its rows in the live ones (none if it was deleted). */
const carryOverStatements = (id: string): InStatement[] => [
  // `rowid = (…)`: FTS5 takes it as a lookup, where `IN (…)` would read every row.
  ...['search_stored', 'search_text', 'search_head'].map((table) => ({
    sql: `DELETE FROM ${next(table)} WHERE rowid = (${rowidIn(rebuildSuffix)})`,
    args: [id],
  })),
  { sql: `DELETE FROM ${next('search_docs')} WHERE id = ?`, args: [id] },
  {
    sql: `INSERT INTO ${next('search_docs')} (id, visibility, published_at, updated_at, facets)
          SELECT id, visibility, published_at, updated_at, facets FROM search_docs WHERE id = ?`,
    args: [id],
  },
  ...[
    ['search_stored', ['document']],
    ['search_text', [...textNames, tagsColumn]],
    ['search_head', headNames],
  ].map(([table, columns]) => ({
    sql: `INSERT INTO ${next(table as string)} (rowid, ${(columns as string[]).join(', ')})
          SELECT (${rowidIn(rebuildSuffix)}), ${(columns as string[]).join(', ')} FROM ${table as string}
          WHERE rowid = (${rowidIn('')})`,
    args: [id, id],
  })),
]

/** Puts the new tables in place of the live ones; the fts5vocab table is remade over the new search_text. */
const swapStatements: InStatement[] = [
  'DROP TABLE IF EXISTS search_vocab',
  ...documentTables.map((table) => `DROP TABLE ${table}`),
  ...documentTables.map((table) => `ALTER TABLE ${next(table)} RENAME TO ${table}`),
  publishedIndex,
  vocabTable,
  'DELETE FROM search_rebuild_log',
  `DELETE FROM search_meta WHERE key = '${rebuildKey}'`,
]

export interface RebuildOptions {
  /** Documents per transaction: each commit writes an FTS5 segment, and holds off the live writers meanwhile. */
  batchSize: number
  /** Called after the swap, so the engine drops what it cached about the old index. */
  onSwapped: () => void
  /** Whether the connection is the rebuild's own, to close when it ends. */
  ownsClient: boolean
}

export class EmbeddedRebuild implements IndexRebuild {
  readonly #client: Client
  readonly #options: RebuildOptions
  readonly #token = randomUUID()
  #rowid = 1
  readonly #terms = new Set<string>()
  #state: 'open' | 'committed' | 'aborted' = 'open'

  private constructor(client: Client, options: RebuildOptions) {
    this.#client = client
    this.#options = options
  }

  /** `client` is a connection of the rebuild's own; it is closed when the rebuild ends. */
  static async begin(client: Client, options: RebuildOptions): Promise<EmbeddedRebuild> {
    const rebuild = new EmbeddedRebuild(client, options)
    await rebuild.#write(beginStatements(rebuild.#token), 'starting the rebuild')
    return rebuild
  }

  async #write(statements: InStatement[], doing: string): Promise<void> {
    try {
      await this.#client.batch(statements, 'write')
    } catch (error) {
      throw new SearchTaskFailedError(`${doing} failed; the live search index is unchanged`, undefined, { cause: error })
    }
  }

  #checkOpen() {
    if (this.#state !== 'open') throw new SearchTaskFailedError(`this rebuild was already ${this.#state}`)
  }

  /** Each id once per rebuild: a second one fails the batch (the new tables hold one row per id). */
  async upsert(documents: SearchDocument[], normalized?: string[][]): Promise<void> {
    this.#checkOpen()
    const columns = normalized ?? documents.map(indexedColumns)
    for (let i = 0; i < documents.length; i += this.#options.batchSize) {
      const batch = documents.slice(i, i + this.#options.batchSize)
      await this.#write(loadStatements(batch, columns.slice(i, i + batch.length), this.#rowid, this.#terms), 'writing the rebuilt index')
      this.#rowid += batch.length
    }
  }

  async commit(): Promise<void> {
    this.#checkOpen()
    // Merging every segment into one is what 'optimize' does: done here, outside the swap, so the live
    // writers wait only for the short transaction below. Queries then read one segment per term.
    await this.#write(
      ['search_text', 'search_head'].flatMap((table) => [
        ftsConfig(next(table), 'hashsize', defaultHashSize),
        ftsConfig(next(table), 'automerge', defaultAutomerge),
        `INSERT INTO ${next(table)}(${next(table)}) VALUES ('optimize')`,
      ]),
      'merging the rebuilt index',
    )
    // By hand on the rebuild's own connection (libsql's interactive transactions move to a new
    // connection, which for an index in memory is another, empty database).
    const client = this.#client
    try {
      await client.execute('BEGIN IMMEDIATE')
      const owner = await client.execute({ sql: 'SELECT value FROM search_meta WHERE key = ?', args: [rebuildKey] })
      if (owner.rows[0]?.value !== this.#token) throw new Error('another rebuild started after this one and replaced its tables')
      const { rows } = await client.execute('SELECT id FROM search_rebuild_log')
      for (const row of rows) for (const statement of carryOverStatements(String(row.id))) await client.execute(statement)
      for (const statement of swapStatements) await client.execute(statement)
      await client.execute('COMMIT')
      this.#state = 'committed'
    } catch (error) {
      // Rolled back first, so that abandoning the rebuild does not wait on this transaction's lock.
      await client.execute('ROLLBACK').catch(() => undefined)
      await this.abort().catch(() => undefined)
      throw new SearchTaskFailedError('swapping in the rebuilt index failed; the live search index is unchanged', undefined, { cause: error })
    }
    this.#end()
    this.#terms.clear()
    this.#options.onSwapped()
  }

  #end() {
    if (this.#options.ownsClient) this.#client.close()
  }

  async abort(): Promise<void> {
    if (this.#state !== 'open') return
    this.#state = 'aborted'
    try {
      const owner = await this.#client.execute({ sql: 'SELECT value FROM search_meta WHERE key = ?', args: [rebuildKey] })
      // A rebuild that took over owns the tables now: leave them to it.
      if (owner.rows[0]?.value === this.#token)
        await this.#write([...dropNextTables, 'DELETE FROM search_rebuild_log', `DELETE FROM search_meta WHERE key = '${rebuildKey}'`], 'abandoning the rebuild')
    } finally {
      this.#end()
      this.#terms.clear()
    }
  }
}
