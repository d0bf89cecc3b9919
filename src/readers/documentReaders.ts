import type { Payload, PayloadRequest } from 'payload'

import { knowledgeCollections, type KnowledgeCollection } from '../../collections/knowledgeCollections'
import { readerWords } from '../access/readers'
import { idOf } from '../access/roles'
import { isolatedLocale } from '../i18n/isolatedLocale'
import { underReview, type WorkflowState } from '../workflow/states'
import { mediaReferencedBy } from './mediaReferences'

/** The collections whose documents give their files readers: the knowledge, and the NGOs (their logos). */
export const knowledgeWithFiles = knowledgeCollections
export type DocumentCollection = KnowledgeCollection | 'organizations'

type Ref = number | string | { id: number | string }
type DocumentState = {
  _status?: null | string
  visibility?: null | string
  workflowState?: null | string
  organization?: null | Ref
  provinces?: null | Ref[]
}

export type DocumentReaders = {
  /** Who reads the document's review trail: those who may read the document as it is now. */
  document: string[]
  /** For each media record the document shows, in any of its versions, who may read it through the document. */
  media: Map<string, string[]>
}

const reviewWords = (latest: DocumentState | undefined): string[] =>
  latest && underReview.includes(latest.workflowState as WorkflowState)
    ? [readerWords.reviewers, ...(latest.provinces ?? []).map((province) => readerWords.coordinatorsOf(idOf(province)))]
    : []

/**
 * Who may read the document now and, through it, the files it shows: the current edition's readers for the
 * files of every published edition (while the document is live), its NGO's editors for the files of every
 * version, and those who decide on it for every version while it waits for review.
 */
export const documentReaders = async (
  payload: Payload,
  collection: DocumentCollection,
  id: number | string,
  req: PayloadRequest,
): Promise<DocumentReaders> => {
  const fields = payload.collections[collection].config.fields
  if (collection === 'organizations') {
    const organization = await payload.findByID({ collection, id, depth: 0, locale: 'all', overrideAccess: true, req: isolatedLocale(req), disableErrors: true })
    const files = mediaReferencedBy(fields, organization as never)
    return { document: [readerWords.visitors], media: new Map([...files].map((file) => [file, [readerWords.visitors]])) }
  }
  const main = (await payload.findByID({
    collection,
    id,
    depth: 0,
    draft: false,
    overrideAccess: true,
    req,
    disableErrors: true,
    select: { _status: true, visibility: true, organization: true },
  })) as DocumentState | null
  if (!main) return { document: [], media: new Map() }
  const { docs: versions } = await payload.findVersions({
    collection,
    where: { parent: { equals: id } },
    depth: 0,
    locale: 'all',
    pagination: false,
    limit: 0,
    sort: '-updatedAt',
    overrideAccess: true,
    req: isolatedLocale(req),
  })
  const latest = (versions.find((version) => version.latest) ?? versions[0])?.version as DocumentState | undefined
  const live = main._status === 'published'
  const editors = main.organization != null ? [readerWords.editorsOf(idOf(main.organization))] : []
  const reviewers = reviewWords(latest)

  const media = new Map<string, Set<string>>()
  for (const { version } of versions) {
    const state = version as DocumentState
    const words = [...editors, ...reviewers]
    if (live && state._status === 'published') {
      words.push(main.visibility === 'public' && state.visibility === 'public' ? readerWords.visitors : readerWords.members)
    }
    for (const file of mediaReferencedBy(fields, version as never)) {
      const set = media.get(file) ?? new Set<string>()
      words.forEach((word) => set.add(word))
      media.set(file, set)
    }
  }
  return {
    document: [...(live ? [readerWords.members] : []), ...editors, ...reviewers],
    media: new Map([...media].map(([file, words]) => [file, [...words].sort()])),
  }
}
