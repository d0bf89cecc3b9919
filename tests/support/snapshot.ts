import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload, Where } from 'payload'

import { getSearchEngine } from '../../src/jobs/searchEngine'
import { searchLocales } from '../../src/search/port'

type Data = Record<string, unknown>

export type SnapshotOptions = {
  /** Tried for sign-in, after everything else is read. */
  accounts?: { email: string; password: string }[]
  /** Searched in both locales. */
  queries?: string[]
  /**
   * Ids left out: each link is read through (Payload populates it) and named by what it points at (a
   * slug, an e-mail, a title, a file name). For comparing networks whose ids differ.
   */
  withoutIds?: boolean
}

export type Snapshot = {
  collections: Record<string, { documents: unknown[]; versions?: unknown[]; versionsPerDocument?: Record<string, number> }>
  files: Record<string, string>
  search: Record<string, unknown>
  signIns: Record<string, boolean>
}

const isObject = (value: unknown): value is Data => typeof value === 'object' && value !== null && !Array.isArray(value)

/** What a populated record is called, without its id. */
const nameOf = (record: Data): string =>
  JSON.stringify(record.slug ?? record.email ?? record.filename ?? (record.code && record.edition ? `${record.code} ${record.edition}` : undefined) ?? record.title ?? record.name ?? record.key ?? record.createdAt)

/**
 * Replaces every populated record inside a record by its name, and drops the ids of records. The one
 * link Payload does not read through, a breadcrumb's `doc` (the nested-docs plugin keeps it at depth 0),
 * is named from its own collection's records, `names`.
 */
const withoutIds = (value: unknown, names: Map<string, string>, top = true): unknown => {
  if (Array.isArray(value)) return value.map((item) => withoutIds(item, names, false))
  if (!isObject(value)) return value
  if (!top && 'id' in value && 'createdAt' in value) return nameOf(value)
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => !(top && key === 'id'))
      .map(([key, item]) => [key, key === 'doc' && !isObject(item) && names.has(String(item)) ? names.get(String(item)) : withoutIds(item, names, false)]),
  )
}

/**
 * Everything a network holds, as the app itself reads it (Payload's Local API and the search engine).
 * Two networks hold the same when their snapshots are equal.
 */
export const takeSnapshot = async (payload: Payload, options: SnapshotOptions = {}): Promise<Snapshot> => {
  const depth = options.withoutIds ? 1 : 0
  const collections: Snapshot['collections'] = {}
  for (const collection of payload.config.collections) {
    // Migrations, editing locks and the key-value store are the server's own, not the network's.
    if (['payload-migrations', 'payload-locked-documents', 'payload-kv'].includes(collection.slug)) continue
    const slug = collection.slug as 'lessons'
    // Of the queue, the work still to do that is not the search index's (which a restore rebuilds).
    const where: Where | undefined =
      collection.slug === 'payload-jobs'
        ? { and: [{ completedAt: { exists: false } }, { taskSlug: { not_in: ['syncSearch', 'reconcileSearch'] } }] }
        : undefined
    const { docs } = await payload.find({ collection: slug, where, locale: 'all', depth, pagination: false, showHiddenFields: true, overrideAccess: true, sort: 'createdAt' })
    const names = new Map((docs as unknown as Data[]).map((doc) => [String(doc.id), nameOf(doc)]))
    const plain = (value: unknown) => (options.withoutIds ? withoutIds(value, names) : value)
    // Sign-in sessions end with the old server, by design.
    const entry: Snapshot['collections'][string] = {
      documents: (docs as unknown as Data[]).map(({ sessions: _sessions, ...doc }) => plain(doc)),
    }
    if (collection.versions) {
      const { docs: versions } = await payload.findVersions({ collection: slug, locale: 'all', depth, pagination: false, sort: 'createdAt', overrideAccess: true })
      // A version's document is not read through either: named here, as any other link.
      const parentOf = (version: { parent: unknown }) => (options.withoutIds ? (names.get(String(version.parent)) ?? version.parent) : version.parent)
      entry.versions = versions.map((version) => plain({ ...version, parent: parentOf(version) }))
      const perDocument: Record<string, number> = {}
      for (const version of versions) perDocument[String(parentOf(version))] = (perDocument[String(parentOf(version))] ?? 0) + 1
      entry.versionsPerDocument = perDocument
    }
    collections[collection.slug] = entry
  }

  const files: Record<string, string> = {}
  for (const collection of payload.config.collections) {
    const dir = collection.upload ? path.resolve(collection.upload.staticDir ?? collection.slug) : null
    if (!dir || !existsSync(dir)) continue
    for (const name of readdirSync(dir).sort()) {
      files[`${collection.slug}/${name}`] = createHash('sha256').update(readFileSync(path.join(dir, name))).digest('hex')
    }
  }

  const engine = await getSearchEngine()
  const search: Data = {}
  for (const q of options.queries ?? []) {
    for (const locale of searchLocales) {
      const { tookMs: _tookMs, ...result } = await engine.search({ q, locale, limit: 50, filters: { visibility: ['public', 'members'] }, highlight: true })
      search[`${locale}: ${q}`] = options.withoutIds ? { total: result.total, hits: result.hits.map((hit) => `${hit.type}: ${hit.title}`) } : result
    }
  }

  const signIns: Record<string, boolean> = {}
  for (const { email, password } of options.accounts ?? []) {
    signIns[email] = await payload
      .login({ collection: 'users', data: { email, password } })
      .then((result) => Boolean(result.token))
      .catch(() => false)
  }
  return { collections, files, search, signIns }
}
