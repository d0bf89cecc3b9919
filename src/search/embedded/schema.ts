import { searchLocales, type SearchLocale } from '../port'
import type { SearchSettings } from '../settings'

/**
 * The embedded index's tables, in a database file of its own.
 * - search_docs: one small row per document (id, visibility, dates), read for every match.
 * - search_stored: the original document as JSON, read only for the page shown. Kept apart so that
 *   filtering thousands of matches never pages whole documents through the cache.
 * - search_text: FTS5 over pre-normalized text, one column per field and locale.
 * - search_facets: (document, facet, value) rows, so facet counts are one grouped query.
 * - search_terms: every indexed word with its first letter and length, so typo candidates are an
 *   indexed lookup instead of a walk over fts5vocab (which reads each term's postings as it goes).
 * - search_vocab: fts5vocab over search_text, the index's own word list, from which search_terms is
 *   rebuilt to drop the words of deleted documents.
 */

export const schemaVersion = 1

export const textFields = ['title', 'summary', 'body'] as const
export type TextField = (typeof textFields)[number]

/** FTS5 columns in a fixed order: title_fa, title_en, summary_fa, … bm25 weights follow this order. */
export const textColumns = textFields.flatMap((field) =>
  searchLocales.map((locale) => ({ field, locale, name: `${field}_${locale}` })),
)

/** bm25 weights for each column when the reader searches in `locale`. */
export const columnWeights = (settings: SearchSettings, locale: SearchLocale): number[] =>
  textColumns.map(
    (column) => settings.fieldWeights[column.field] * (column.locale === locale ? 1 : settings.otherLocaleWeight),
  )

// Letters, digits and every mark are word characters, exactly as in normalize.ts, so FTS5 splits the
// pre-normalized text where we did. Prefix indexes of 2–4 characters keep search-as-you-type cheap.
const tokenizer = `unicode61 remove_diacritics 0 categories 'L* N* Co M*'`

export const pragmas = [
  // WAL lets the web server read while the jobs worker writes; NORMAL is durable across app crashes.
  'PRAGMA journal_mode = WAL',
  'PRAGMA synchronous = NORMAL',
  'PRAGMA busy_timeout = 5000',
  // 32 MB of page cache keeps the match-set tables and the hot part of the FTS index in memory.
  'PRAGMA cache_size = -32768',
  'PRAGMA foreign_keys = OFF',
]

export const createStatements = [
  `CREATE TABLE IF NOT EXISTS search_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID`,
  `CREATE TABLE IF NOT EXISTS search_docs (
     rowid INTEGER PRIMARY KEY,
     id TEXT NOT NULL UNIQUE,
     visibility TEXT NOT NULL,
     published_at INTEGER NOT NULL,
     updated_at INTEGER NOT NULL
   )`,
  `CREATE TABLE IF NOT EXISTS search_stored (rowid INTEGER PRIMARY KEY, document TEXT NOT NULL)`,
  `CREATE INDEX IF NOT EXISTS search_docs_published ON search_docs (published_at, rowid)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_text USING fts5(
     ${textColumns.map((column) => column.name).join(', ')},
     tokenize = "${tokenizer}",
     prefix = '2 3 4'
   )`,
  `CREATE TABLE IF NOT EXISTS search_facets (
     doc INTEGER NOT NULL,
     facet TEXT NOT NULL,
     value TEXT NOT NULL,
     PRIMARY KEY (doc, facet, value)
   ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS search_facets_value ON search_facets (facet, value, doc)`,
  `CREATE TABLE IF NOT EXISTS search_terms (
     term TEXT PRIMARY KEY,
     head TEXT NOT NULL,
     length INTEGER NOT NULL
   ) WITHOUT ROWID`,
  `CREATE INDEX IF NOT EXISTS search_terms_shape ON search_terms (head, length)`,
  `CREATE VIRTUAL TABLE IF NOT EXISTS search_vocab USING fts5vocab(search_text, 'row')`,
  `INSERT INTO search_meta (key, value) VALUES ('schema', '${schemaVersion}') ON CONFLICT (key) DO NOTHING`,
]

export const rebuildVocabularyStatements = [
  'DELETE FROM search_terms',
  `INSERT INTO search_terms (term, head, length) SELECT term, substr(term, 1, 1), length(term) FROM search_vocab`,
]

export const clearStatements = [
  'DELETE FROM search_docs',
  'DELETE FROM search_stored',
  'DELETE FROM search_text',
  'DELETE FROM search_facets',
  'DELETE FROM search_terms',
]
