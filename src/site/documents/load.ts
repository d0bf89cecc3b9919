import { notFound } from 'next/navigation'
import type { Payload, Where } from 'payload'
import { cache } from 'react'

import { knowledgeCollections, type KnowledgeCollection } from '../../../collections/knowledgeCollections'
import { followChanges } from '../../contentChanges/log'
import { contentMemo } from '../../contentChanges/memo'
import { recordTag, referencedRecords, tagsOfList } from '../../contentChanges/tags'
import { idFrom, parseId, type DocId } from '../../api/ids'
import type { BestPractice, CaseStudy, Curriculum, Lesson, Organization, Province } from '../../payload-types'
import { otherLocale, type Locale } from '../locale'
import type { DocumentCollection } from '../paths'
import { readerAccess, sitePayload } from '../payload'
import type { User } from '../../payload-types'

export { knowledgeCollections, type KnowledgeCollection }

export type KnowledgeDoc = CaseStudy | Lesson | BestPractice | Curriculum
export type DocByCollection = {
  'case-studies': CaseStudy
  lessons: Lesson
  'best-practices': BestPractice
  curricula: Curriculum
  organizations: Organization
  provinces: Province
}

export const isKnowledgeCollection = (collection: string): collection is KnowledgeCollection =>
  (knowledgeCollections as readonly string[]).includes(collection)

/**
 * A record id from the URL, of the kind the database gives (digits on SQLite by default, uuids or ObjectIDs
 * elsewhere); anything else is a 404 rather than a database error.
 */
export const recordId = async (collection: string, value: string): Promise<DocId> => {
  const id = parseId(await sitePayload(), collection, value)
  if (id === null) notFound()
  return id
}

type Access = { overrideAccess: false; user: User | null }

// A minute at most: the bound for a change no hook saw. Changes that hooks see, in this process or another
// on the same database, drop what they touch at once (src/contentChanges/).
const visitorReads = contentMemo<unknown>(60_000)

/**
 * Runs a read under the reader's access. What a visitor may read is the same for every visitor, so it is
 * kept until a tag it depends on changes (`dependsOn`: the records it shows, the lists it is; see
 * src/contentChanges/tags.ts); a member's reads always go to the database. Kept values are shared between
 * requests: pages never change what they are given.
 */
export const readForReader = async <T>(
  key: string,
  read: (access: Access) => Promise<T>,
  dependsOn: (value: T) => readonly string[],
): Promise<T> => {
  const [access, payload] = await Promise.all([readerAccess(), sitePayload()])
  if (access.user) return read(access)
  await followChanges(payload)
  return visitorReads(key, () => read(access), dependsOn as (value: unknown) => readonly string[]) as Promise<T>
}

/** A record's own tag and those of every record it names (its page shows their names and titles). */
export const recordAndReferences = (payload: Payload, collection: DocumentCollection, id: unknown, docs: readonly unknown[]): string[] => {
  const fields = payload.collections[collection].config.flattenedFields
  const tags = new Set([recordTag(collection, id)])
  for (const doc of docs) referencedRecords(fields, doc, tags)
  return [...tags]
}

/**
 * What a page reads of a knowledge record beyond its own fields: the names of what it links to, and of linked
 * documents only what a link needs. Left out: the review trail (a join), who created and changed it (users a
 * visitor may not read anyway) and the edition a curriculum derives from (its other editions are read apart).
 * Populating those doubled the time of every document page.
 */
const lean = (collection: DocumentCollection, { versions = false } = {}) => {
  if (!isKnowledgeCollection(collection)) return {}
  const leftOut = { createdBy: false, updatedBy: false, ...(collection === 'curricula' ? { derivedFrom: false } : {}) }
  return {
    joins: false,
    // A version's fields sit under `version`.
    select: versions ? { version: leftOut } : leftOut,
    populate: {
      'case-studies': { title: true, _status: true, visibility: true, outcome: true },
      lessons: { title: true, _status: true, visibility: true },
      'best-practices': { title: true, _status: true, visibility: true },
      curricula: { title: true, _status: true, visibility: true, code: true, edition: true },
    },
  }
}

/**
 * One record as the reader may see it, in the page's language with the other as fallback. Drafts, records
 * still under review and members-only records a visitor may not read are all a plain 404 — the title never
 * shows. Knowledge documents must also be published: an editor signed in sees their drafts in the admin, not here.
 */
export const loadRecord = cache(
  async <C extends DocumentCollection>(collection: C, id: DocId, locale: Locale, depth = 1): Promise<DocByCollection[C]> => {
    const payload = await sitePayload()
    const doc = await readForReader(`record:${collection}:${id}:${locale}:${depth}`, (access) =>
      payload.findByID({
        collection,
        id,
        locale,
        fallbackLocale: otherLocale(locale),
        depth,
        disableErrors: true,
        ...(lean(collection) as object),
        ...access,
      }),
      (found) => recordAndReferences(payload, collection, id, [found]),
    )
    if (!doc) notFound()
    if (isKnowledgeCollection(collection) && (doc as KnowledgeDoc)._status !== 'published') notFound()
    return doc as DocByCollection[C]
  },
)

export type Edition<C extends KnowledgeCollection = KnowledgeCollection> = {
  id: DocId
  /** 1 for the first published version. */
  number: number
  publishedAt: string
  latest: boolean
  doc: DocByCollection[C]
}

/**
 * The published versions of a document the reader can already read, newest first. Versions are read under
 * the collection's own readVersions rule (readerAccess), so a visitor sees only versions that were published
 * and public; drafts and autosaves never appear.
 */
export const loadEditions = cache(
  async <C extends KnowledgeCollection>(collection: C, id: DocId, locale: Locale): Promise<Edition<C>[]> => {
    const payload = await sitePayload()
    const result = await readForReader(`editions:${collection}:${id}:${locale}`, (access) =>
      payload.findVersions({
        collection,
        where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }] },
        sort: '-updatedAt',
        limit: 100,
        // Names of the NGO, provinces and taxonomy terms, so an edition reads (and compares) as it was.
        depth: 1,
        locale,
        fallbackLocale: otherLocale(locale),
        ...(lean(collection, { versions: true }) as object),
        ...access,
      }),
      (found) => recordAndReferences(payload, collection, id, found.docs.map((edition) => edition.version)),
    )
    const total = result.docs.length
    return result.docs.map((version, index) => ({
      id: version.id as DocId,
      number: total - index,
      publishedAt: version.updatedAt,
      latest: index === 0,
      doc: version.version as unknown as DocByCollection[C],
    }))
  },
)

const listFields = (collection: KnowledgeCollection): Record<string, true> => ({
  title: true,
  updatedAt: true,
  _status: true,
  visibility: true,
  workflowState: true,
  topics: true,
  stages: true,
  targetGroups: true,
  ...(collection === 'case-studies' ? { outcome: true } : {}),
})

/** The published documents a filter selects, in every knowledge collection the reader may read. */
export const listKnowledge = async (
  locale: Locale,
  where: Where,
  { limit = 50, collections = knowledgeCollections }: { limit?: number; collections?: readonly KnowledgeCollection[] } = {},
): Promise<{ collection: KnowledgeCollection; doc: KnowledgeDoc }[]> => {
  const payload = await sitePayload()
  const lists = await readForReader(`list:${locale}:${limit}:${collections.join(',')}:${JSON.stringify(where)}`, (access) =>
    Promise.all(
      collections.map(async (collection) => {
        const result = await payload.find({
          collection,
          where: { and: [where, { _status: { equals: 'published' } }] },
          sort: '-updatedAt',
          limit,
          depth: 0,
          locale,
          fallbackLocale: otherLocale(locale),
          // A list needs the title and a few facts, not the rich text of every document.
          select: listFields(collection) as never,
          ...access,
        })
        return result.docs.map((doc) => ({ collection, doc: doc as KnowledgeDoc }))
      }),
    ),
    (found) => collections.flatMap((collection, index) => tagsOfList(collection, where, found[index]!.map((item) => item.doc))),
  )
  return lists.flat().sort((a, b) => b.doc.updatedAt.localeCompare(a.doc.updatedAt))
}

const idsOf = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(idFrom).flatMap((id) => (id === null ? [] : [String(id)])) : []

/**
 * Documents that share topics, process stages or target groups with this one, the most shared first; read
 * under the reader's access, so members-only documents appear only to members.
 */
export const relatedDocuments = async (
  collection: KnowledgeCollection,
  doc: KnowledgeDoc,
  locale: Locale,
  limit = 6,
): Promise<{ collection: KnowledgeCollection; doc: KnowledgeDoc }[]> => {
  const topics = idsOf(doc.topics)
  const stages = idsOf(doc.stages)
  const targetGroups = idsOf(doc.targetGroups)
  const or: Where[] = []
  if (topics.length) or.push({ topics: { in: topics } })
  if (stages.length) or.push({ stages: { in: stages } })
  if (targetGroups.length) or.push({ targetGroups: { in: targetGroups } })
  if (or.length === 0) return []
  const candidates = await listKnowledge(locale, { or }, { limit: 20 })
  const shared = (other: KnowledgeDoc) =>
    idsOf(other.topics).filter((id) => topics.includes(id)).length * 2 +
    idsOf(other.targetGroups).filter((id) => targetGroups.includes(id)).length * 2 +
    idsOf(other.stages).filter((id) => stages.includes(id)).length
  return candidates
    .filter((candidate) => !(candidate.collection === collection && candidate.doc.id === doc.id))
    .map((candidate) => ({ ...candidate, score: shared(candidate.doc) }))
    .sort((a, b) => b.score - a.score || b.doc.updatedAt.localeCompare(a.doc.updatedAt))
    .slice(0, limit)
    .map(({ collection: c, doc: d }) => ({ collection: c, doc: d }))
}
