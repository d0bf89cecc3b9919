import type { MetadataRoute } from 'next'

import { knowledgeCollections } from '@/site/documents/load'
import { siteOrigin } from '@/site/documents/format'
import { locales } from '@/site/locale'
import { documentCollections, paths, type DocumentCollection } from '@/site/paths'
import { sitePayload } from '@/site/payload'

/** Read on each request: the records a visitor may read change with every publication. */
export const dynamic = 'force-dynamic'

/**
 * Every page a visitor may read, in both languages, each with its other language as an `hreflang`
 * alternate: the home page, the collection pages, and every published public record. Drafts and
 * members-only records are read as a visitor reads them, so they never appear.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const [payload, origin] = await Promise.all([sitePayload(), siteOrigin()])
  const entry = (path: (locale: (typeof locales)[number]) => string, lastModified?: string): MetadataRoute.Sitemap =>
    locales.map((locale) => ({
      url: origin + path(locale),
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages: Object.fromEntries(locales.map((other) => [other, origin + path(other)])) },
    }))
  const records = await Promise.all(
    documentCollections.map(async (collection: DocumentCollection) => {
      const found = await payload.find({
        collection,
        where: (knowledgeCollections as readonly string[]).includes(collection) ? { _status: { equals: 'published' } } : {},
        pagination: false,
        depth: 0,
        sort: 'id',
        select: { updatedAt: true } as never,
        overrideAccess: false,
        user: null,
      })
      return (found.docs as { id: number; updatedAt: string }[]).flatMap((doc) =>
        entry((locale) => paths.document(locale, collection, doc.id), doc.updatedAt),
      )
    }),
  )
  return [
    ...entry((locale) => paths.home(locale)),
    ...documentCollections.flatMap((collection) => entry((locale) => paths.collection(locale, collection))),
    ...records.flat(),
  ]
}
