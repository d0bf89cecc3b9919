import type { Payload, Where } from 'payload'

import type { DocId } from '../../api/ids'
import { membersTag, recordTag } from '../../contentChanges/tags'
import { firstPublications } from '../../jobs/searchDocuments'
import { knowledgeCollections, readForReader, type KnowledgeCollection } from '../documents/load'
import { refsOf } from '../documents/fields'
import { otherLocale, type Locale } from '../locale'
import { sitePayload } from '../payload'
import type { Listing } from './listing'

export type Named = { id: DocId; name: string }

/** A knowledge document in a list, with the facts a search result gives. */
export type KnowledgeItem = {
  id: DocId
  title: string
  summary: string
  outcome: string | null
  code: string | null
  edition: string | null
  retired: boolean
  organization: Named | null
  provinces: Named[]
  visibility: 'public' | 'members'
  /** The first publication, the date the document's page and search give as published. */
  publishedAt: string
}

export type OrganizationItem = { id: DocId; name: string; city: string; province: Named | null; membershipStatus: string; documents: number }
export type ProvinceItem = { id: DocId; name: string; code: string; organizations: number; documents: number }

export type Page<T> = { items: T[]; total: number; page: number; pages: number; limit: number }

const published: Where = { _status: { equals: 'published' } }

/** Titles in the reader's alphabet: Persian letters (پ, چ, ژ, گ) where Persian readers look for them, not by code point. */
const collator = (locale: Locale) => new Intl.Collator(locale === 'fa' ? 'fa' : 'en', { sensitivity: 'base', numeric: true })

const pageOf = <T>(items: T[], total: number, { page, limit }: Listing): Page<T> => ({
  items,
  total,
  page,
  limit,
  pages: Math.max(1, Math.ceil(total / limit)),
})

/**
 * The ids of one page of a collection, in the order asked for. By title, every record's name is read and
 * collated here (the database orders by code point); newest first is the database's own order.
 */
const pageIds = async (
  payload: Payload,
  collection: KnowledgeCollection | 'organizations' | 'provinces',
  where: Where,
  nameField: 'title' | 'name',
  listing: Listing,
  locale: Locale,
  access: object,
): Promise<{ ids: DocId[]; total: number }> => {
  if (listing.sort === 'newest') {
    const found = await payload.find({
      collection,
      where,
      sort: ['-createdAt', '-id'],
      page: listing.page,
      limit: listing.limit,
      depth: 0,
      select: {} as never,
      ...access,
    })
    return { ids: (found.docs as { id: DocId }[]).map((doc) => doc.id), total: found.totalDocs }
  }
  const all = await payload.find({
    collection,
    where,
    pagination: false,
    depth: 0,
    locale,
    fallbackLocale: otherLocale(locale),
    select: { [nameField]: true } as never,
    ...access,
  })
  const compare = collator(locale).compare
  const names = (all.docs as Record<string, unknown>[]).map((doc) => ({ id: doc.id as DocId, name: String(doc[nameField] ?? '') }))
  names.sort((a, b) => compare(a.name, b.name) || compareIds(a.id, b.id))
  const start = (listing.page - 1) * listing.limit
  return { ids: names.slice(start, start + listing.limit).map((item) => item.id), total: names.length }
}

/** Ids in a stable order of either kind: numbers by value, text ids as text. */
const compareIds = (a: DocId, b: DocId): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b))

const inOrder = <T extends { id: unknown }>(docs: T[], ids: DocId[]): T[] => {
  const byId = new Map(docs.map((doc) => [String(doc.id), doc]))
  return ids.map((id) => byId.get(String(id))).filter((doc): doc is T => doc !== undefined)
}

/** One page of a knowledge collection's published documents, as the reader may read them. */
export const listCollection = async (collection: KnowledgeCollection, locale: Locale, listing: Listing): Promise<Page<KnowledgeItem>> => {
  const payload = await sitePayload()
  return readForReader(
    `collection:${collection}:${locale}:${listing.sort}:${listing.page}:${listing.limit}`,
    async (access) => {
      const { ids, total } = await pageIds(payload, collection, published, 'title', listing, locale, access)
      if (ids.length === 0) return pageOf<KnowledgeItem>([], total, listing)
      const found = await payload.find({
        collection,
        where: { and: [published, { id: { in: ids } }] },
        pagination: false,
        depth: 1,
        locale,
        fallbackLocale: otherLocale(locale),
        select: {
          title: true,
          summary: true,
          organization: true,
          provinces: true,
          visibility: true,
          createdAt: true,
          workflowState: true,
          ...(collection === 'case-studies' ? { outcome: true } : {}),
          ...(collection === 'curricula' ? { code: true, edition: true } : {}),
        } as never,
        populate: { organizations: { name: true }, provinces: { name: true } },
        ...access,
      })
      const first = await firstPublications(payload, collection, ids.map(String))
      const items = inOrder(found.docs as unknown as (Record<string, unknown> & { id: unknown })[], ids).map((doc): KnowledgeItem => {
        const organization = refsOf(doc.organization)[0]
        return {
          id: doc.id as DocId,
          title: String(doc.title ?? ''),
          summary: String(doc.summary ?? ''),
          outcome: typeof doc.outcome === 'string' ? doc.outcome : null,
          code: typeof doc.code === 'string' ? doc.code : null,
          edition: typeof doc.edition === 'string' ? doc.edition : null,
          retired: doc.workflowState === 'retired',
          organization: organization ? { id: organization.id, name: organization.name } : null,
          provinces: refsOf(doc.provinces).map(({ id, name }) => ({ id, name })),
          visibility: doc.visibility === 'members' ? 'members' : 'public',
          publishedAt: first.get(String(doc.id)) ?? String(doc.createdAt),
        }
      })
      return pageOf(items, total, listing)
    },
    (value) => [
      membersTag(collection),
      ...value.items.flatMap((item) => [
        recordTag(collection, item.id),
        ...(item.organization ? [recordTag('organizations', item.organization.id)] : []),
        ...item.provinces.map((province) => recordTag('provinces', province.id)),
      ]),
    ],
  )
}

/** How many published documents of every kind a filter selects, as the reader may read them. */
const countDocuments = async (payload: Payload, where: Where, access: object): Promise<number> => {
  const counts = await Promise.all(
    knowledgeCollections.map((collection) => payload.count({ collection, where: { and: [published, where] }, ...access })),
  )
  return counts.reduce((sum, count) => sum + count.totalDocs, 0)
}

const knowledgeMembers = knowledgeCollections.map(membersTag)

/** One page of the member NGOs, each with the number of documents it has published. */
export const listOrganizations = async (locale: Locale, listing: Listing): Promise<Page<OrganizationItem>> => {
  const payload = await sitePayload()
  return readForReader(
    `collection:organizations:${locale}:${listing.sort}:${listing.page}:${listing.limit}`,
    async (access) => {
      const { ids, total } = await pageIds(payload, 'organizations', {}, 'name', listing, locale, access)
      const found = await payload.find({
        collection: 'organizations',
        where: { id: { in: ids } },
        pagination: false,
        depth: 1,
        locale,
        fallbackLocale: otherLocale(locale),
        select: { name: true, city: true, province: true, membershipStatus: true },
        populate: { provinces: { name: true } },
        ...access,
      })
      const items = await Promise.all(
        inOrder(found.docs, ids).map(async (organization): Promise<OrganizationItem> => {
          const province = refsOf(organization.province)[0]
          return {
            id: organization.id,
            name: organization.name ?? '',
            city: organization.city ?? '',
            province: province ? { id: province.id, name: province.name } : null,
            membershipStatus: organization.membershipStatus,
            documents: await countDocuments(payload, { organization: { equals: organization.id } }, access),
          }
        }),
      )
      return pageOf(items, total, listing)
    },
    (value) => [
      membersTag('organizations'),
      ...knowledgeMembers,
      ...value.items.flatMap((item) => [recordTag('organizations', item.id), ...(item.province ? [recordTag('provinces', item.province.id)] : [])]),
    ],
  )
}

/** One page of the provinces, each with its member NGOs and the documents published about work there. */
export const listProvinces = async (locale: Locale, listing: Listing): Promise<Page<ProvinceItem>> => {
  const payload = await sitePayload()
  return readForReader(
    `collection:provinces:${locale}:${listing.sort}:${listing.page}:${listing.limit}`,
    async (access) => {
      const { ids, total } = await pageIds(payload, 'provinces', {}, 'name', listing, locale, access)
      const found = await payload.find({
        collection: 'provinces',
        where: { id: { in: ids } },
        pagination: false,
        depth: 0,
        locale,
        fallbackLocale: otherLocale(locale),
        ...access,
      })
      const items = await Promise.all(
        inOrder(found.docs, ids).map(async (province): Promise<ProvinceItem> => {
          const [organizations, documents] = await Promise.all([
            payload.count({ collection: 'organizations', where: { province: { equals: province.id } }, ...access }),
            countDocuments(payload, { provinces: { in: [province.id] } }, access),
          ])
          return { id: province.id, name: province.name ?? '', code: province.code, organizations: organizations.totalDocs, documents }
        }),
      )
      return pageOf(items, total, listing)
    },
    (value) => [membersTag('provinces'), membersTag('organizations'), ...knowledgeMembers, ...value.items.map((item) => recordTag('provinces', item.id))],
  )
}
