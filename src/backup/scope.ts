import path from 'node:path'

import type { FlattenedField, Payload, SanitizedCollectionConfig } from 'payload'

import { reconcileSearchTask } from '../jobs/reconcile'
import { syncSearchTask } from '../jobs/syncSearch'
import type { IdType } from './format'

/**
 * Payload's own collections that a backup leaves out, and why. Every other collection of the config is
 * backed up whole, whatever it holds, so a collection or field added later is in the next backup.
 */
export const leftOut: Record<string, string> = {
  'payload-migrations': 'the target database applies its own migrations before anything is restored',
  'payload-locked-documents': 'editing locks, which belong to sessions that end with the old server',
  'payload-kv': "Payload's key-value store, where running processes coordinate: nothing a person wrote",
}

/** Tasks whose work a restore does itself: it rebuilds the whole search index at the end. */
const searchTasks = new Set([syncSearchTask.slug, reconcileSearchTask.slug])

export type BackedUpCollection = {
  slug: string
  config: SanitizedCollectionConfig
  versioned: boolean
  /** Where an upload collection keeps its files; null for the others. */
  staticDir: string | null
  idType: IdType
}

export const backedUpCollections = (payload: Payload): BackedUpCollection[] =>
  payload.config.collections
    .filter((config) => !(config.slug in leftOut))
    .map((config) => ({
      slug: config.slug,
      config,
      versioned: Boolean(config.versions),
      staticDir: config.upload ? path.resolve(config.upload.staticDir ?? config.slug) : null,
      idType: idTypeOf(payload, config.slug),
    }))

export const idTypeOf = (payload: Payload, slug: string): IdType =>
  (payload.collections as Record<string, { customIDType?: IdType } | undefined>)[slug]?.customIDType ?? payload.db.defaultIDType

/**
 * Whether a stored record belongs in the backup. Of the jobs queue, only work still to do that a
 * restore does not redo: a scheduled publication, say, but not a search sync, nor a finished job's log.
 */
export const belongsInBackup = (collection: string, record: Record<string, unknown>): boolean => {
  if (collection !== 'payload-jobs') return true
  if (record.completedAt != null || record.hasError === true) return false
  return !searchTasks.has(String(record.taskSlug ?? ''))
}

/**
 * A record as the backup keeps it. Sign-in sessions are dropped: they are the old server's, and people
 * sign in again after a restore (with their own passwords, whose hashes and salts are kept).
 */
export const asBackedUp = (collection: BackedUpCollection, record: Record<string, unknown>): Record<string, unknown> => {
  if (!collection.config.auth || !('sessions' in record)) return record
  const { sessions: _sessions, ...rest } = record
  return rest
}

/** The file names an upload record stores: the original and each generated size. */
export const filesOf = (record: Record<string, unknown>): string[] => {
  const names = new Set<string>()
  if (typeof record.filename === 'string' && record.filename) names.add(record.filename)
  const sizes = record.sizes
  if (sizes && typeof sizes === 'object') {
    for (const size of Object.values(sizes as Record<string, { filename?: unknown } | null>)) {
      if (size && typeof size.filename === 'string' && size.filename) names.add(size.filename)
    }
  }
  return [...names]
}

/** The collections a collection's fields link to, at any depth of groups, tabs, arrays and blocks. */
export const linkedCollections = (fields: FlattenedField[], into = new Set<string>()): Set<string> => {
  for (const field of fields) {
    if (field.type === 'relationship' || field.type === 'upload') {
      for (const target of [field.relationTo].flat()) into.add(target)
    } else if (field.type === 'blocks') {
      for (const block of field.blocks) linkedCollections(block.flattenedFields, into)
    } else if ('flattenedFields' in field) linkedCollections(field.flattenedFields, into)
  }
  return into
}
