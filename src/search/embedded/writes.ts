import type { InStatement } from '@libsql/client'

import { indexTextOf } from '../documents'
import { charLength } from '../normalize'
import { facetNames, type IndexText, type SearchDocument } from '../port'
import { facetValues } from '../settings'
import { encodeFacets } from './reads'
import { headColumns, rebuildKey, tagsColumn, textColumns } from './schema'
import { facetTag } from './tags'

/**
 * The statements that write or remove documents in the live index (a rebuild fills its own tables,
 * see rebuild.ts). Each document's rows are replaced together inside the caller's transaction, and
 * the document keeps its rowid so nothing else has to follow it.
 */

const rowidOf = `SELECT rowid FROM search_docs WHERE id = ?`

// `rowid = (…)`, not `rowid IN (…)`: an FTS5 table takes the former as a lookup, while the latter
// makes it read every row.
const removeIndexedRows = (id: string): InStatement[] =>
  ['search_stored', 'search_text', 'search_head'].map((table) => ({
    sql: `DELETE FROM ${table} WHERE rowid = (${rowidOf})`,
    args: [id],
  }))

/**
 * Notes a live write while a rebuild runs (its key is in search_meta), whichever process makes it, so
 * the rebuild carries it over; otherwise writes nothing.
 */
const logForRebuild = (id: string): InStatement => ({
  sql: `INSERT OR IGNORE INTO search_rebuild_log (id) SELECT ? WHERE EXISTS (SELECT 1 FROM search_meta WHERE key = '${rebuildKey}')`,
  args: [id],
})

/** Notes the document's rowid in search_changes (see DocTable): after an upsert, before a delete. */
const noteChange = (id: string): InStatement => ({ sql: `INSERT INTO search_changes (doc) ${rowidOf}`, args: [id] })

/** How many changes the log keeps: a reader further behind than this loads its DocTable again. */
const keptChanges = 50_000

/** Once per write batch: drops the oldest changes. */
export const trimChangesStatement: InStatement = `DELETE FROM search_changes WHERE seq <= (SELECT max(seq) FROM search_changes) - ${keptChanges}`

/** The text of each FTS5 column, in textColumns' order, as the index stores it. */
export const indexedColumns = (text: IndexText): string[] => textColumns.map((column) => text[column.name])

export const upsertStatements = (document: SearchDocument, terms: Set<string>): InStatement[] => {
  const columns = indexedColumns(indexTextOf(document))
  for (const text of columns) for (const term of text.split(' ')) if (term) terms.add(term)
  const facets = facetNames.flatMap((facet) => facetValues(document, facet).map((value): [string, string] => [facet, value]))
  const tags = facets.map(([facet, value]) => facetTag(facet, value)).join(' ')
  return [
    ...removeIndexedRows(document.id),
    logForRebuild(document.id),
    {
      sql: `INSERT INTO search_docs (id, visibility, published_at, updated_at, facets) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET visibility = excluded.visibility, published_at = excluded.published_at,
              updated_at = excluded.updated_at, facets = excluded.facets`,
      args: [document.id, document.visibility, document.publishedAt, document.updatedAt, encodeFacets(facets)],
    },
    {
      sql: `INSERT INTO search_stored (rowid, document) VALUES ((${rowidOf}), ?)
            ON CONFLICT (rowid) DO UPDATE SET document = excluded.document`,
      args: [document.id, JSON.stringify(document)],
    },
    {
      sql: `INSERT INTO search_text (rowid, ${textColumns.map((c) => c.name).join(', ')}, ${tagsColumn})
            VALUES ((${rowidOf}), ${textColumns.map(() => '?').join(', ')}, ?)`,
      args: [document.id, ...columns, tags],
    },
    {
      sql: `INSERT INTO search_head (rowid, ${headColumns.map((c) => c.name).join(', ')}, ${tagsColumn})
            VALUES ((${rowidOf}), ${headColumns.map(() => '?').join(', ')}, ?)`,
      args: [document.id, ...headColumns.map((column) => columns[textColumns.indexOf(column)] ?? ''), tags],
    },
    noteChange(document.id),
  ]
}

/** New words for typo candidates; words of deleted documents stay, and at worst expand to nothing. */
export const vocabularyStatement = (terms: Set<string>): InStatement => ({
  sql: `INSERT OR IGNORE INTO search_terms (term, head, length)
        SELECT value ->> 0, value ->> 1, value ->> 2 FROM json_each(?)`,
  args: [JSON.stringify([...terms].map((term) => [term, String.fromCodePoint(term.codePointAt(0) ?? 0), charLength(term)]))],
})

export const deleteStatements = (id: string): InStatement[] => [
  noteChange(id),
  ...removeIndexedRows(id),
  logForRebuild(id),
  { sql: 'DELETE FROM search_docs WHERE id = ?', args: [id] },
]
