import { searchLocales } from '../port'
import { isTagTerm, sqlTag } from './tags'

/**
 * The embedded index's tables, in a database file of its own.
 * - search_docs: one small row per document (id, visibility, dates, and its facet values as one
 *   column), read for every match: filtering and facet counts need nothing else.
 * - search_stored: the original document as JSON, read only for the page shown. Kept apart so that
 *   filtering thousands of matches never pages whole documents through the cache.
 * - search_text: FTS5 over pre-normalized text, one column per field and locale, and a last column
 *   of facet tags (see tags.ts), so a facet filter is part of the MATCH and FTS5 intersects the
 *   postings instead of reading every match's row to check it.
 * - search_head: FTS5 over titles and summaries alone, and the same facet tags. Its postings hold no
 *   body words, so finding the documents whose titles hold a common word (a ranking tier) reads a
 *   short list, not most of the index, and a filter narrows it without reading a row.
 * - search_terms: every indexed word with its first letter and length, so typo candidates are an
 *   indexed lookup instead of a walk over fts5vocab (which reads each term's postings as it goes).
 * - search_vocab: fts5vocab over search_text, the index's own word list, from which search_terms is
 *   rebuilt to drop the words of deleted documents.
 * - search_changes: the rowids each write touched, in order, and search_meta's epoch, changed when every
 *   rowid changes (a rebuild's swap, a clear): how each process's DocTable follows the index.
 */

export const schemaVersion = 4

export const textFields = ['title', 'summary', 'body'] as const
export type TextField = (typeof textFields)[number]

/** FTS5 columns in a fixed order: title_fa, title_en, summary_fa, … (the content table's c0, c1, … follow it). */
export const textColumns = textFields.flatMap((field) =>
  searchLocales.map((locale) => ({ field, locale, name: `${field}_${locale}` as const })),
)

/** The columns of search_head: titles and summaries. */
export const headColumns = textColumns.filter((column) => column.field !== 'body')

/** search_text's last column: the document's facet tags, which no query word can match. */
export const tagsColumn = 'tags'

/**
 * FTS5 receives text normalize.ts has already split and folded: words of letters, digits and marks,
 * lower case, one ASCII space between them (indexText, and the same for query words). The ascii
 * tokenizer splits only at ASCII spaces and punctuation and takes every other character as part of a
 * word, so its words are exactly ours, whatever Unicode version SQLite's own tables know. unicode61 gave
 * the same words on the benchmark corpus but looked up every character's category again: loading
 * search_text took about a fifth longer with it. Tables made with it by an earlier version answer the
 * same queries until a rebuild remakes them.
 */
const tokenizer = 'ascii'

/**
 * No word positions (detail = column) and no column sizes: nothing here asks for phrases, NEAR, bm25()
 * or snippet() (highlights are made on the original text), and without them the index is a quarter
 * smaller and a rebuild at 100,000 documents about 15 seconds faster. Searches took the same time.
 * An index made by an earlier version keeps its tables, which answer the same queries, until a rebuild.
 *
 * Prefix indexes of 2–4 characters keep search-as-you-type cheap: such a prefix is one posting list,
 * read lazily. A longer prefix has few completions, which the engine looks up in search_terms and
 * matches as words (FTS5 would otherwise merge the posting lists of all of them before the first match).
 */
export const prefixLengths = [2, 3, 4]

export const pragmas = [
  // First: every statement after it, the journal mode included, waits for a lock that another process
  // holds (an app server, a reindex, a backup opening the index at the same moment) rather than failing.
  'PRAGMA busy_timeout = 5000',
  // WAL lets the web server read while the jobs worker writes; NORMAL is durable across app crashes.
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  // A rebuild runs the log up to the index's size: once checkpointed, it goes back to a few megabytes.
  'PRAGMA journal_size_limit = 67108864',
  // 32 MB of page cache keeps the match-set tables and the hot part of the FTS index in memory.
  'PRAGMA cache_size = -32768',
  'PRAGMA foreign_keys = OFF',
  // Sorts and the typo-free set of a query stay in memory rather than in temporary files.
  'PRAGMA temp_store = MEMORY',
]

const ftsTable = (name: string, columns: string[]) => `CREATE VIRTUAL TABLE IF NOT EXISTS ${name} USING fts5(
     ${columns.join(', ')},
     tokenize = "${tokenizer}",
     prefix = '${prefixLengths.join(' ')}',
     detail = column,
     columnsize = 0
   )`
const textTable = (name: string) => ftsTable(name, [...textColumns.map((column) => column.name), tagsColumn])
const headTable = (name: string) => ftsTable(name, [...headColumns.map((column) => column.name), tagsColumn])

/**
 * The tables that hold documents, named with a suffix: '' for the live index, `rebuildSuffix` for the
 * one a rebuild fills beside it (see rebuild.ts). The terms table is shared, and search_docs' date index
 * is made apart (publishedIndex), because index names are global and a rebuilt table gets it at the swap.
 */
export const documentTables = ['search_docs', 'search_stored', 'search_text', 'search_head'] as const
export const documentTableStatements = (suffix: string) => [
  `CREATE TABLE IF NOT EXISTS search_docs${suffix} (
     rowid INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     visibility TEXT NOT NULL,
     published_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL,
     facets TEXT NOT NULL DEFAULT ''
   )`,
  `CREATE TABLE IF NOT EXISTS search_stored${suffix} (rowid INTEGER PRIMARY KEY, document TEXT NOT NULL)`,
  textTable(`search_text${suffix}`),
  headTable(`search_head${suffix}`),
]

export const publishedIndex = `CREATE INDEX IF NOT EXISTS search_docs_published ON search_docs (published_at, rowid)`
export const vocabTable = `CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_text, 'row')`

/** A fresh value for search_meta's epoch, in SQL. */
const newEpoch = `lower(hex(randomblob(8)))`

/** After a swap or a clear: every rowid changed, so readers load their DocTable again. */
export const renewEpochStatements = [
  'DELETE FROM search_changes',
  `UPDATE search_meta SET value = ${newEpoch} WHERE key = 'epoch'`,
]

/** The suffix of the tables a rebuild fills, and the search_meta key present while one runs. */
export const rebuildSuffix = '_next'
export const rebuildKey = 'rebuild'

export const createStatements = [
  `CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
  ...documentTableStatements(''),
  publishedIndex,
  `CREATE TABLE IF NOT EXISTS search_terms (
     term TEXT PRIMARY KEY,
     head TEXT NOT NULL,
     length INTEGER NOT NULL
   ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS search_terms_shape ON search_terms (head, length)`,
  vocabTable,
  // The ids written to the live index while a rebuild runs, by any process: the rebuild copies them over
  // before it swaps its tables in, so no edit made meanwhile is lost. Empty at other times.
  `CREATE TABLE IF NOT EXISTS search_rebuild_log (id TEXT PRIMARY KEY) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS search_changes (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc INTEGER NOT NULL)`,
  `INSERT INTO search_meta (key, value) VALUES ('epoch', ${newEpoch}) ON CONFLICT (key) DO NOTHING`,
  `INSERT INTO search_meta (key, value) VALUES ('schema', '${schemaVersion}') ON CONFLICT (key) DO NOTHING`,
]

/** search_text's content table names its columns c0, c1, … in the order they were declared. */
const contentColumn = (name: string) => `c${[...textColumns.map((column) => column.name as string), tagsColumn].indexOf(name)}`

/**
 * Brings an index written by an earlier version up to this one, in one transaction, keeping its
 * documents. Version 1 kept facet values in a search_facets table: they move to the facets column
 * and to the tags of search_text (rewritten with them, then put in its place). Up to version 2,
 * search_head held no tags: it is made again from search_text's content (at 100,000 documents, some
 * seconds, once). Up to version 3, documents carried no Jalali year: their entries are marked stale
 * (updated_at -1), and the next reconciliation (every ten minutes, or `npm run reindex` at once) writes
 * them again from their records; they are found meanwhile as before.
 */
export const upgradeStatements = (from: number): string[] => {
  const statements: string[] = []
  const text = textColumns.map((column) => column.name).join(', ')
  const head = [...headColumns.map((column) => column.name), tagsColumn]
  if (from < 2)
    statements.push(
      `ALTER TABLE search_docs ADD COLUMN facets TEXT NOT NULL DEFAULT ''`,
      `UPDATE search_docs SET facets = coalesce((
         SELECT char(31) || group_concat(facet || '=' || replace(value, char(31), ''), char(31)) || char(31)
         FROM search_facets WHERE doc = search_docs.rowid), '')`,
      textTable('search_text_next'),
      `INSERT INTO search_text_next (rowid, ${text}, ${tagsColumn})
       SELECT t.rowid, ${textColumns.map((column) => `t.${column.name}`).join(', ')},
         coalesce((SELECT group_concat(${sqlTag('f.facet', 'f.value')}, ' ') FROM search_facets f WHERE f.doc = t.rowid), '')
       FROM search_text t`,
      'DROP TABLE search_vocab',
      'DROP TABLE search_text',
      'ALTER TABLE search_text_next RENAME TO search_text',
      `CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_text, 'row')`,
      'DROP TABLE search_facets',
    )
  if (from < 3)
    statements.push(
      'DROP TABLE IF EXISTS search_head_next',
      headTable('search_head_next'),
      `INSERT INTO search_head_next (rowid, ${head.join(', ')})
       SELECT id, ${head.map(contentColumn).join(', ')} FROM search_text_content`,
      'DROP TABLE search_head',
      'ALTER TABLE search_head_next RENAME TO search_head',
      // One segment, as a rebuild leaves it: each query word is then looked up once.
      `INSERT INTO search_head (search_head) VALUES ('optimize')`,
    )
  if (from < 4) statements.push('UPDATE search_docs SET updated_at = -1')
  statements.push(`UPDATE search_meta SET value = '${schemaVersion}' WHERE key = 'schema'`)
  return statements
}

export const rebuildVocabularyStatements = [
  'DELETE FROM search_terms',
  `INSERT INTO search_terms (term, head, length)
   SELECT term, substr(term, 1, 1), length(term) FROM search_vocab WHERE NOT (${isTagTerm('term')})`,
]

export const clearStatements = [
  'DELETE FROM search_docs',
  'DELETE FROM search_stored',
  'DELETE FROM search_text',
  'DELETE FROM search_head',
  'DELETE FROM search_terms',
  ...renewEpochStatements,
]
