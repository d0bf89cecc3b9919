import { randomUUID } from 'node:crypto'

import type { Client, InStatement, InValue } from '@libsql/client'

import { SearchTaskFailedError } from '../errors'
import { indexTextOf } from '../documents'
import { facetNames, type IndexRebuild, type IndexText, type SearchDocument } from '../port'
import { facetValues } from '../settings'
import { nextTurn } from '../nextTurn'
import { encodeFacets } from './reads'
import {
  documentTables,
  documentTableStatements,
  headColumns,
  publishedIndex,
  rebuildKey,
  rebuildSuffix,
  renewEpochStatements,
  tagsColumn,
  textColumns,
  vocabTable,
} from './schema'
import { facetTag, isTagTerm } from './tags'
import { indexedColumns } from './writes'

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

/** SQLite takes at most 32766 parameters in a statement; search_text's rows have nine. */
const maxBatchSize = Math.floor(32766 / (textColumns.length + 2))

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

/**
 * One batch into the new tables as one statement per table, the rowids given in order (at most
 * maxBatchSize documents). `columns[i]` is the FTS5 columns' text of documents[i] (indexedColumns).
 * Their words reach search_terms at the end (termsStatements), from the new index's own vocabulary.
 */
export const loadStatements = (documents: SearchDocument[], columns: string[][], firstRowid: number): InStatement[] => {
  const docs: unknown[][] = []
  const stored: unknown[][] = []
  const text: unknown[][] = []
  const head: unknown[][] = []
  documents.forEach((document, i) => {
    const rowid = firstRowid + i
    const indexed = columns[i]!
    const facets = facetNames.flatMap((facet) => facetValues(document, facet).map((value): [string, string] => [facet, value]))
    docs.push([rowid, document.id, document.visibility, document.publishedAt, document.updatedAt, encodeFacets(facets)])
    stored.push([rowid, JSON.stringify(document)])
    const tags = facets.map(([facet, value]) => facetTag(facet, value)).join(' ')
    text.push([rowid, ...indexed, tags])
    head.push([rowid, ...headColumns.map((column) => indexed[textColumns.indexOf(column)] ?? ''), tags])
  })
  // Plain VALUES rows: the driver hands each string to SQLite as it is, where a JSON array would be
  // written out in JS and parsed again in SQLite.
  const insert = (table: string, columns: string[], rows: unknown[][]): InStatement => ({
    sql: `INSERT INTO ${next(table)} (${columns.join(', ')}) VALUES ${rows.map(() => `(${columns.map(() => '?').join(', ')})`).join(', ')}`,
    args: rows.flat() as InValue[],
  })
  return [
    insert('search_docs', ['rowid', 'id', 'visibility', 'published_at', 'updated_at', 'facets'], docs),
    insert('search_stored', ['rowid', 'document'], stored),
    insert('search_text', ['rowid', ...textNames, tagsColumn], text),
    insert('search_head', ['rowid', ...headNames, tagsColumn], head),
  ]
}

/**
 * The new index's words added to the typo candidates, read from FTS5's own word list (a temporary
 * fts5vocab table): one pass over the merged index instead of splitting every text again in JS. Words
 * only the old index had stay, as after any delete, until rebuildVocabulary.
 */
const termsStatements: InStatement[] = [
  `CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocab_next USING fts5vocab(main, ${next('search_text')}, 'row')`,
  `INSERT OR IGNORE INTO search_terms (term, head, length)
   SELECT term, substr(term, 1, 1), length(term) FROM temp.search_vocab_next WHERE NOT (${isTagTerm('term')})`,
  'DROP TABLE temp.search_vocab_next',
]

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
    ['search_head', [...headNames, tagsColumn]],
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
  ...renewEpochStatements,
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
  async upsert(documents: SearchDocument[], indexText?: IndexText[]): Promise<void> {
    this.#checkOpen()
    const columns = documents.map((document, i) => indexedColumns(indexText?.[i] ?? indexTextOf(document)))
    const size = Math.min(this.#options.batchSize, maxBatchSize)
    for (let i = 0; i < documents.length; i += size) {
      const batch = documents.slice(i, i + size)
      await this.#write(loadStatements(batch, columns.slice(i, i + batch.length), this.#rowid), 'writing the rebuilt index')
      this.#rowid += batch.length
      await nextTurn()
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
      ]).concat(termsStatements),
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
    }
  }
}
