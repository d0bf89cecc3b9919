import { notFound } from 'next/navigation'

import { pageLocale, type Locale } from '../locale'
import type { DocId } from '../../api/ids'
import { isDocumentCollection, type DocumentCollection } from '../paths'
import { isKnowledgeCollection, recordId, type KnowledgeCollection } from './load'

type Params = Promise<{ locale: string; collection: string; id: string }>

/** The page's language, collection and record id, or a 404 for anything that is not one of ours. */
export const documentParams = async (params: Params): Promise<{ locale: Locale; collection: DocumentCollection; id: DocId }> => {
  const locale = await pageLocale(params)
  const { collection, id } = await params
  if (!isDocumentCollection(collection)) notFound()
  return { locale, collection, id: await recordId(collection, id) }
}

/** The same, for the pages only knowledge documents have (editions). */
export const knowledgeParams = async (params: Params): Promise<{ locale: Locale; collection: KnowledgeCollection; id: DocId }> => {
  const { locale, collection, id } = await documentParams(params)
  if (!isKnowledgeCollection(collection)) notFound()
  return { locale, collection, id }
}
