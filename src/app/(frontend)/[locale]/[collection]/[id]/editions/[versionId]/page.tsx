import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { KnowledgeArticle } from '@/site/components/document/KnowledgeArticle'
import { editionLabel } from '@/site/components/document/Editions'
import { loadEditions, loadRecord } from '@/site/documents/load'
import { knowledgeParams } from '@/site/documents/params'
import { paths } from '@/site/paths'

import '../../../documents.css'

type Params = Promise<{ locale: string; collection: string; id: string; versionId: string }>

/** One published edition of a document the reader can read; any other version id is a 404. */
const editionOf = async (params: Params) => {
  const { locale, collection, id } = await knowledgeParams(params)
  const versionId = (await params).versionId
  const [doc, editions] = await Promise.all([loadRecord(collection, id, locale), loadEditions(collection, id, locale)])
  // Only one of this document's own editions, compared as text: the URL holds an id's digits or letters alike.
  const edition = editions.find((candidate) => String(candidate.id) === versionId)
  if (!edition) notFound()
  return { locale, collection, id, doc, editions, edition }
}

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const { locale, collection, id, edition } = await editionOf(params)
  return {
    title: `${edition.doc.title ?? ''} (${editionLabel(edition, locale)})`,
    alternates: { canonical: paths.edition(locale, collection, id, edition.id) },
    // The current version is the one to find; earlier ones stay readable for citations.
    robots: edition.latest ? undefined : { index: false },
  }
}

/** A document as it was published in one edition: what a citation pinned to that edition points at. */
export default async function EditionPage({ params }: { params: Params }) {
  const { locale, collection, id, doc, editions, edition } = await editionOf(params)
  return (
    <KnowledgeArticle
      collection={collection}
      id={id}
      doc={edition.doc}
      current={doc}
      locale={locale}
      editions={editions}
      shown={edition}
    />
  )
}
