import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { KnowledgeArticle } from '@/site/components/document/KnowledgeArticle'
import { OrganizationPage, ProvincePage } from '@/site/components/document/OrganizationPage'
import { isKnowledgeCollection, loadEditions, loadRecord } from '@/site/documents/load'
import { documentParams } from '@/site/documents/params'
import { paths } from '@/site/paths'

import '../documents.css'

type Params = Promise<{ locale: string; collection: string; id: string }>

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const { locale, collection, id } = await documentParams(params)
  const record = await loadRecord(collection, id, locale)
  const fields = record as { title?: string | null; name?: string | null; summary?: string | null; description?: string | null }
  const title = fields.title ?? fields.name
  const description = fields.summary ?? fields.description
  return {
    title: title ?? undefined,
    description: description ?? undefined,
    alternates: {
      canonical: paths.document(locale, collection, id),
      languages: { fa: paths.document('fa', collection, id), en: paths.document('en', collection, id) },
    },
  }
}

/** A case study, lesson, best practice, curriculum, member NGO or province, as the reader may see it. */
export default async function DocumentPage({ params }: { params: Params }) {
  const { locale, collection, id } = await documentParams(params)
  if (collection === 'organizations') return <OrganizationPage organization={await loadRecord(collection, id, locale)} locale={locale} />
  if (collection === 'provinces') return <ProvincePage province={await loadRecord(collection, id, locale)} locale={locale} />
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
