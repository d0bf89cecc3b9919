import type { Client, InValue, Row } from '@libsql/client'
import type { Payload } from 'payload'

import type { SearchedCollection } from './searchDocuments'

/**
 * The searched records read straight from Payload's SQLite tables, in large pages, for reindexing.
 *
 * Reading them through `payload.find` costs, per record, a scan of each whole `_locales` table: the
 * adapter looks localized rows up by `_parent_id` alone, which no index starts with (their unique
 * index is `(_locale, _parent_id)`). At 100,000 records that made the reindex quadratic, about seven
 * records a second. Here each page is a handful of statements whose lookups all use an index
 * (`_locale IN (…) AND _parent_id IN (…)`, `parent_id IN (…)`), and each record comes out in the
 * shape `payload.find({ locale: 'all', depth: 0, draft: false })` gives for the fields the search
 * document reads (tests/search-records.test.ts holds the two readers to the same output).
 */

type Text = 'text' | 'rich'
interface ArraySpec {
  /** Where the rows go in the record: `steps`, `placement.tasks`. */
  path: string
  table: string
  /** Localized fields of each row: field → [column, kind]. */
  locales: Record<string, [string, Text]>
}
interface CollectionSpec {
  table: string
  /** Unlocalized fields: field (dotted for groups) → column. */
  main: Record<string, string>
  /** Localized fields: field → [column, kind]. */
  locales: Record<string, [string, Text]>
  /** hasMany relationships, by the path Payload writes in `_rels`. */
  relationships: string[]
  arrays: ArraySpec[]
  /** The versions table, whose oldest published row dates the record's first publication. */
  versions?: string
  /** Records of another collection that name this one and whose facts its search document holds. */
  related?: RelatedSpec[]
}
interface RelatedSpec {
  /** Where the records go in the record, in id order: `applications`. */
  path: string
  table: string
  /** The column that names the record. */
  parent: string
  /** Unlocalized fields: field → column. */
  main: Record<string, string>
  locales: Record<string, [string, Text]>
}

const workflow = { licence: 'licence', visibility: 'visibility', workflowState: 'workflow_state', _status: '_status' }
const dates = { createdAt: 'created_at', updatedAt: 'updated_at' }
const taxonomies = ['provinces', 'targetGroups', 'stages', 'topics']

const specs: Record<SearchedCollection, CollectionSpec> = {
  'case-studies': {
    table: 'case_studies',
    main: { organization: 'organization_id', outcome: 'outcome', periodStart: 'period_start', redactionNote: 'redaction_note', ...workflow, ...dates },
    locales: { title: ['title', 'text'], summary: ['summary', 'text'], context: ['context', 'rich'], intervention: ['intervention', 'rich'], results: ['results', 'rich'] },
    relationships: [...taxonomies, 'fundingInstruments'],
    arrays: [],
    versions: '_case_studies_v',
  },
  lessons: {
    table: 'lessons',
    main: { organization: 'organization_id', ...workflow, ...dates },
    locales: {
      title: ['title', 'text'],
      observation: ['observation', 'rich'],
      lesson: ['lesson', 'rich'],
      'recommendation.action': ['recommendation_action', 'text'],
      'recommendation.actor': ['recommendation_actor', 'text'],
      applicability: ['applicability', 'text'],
    },
    relationships: taxonomies,
    arrays: [],
    versions: '_lessons_v',
    related: [
      {
        path: 'applications',
        table: 'lesson_applications',
        parent: 'lesson_id',
        main: { organization: 'organization_id', result: 'result' },
        locales: { whatHappened: ['what_happened', 'text'] },
      },
    ],
  },
  'best-practices': {
    table: 'best_practices',
    main: { organization: 'organization_id', ...workflow, ...dates },
    locales: { title: ['title', 'text'], summary: ['summary', 'text'], transferConditions: ['transfer_conditions', 'rich'], resourcesNeeded: ['resources_needed', 'text'] },
    relationships: taxonomies,
    arrays: [{ path: 'steps', table: 'best_practices_steps', locales: { title: ['title', 'text'], description: ['description', 'rich'] } }],
    versions: '_best_practices_v',
  },
  curricula: {
    table: 'curricula',
    main: { organization: 'organization_id', edition: 'edition', ...workflow, ...dates },
    locales: {
      title: ['title', 'text'],
      summary: ['summary', 'text'],
      changelog: ['changelog', 'text'],
      entryRequirements: ['entry_requirements', 'text'],
      accessibility: ['accessibility', 'text'],
      trainerQualifications: ['trainer_qualifications', 'text'],
      certification: ['certification', 'text'],
    },
    relationships: taxonomies,
    arrays: [
      {
        path: 'modules',
        table: 'curricula_modules',
        locales: {
          title: ['title', 'text'],
          learningOutcomes: ['learning_outcomes', 'text'],
          content: ['content', 'rich'],
          methods: ['methods', 'text'],
          materials: ['materials', 'text'],
          assessment: ['assessment', 'text'],
        },
      },
      { path: 'placement.tasks', table: 'curricula_placement_tasks', locales: { task: ['task', 'text'] } },
    ],
    versions: '_curricula_v',
  },
  organizations: {
    table: 'organizations',
    main: { province: 'province_id', membershipStatus: 'membership_status', ...dates },
    locales: { name: ['name', 'text'], city: ['city', 'text'], description: ['description', 'text'] },
    relationships: ['fieldsOfActivity', 'targetGroups'],
    arrays: [],
  },
  'offers-and-needs': {
    table: 'offers_and_needs',
    main: { organization: 'organization_id', direction: 'direction', kind: 'kind', status: 'status', ...dates },
    locales: { title: ['title', 'text'], description: ['description', 'text'], quantity: ['quantity', 'text'], closingNote: ['closing_note', 'text'] },
    relationships: ['provinces', 'targetGroups', 'stages'],
    arrays: [],
  },
}

const locales = ['fa', 'en'] as const

type Doc = Record<string, unknown>

const setPath = (doc: Doc, path: string, value: unknown) => {
  const keys = path.split('.')
  let target = doc
  for (const key of keys.slice(0, -1)) target = (target[key] ??= {}) as Doc
  target[keys.at(-1)!] = value
}

const getPath = (doc: Doc, path: string): unknown => path.split('.').reduce<unknown>((value, key) => (value as Doc | undefined)?.[key], doc)

const parseRich = (value: unknown) => {
  if (typeof value !== 'string') return value ?? null
  try {
    return JSON.parse(value) as unknown
  } catch {
    return null
  }
}

const cell = (value: unknown): unknown => (typeof value === 'bigint' ? Number(value) : value)

const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ')

/** Localized columns of `rows` parents, set on each as { fa, en }. */
const readLocales = async (client: Client, table: string, fields: Record<string, [string, Text]>, parents: Map<InValue, Doc>) => {
  const entries = Object.entries(fields)
  if (!entries.length || !parents.size) return
  for (const doc of parents.values()) for (const [field] of entries) setPath(doc, field, {})
  const ids = [...parents.keys()]
  const { rows } = await client.execute({
    sql: `SELECT _parent_id AS parent, _locale AS locale, ${entries.map(([, [column]]) => `"${column}"`).join(', ')}
          FROM "${table}_locales" WHERE _locale IN (${placeholders(locales.length)}) AND _parent_id IN (${placeholders(ids.length)})`,
    args: [...locales, ...ids],
  })
  for (const row of rows) {
    const doc = parents.get(cell(row.parent) as InValue)
    if (!doc) continue
    for (const [field, [column, kind]] of entries) {
      const value = kind === 'rich' ? parseRich(row[column]) : cell(row[column])
      ;(getPath(doc, field) as Doc)[String(row.locale)] = value ?? null
    }
  }
}

/** A page of records with their unlocalized columns only. */
/**
 * The next `limit` records after the id `afterId` (null: from the first), in the order SQLite keeps ids
 * of either kind: numbers by value, uuids as text.
 */
const readHeads = async (client: Client, spec: CollectionSpec, afterId: InValue | null, limit: number): Promise<Doc[]> => {
  const main = Object.entries(spec.main)
  const columns = main.map(([, column]) => `"${column}"`).join(', ')
  const { rows } = await client.execute(
    afterId === null
      ? { sql: `SELECT id, ${columns} FROM "${spec.table}" ORDER BY id LIMIT ?`, args: [limit] }
      : { sql: `SELECT id, ${columns} FROM "${spec.table}" WHERE id > ? ORDER BY id LIMIT ?`, args: [afterId, limit] },
  )
  return rows.map((row: Row) => {
    const doc: Doc = { id: cell(row.id) }
    for (const [field, column] of main) setPath(doc, field, cell(row[column]) ?? null)
    return doc
  })
}

/** Reads the rest of each record in: localized fields, relationships and array rows. */
const completeRecords = async (client: Client, spec: CollectionSpec, docs: Doc[]): Promise<Doc[]> => {
  if (!docs.length) return docs
  const byId = new Map<InValue, Doc>(docs.map((doc) => [doc.id as InValue, doc]))
  const ids = [...byId.keys()]
  await readLocales(client, spec.table, spec.locales, byId)
  if (spec.relationships.length) {
    for (const doc of docs) for (const path of spec.relationships) doc[path] = []
    const { rows: rels } = await client.execute({
      sql: `SELECT * FROM "${spec.table}_rels" WHERE parent_id IN (${placeholders(ids.length)}) AND path IN (${placeholders(spec.relationships.length)}) ORDER BY "order"`,
      args: [...ids, ...spec.relationships],
    })
    for (const rel of rels) {
      const list = byId.get(cell(rel.parent_id) as InValue)?.[String(rel.path)]
      if (!Array.isArray(list)) continue
      const target = Object.entries(rel).find(([column, value]) => column.endsWith('_id') && column !== 'parent_id' && value !== null)
      if (target) list.push(cell(target[1]))
    }
  }
  for (const array of spec.arrays) {
    for (const doc of docs) setPath(doc, array.path, [])
    const { rows: items } = await client.execute({
      sql: `SELECT id, _parent_id AS parent FROM "${array.table}" WHERE _parent_id IN (${placeholders(ids.length)}) ORDER BY _parent_id, _order`,
      args: ids,
    })
    const rowsById = new Map<InValue, Doc>()
    for (const item of items) {
      const row: Doc = { id: cell(item.id) }
      ;(getPath(byId.get(cell(item.parent) as InValue)!, array.path) as Doc[]).push(row)
      rowsById.set(row.id as InValue, row)
    }
    await readLocales(client, array.table, array.locales, rowsById)
  }
  for (const related of spec.related ?? []) {
    for (const doc of docs) doc[related.path] = []
    const main = Object.entries(related.main)
    const { rows } = await client.execute({
      sql: `SELECT id, "${related.parent}" AS parent, ${main.map(([, column]) => `"${column}"`).join(', ')}
            FROM "${related.table}" WHERE "${related.parent}" IN (${placeholders(ids.length)}) ORDER BY id`,
      args: ids,
    })
    const recordsById = new Map<InValue, Doc>()
    for (const row of rows) {
      const record: Doc = {}
      for (const [field, column] of main) record[field] = cell(row[column]) ?? null
      ;(byId.get(cell(row.parent) as InValue)?.[related.path] as Doc[] | undefined)?.push(record)
      recordsById.set(cell(row.id) as InValue, record)
    }
    await readLocales(client, related.table, related.locales, recordsById)
  }
  if (spec.versions) {
    for (const doc of docs) doc.firstPublishedAt = null
    const { rows: first } = await client.execute({
      sql: `SELECT parent_id AS parent, min(updated_at) AS at FROM "${spec.versions}"
            WHERE parent_id IN (${placeholders(ids.length)}) AND version__status = 'published' GROUP BY parent_id`,
      args: ids,
    })
    for (const row of first) {
      const doc = byId.get(cell(row.parent) as InValue)
      if (doc) doc.firstPublishedAt = cell(row.at) ?? null
    }
  }
  return docs
}

/** The libsql client of Payload's SQLite adapter; null on any other database. */
export const sqliteClientOf = (payload: Payload): Client | null => {
  const db = payload.db as unknown as { name?: string; client?: Client }
  return db.name === 'sqlite' && db.client && typeof db.client.execute === 'function' ? db.client : null
}

/**
 * Every record of a collection, `pageSize` at a time, in id order, with its unlocalized columns (all
 * that `isSearchable` and `searchEntryOf` read); `complete` reads the rest of the records it is given.
 * So a reconciliation reads the text of only the records it is going to write.
 */
export async function* sqliteRecordPages(
  client: Client,
  collection: SearchedCollection,
  pageSize: number,
): AsyncGenerator<{ heads: Doc[]; complete: (docs: Doc[]) => Promise<Doc[]> }> {
  const spec = specs[collection]
  const complete = (docs: Doc[]) => completeRecords(client, spec, docs)
  for (let afterId: InValue | null = null; ; ) {
    const heads = await readHeads(client, spec, afterId, pageSize)
    if (heads.length) yield { heads, complete }
    if (heads.length < pageSize) return
    afterId = heads.at(-1)!.id as InValue
  }
}

/** Every record of a collection, `pageSize` at a time, in id order, as `payload.find` would give it. */
export async function* sqliteRecords(client: Client, collection: SearchedCollection, pageSize: number): AsyncGenerator<Doc[]> {
  const spec = specs[collection]
  for (let afterId: InValue | null = null; ; ) {
    const docs = await completeRecords(client, spec, await readHeads(client, spec, afterId, pageSize))
    if (docs.length) yield docs
    if (docs.length < pageSize) return
    afterId = docs.at(-1)!.id as InValue
  }
}

/**
 * The records of `ids` (this collection's) as far as their unlocalized columns go, which is all that
 * `isSearchable` reads: a cheap check of which index entries still belong.
 */
export const sqliteRecordHeads = async (client: Client, collection: SearchedCollection, ids: string[]): Promise<Doc[]> => {
  if (!ids.length) return []
  const spec = specs[collection]
  const main = Object.entries(spec.main)
  const { rows } = await client.execute({
    sql: `SELECT id, ${main.map(([, column]) => `"${column}"`).join(', ')} FROM "${spec.table}"
          WHERE id IN (SELECT value FROM json_each(?))`,
    // Ids as the table keeps them: numbers for numeric ids, text for uuids.
    args: [JSON.stringify(ids.map((id) => (/^\d{1,15}$/.test(id) ? Number(id) : id)))],
  })
  return rows.map((row: Row) => {
    const doc: Doc = { id: cell(row.id) }
    for (const [field, column] of main) setPath(doc, field, cell(row[column]) ?? null)
    return doc
  })
}
