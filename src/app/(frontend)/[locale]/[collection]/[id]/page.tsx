import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { ProvinceExchange } from '@/site/components/exchange/ProvinceExchange'
import { KnowledgeArticle } from '@/site/components/document/KnowledgeArticle'
import { StructuredData } from '@/site/components/JsonLd'
import { OrganizationPage } from '@/site/components/document/OrganizationPage'
import { ProvincePage } from '@/site/components/document/ProvincePage'
import { isKnowledgeCollection, loadEditions, loadRecord } from '@/site/documents/load'
import { documentParams } from '@/site/documents/params'
import { nameOf } from '@/site/documents/fields'
import { siteOrigin } from '@/site/documents/format'
import { organizationJsonLd, provinceJsonLd } from '@/site/documents/structuredData'
import { paths } from '@/site/paths'
import { common } from '@/site/text/common'

import '../documents.css'
import '../../map/map.css'

type Params = Promise<{ locale: string; collection: string; id: string }>

/** Highwire's date form, which Google Scholar reads: 2024/05/17. */
const scholarDate = (value: string) => new Date(value).toISOString().slice(0, 10).replace(/-/g, '/')

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const { locale, collection, id } = await documentParams(params)
  const [record, origin] = await Promise.all([loadRecord(collection, id, locale), siteOrigin()])
  const fields = record as { title?: string | null; name?: string | null; summary?: string | null; description?: string | null; organization?: unknown }
  const title = fields.title ?? fields.name
  const description = fields.summary ?? fields.description
  const url = origin + paths.document(locale, collection, id)
  // Knowledge documents are cited as their NGO's work, dated by their first publication (Highwire tags, for Google Scholar).
  const editions = isKnowledgeCollection(collection) ? await loadEditions(collection, id, locale) : []
  const citation: Record<string, string> = {}
  if (isKnowledgeCollection(collection) && title) {
    citation.citation_title = title
    const author = nameOf(fields.organization)
    if (author) citation.citation_author = author
    const first = editions.at(-1)?.publishedAt
    if (first) citation.citation_publication_date = scholarDate(first)
    citation.citation_publisher = common.siteName[locale]
    citation.citation_language = locale
    citation.citation_abstract_html_url = url
    if (editions[0]) citation.citation_public_url = origin + paths.editionPermalink(collection, id, editions[0].id)
  }
  return {
    title: title ?? undefined,
    description: description ?? undefined,
    alternates: {
      canonical: paths.document(locale, collection, id),
      languages: { fa: paths.document('fa', collection, id), en: paths.document('en', collection, id) },
    },
    openGraph: {
      type: isKnowledgeCollection(collection) ? 'article' : 'website',
      title: title ?? common.siteName[locale],
      description: description ?? undefined,
      url,
      siteName: common.siteName[locale],
      locale: locale === 'fa' ? 'fa_IR' : 'en_GB',
      alternateLocale: locale === 'fa' ? 'en_GB' : 'fa_IR',
    },
    other: citation,
  }
}

/** A case study, lesson, best practice, curriculum, member NGO or province, as the reader may see it. */
export default async function DocumentPage({ params }: { params: Params }) {
  const { locale, collection, id } = await documentParams(params)
  if (collection === 'organizations') {
    const [organization, origin] = await Promise.all([loadRecord(collection, id, locale), siteOrigin()])
    return (
      <>
        <StructuredData data={organizationJsonLd(organization, locale, origin)} />
        <OrganizationPage organization={organization} locale={locale} />
      </>
    )
  }
  if (collection === 'provinces') {
    const [province, origin] = await Promise.all([loadRecord(collection, id, locale), siteOrigin()])
    return (
      <>
        <StructuredData data={provinceJsonLd(province, locale, origin)} />
        <ProvincePage province={province} locale={locale}>
          <ProvinceExchange province={province.id} locale={locale} />
        </ProvincePage>
      </>
    )
  }
  if (!isKnowledgeCollection(collection)) notFound()
  const [doc, editions] = await Promise.all([loadRecord(collection, id, locale), loadEditions(collection, id, locale)])
  return (
    <KnowledgeArticle
      collection={collection}
      id={id}
      doc={doc}
      current={doc}
      locale={locale}
      editions={editions}
      shown={editions[0]}
    />
  )
}
