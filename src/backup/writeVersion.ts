import { upsertRow, type DrizzleAdapter } from '@payloadcms/drizzle'
import { buildVersionCollectionFields, type Payload, type SanitizedCollectionConfig } from 'payload'

type Data = Record<string, unknown>

/** A stored version as the adapter reads it: its own id, its document, the document's data, and its flags. */
export type StoredVersion = Data & { id: number | string; parent: number | string; version: Data }

const drizzleOf = (payload: Payload): DrizzleAdapter | null => {
  const db = payload.db as unknown as Partial<DrizzleAdapter>
  return db.drizzle && db.tableNameMap ? (db as DrizzleAdapter) : null
}

// The adapter's createVersion names the table from the slug in snake case, as here.
const snakeCase = (slug: string) => slug.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/-/g, '_').toLowerCase()

/**
 * Writes one version as it was. `createVersion`, the adapter's own method, gives every version a new id
 * and marks the newest of each document as the latest; a restore that keeps ids keeps versions' ids too
 * (an edition's address, `/curricula/3/editions/40`, and a download's count name them). On SQLite (and
 * any Drizzle database) that is the very row writer `createVersion` calls, given the id and the flags;
 * elsewhere, and where ids are new anyway, `createVersion` itself, in the archive's order.
 */
export const writeVersion = async (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  version: StoredVersion,
  keepId: boolean,
): Promise<void> => {
  const drizzle = drizzleOf(payload)
  const { id, parent, version: versionData, autosave, createdAt, updatedAt, latest, publishedLocale, snapshot } = version
  // The document's own id inside its data is not a column of the versions table.
  const { id: _documentId, ...data } = versionData
  if (keepId && drizzle) {
    const tableName = drizzle.tableNameMap.get(`_${snakeCase(collection.slug)}${drizzle.versionsSuffix ?? '_v'}`)
    if (!tableName) throw new Error(`no versions table for ${collection.slug}`)
    await upsertRow({
      adapter: drizzle,
      collectionSlug: collection.slug,
      customID: id,
      data: { autosave, createdAt, latest, parent, publishedLocale, snapshot, updatedAt, version: data },
      db: drizzle.drizzle,
      fields: buildVersionCollectionFields(payload.config, collection, true),
      ignoreResult: 'idOnly',
      operation: 'create',
      tableName,
    })
    return
  }
  await payload.db.createVersion({
    autosave: Boolean(autosave),
    collectionSlug: collection.slug as never,
    createdAt: String(createdAt),
    parent,
    publishedLocale: (publishedLocale as string | undefined) ?? undefined,
    snapshot: snapshot === true ? true : undefined,
    updatedAt: String(updatedAt),
    versionData: data,
    returning: false,
  })
}
