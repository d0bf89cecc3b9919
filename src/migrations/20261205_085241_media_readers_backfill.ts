import type { MigrateDownArgs, MigrateUpArgs } from '@payloadcms/db-sqlite'

import { knowledgeWithFiles, type DocumentCollection } from '../readers/documentReaders'
import { syncReaders } from '../readers/sync'

const collections: DocumentCollection[] = ['organizations', ...knowledgeWithFiles]

/**
 * The files stored before 20261205_085240_round_two had a visibility of their own; from now on they are read
 * by those who may read the documents that show them. Every document once more gives its files, and its review
 * trail, their readers, as a save would.
 */
export async function up({ payload, req }: MigrateUpArgs): Promise<void> {
  for (const collection of collections) {
    for (let page = 1; ; page += 1) {
      const { docs, hasNextPage } = await payload.find({ collection, depth: 0, limit: 100, page, sort: 'id', overrideAccess: true, req, select: {} })
      for (const doc of docs) await syncReaders(payload, collection, doc.id, req)
      if (!hasNextPage) break
    }
  }
}

/** The readers kept on files and review events go with the columns that hold them (the schema migration's down). */
export async function down(_args: MigrateDownArgs): Promise<void> {}
