import type { Payload } from 'payload'

import { parseId, sameId, type DocId } from '../../api/ids'
import type { User } from '../../payload-types'
import { otherLocale, type Locale } from '../locale'
import type { DocByCollection, KnowledgeCollection } from './load'

/** One published edition of a document, as the reader may read it, numbered as the page numbers it. */
export type PublishedEdition<C extends KnowledgeCollection = KnowledgeCollection> = {
  key: DocId
  versionId: DocId
  /** 1 for the first published version. */
  number: number
  latest: boolean
  publishedAt: string
  data: DocByCollection[C]
}

/** Why an edition cannot be read: an id that cannot be one (400), or nothing the reader may read (404). */
export type EditionMiss = { status: 400 | 404 }

/** Not there, or not for this reader: Payload says so by status, its classes lose their names in the build. */
const isNotFound = (error: unknown) => typeof error === 'object' && error !== null && [403, 404].includes((error as { status?: number }).status ?? 0)

/**
 * The published edition `edition` names (a version id from the page), or the current one without it, of the
 * document `id`, read under the reader's access. Drafts, members-only documents for a visitor, unknown ids and
 * versions of other documents are all 404; an edition that cannot be an id is 400. What the citation files and
 * the per-record downloads share, numbered as src/site/documents/load.ts (loadEditions) numbers the page's editions.
 */
export const publishedEdition = async <C extends KnowledgeCollection>(
  payload: Payload,
  {
    collection,
    id,
    edition,
    locale,
    access,
  }: { collection: C; id: string; edition: string | null; locale: Locale; access: { overrideAccess: false; user: User | null } },
): Promise<PublishedEdition<C> | EditionMiss> => {
  const key = parseId(payload, collection, id)
  if (key === null) return { status: 404 }
  const editionKey = edition == null ? null : parseId(payload, collection, edition)
  if (edition != null && editionKey === null) return { status: 400 }
  const fallbackLocale = otherLocale(locale)

  let versions
  let doc
  try {
    ;[doc, versions] = await Promise.all([
      payload.findByID({ collection, id: key, locale, fallbackLocale, depth: 0, draft: false, disableErrors: true, select: { _status: true }, ...access }),
      payload.findVersions({
        collection,
        where: { and: [{ parent: { equals: key } }, { 'version._status': { equals: 'published' } }] },
        sort: '-updatedAt',
        limit: 100,
        depth: 1,
        locale,
        fallbackLocale,
        ...access,
      }),
    ])
  } catch (error) {
    if (isNotFound(error)) return { status: 404 }
    throw error
  }
  if (!doc || (doc as { _status?: string })._status !== 'published') return { status: 404 }
  const index = editionKey === null ? 0 : versions.docs.findIndex((version) => sameId(version.id, editionKey))
  const version = versions.docs[index]
  if (!version) return { status: 404 }
  return {
    key,
    versionId: version.id as DocId,
    number: versions.docs.length - index,
    latest: index === 0,
    publishedAt: version.updatedAt,
    data: version.version as unknown as DocByCollection[C],
  }
}

export const isEditionMiss = (value: PublishedEdition | EditionMiss): value is EditionMiss => !('key' in value)
