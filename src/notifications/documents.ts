import type { Payload, PayloadRequest } from 'payload'

import { idOf } from '../access/roles'
import { isolatedLocale } from '../i18n/isolatedLocale'
import { labels, type LabelKey } from '../i18n/labels'
import { siteAddress } from './address'
import type { MailLanguage } from './kinds'

export const noticedCollections = ['case-studies', 'lessons', 'best-practices', 'curricula'] as const
export type NoticedCollection = (typeof noticedCollections)[number]

const kindLabel: Record<NoticedCollection, LabelKey> = {
  'case-studies': 'caseStudy',
  lessons: 'lesson',
  'best-practices': 'bestPractice',
  curricula: 'curriculum',
}

type Localized = string | Record<string, string | null | undefined> | null | undefined

const inLanguage = (value: Localized, language: MailLanguage): string =>
  typeof value === 'string' ? value : (value?.[language] ?? value?.fa ?? value?.en ?? '')

/** What a notice says about a document, in both languages, read as it stands in the save being made. */
export type NoticedDocument = {
  collection: NoticedCollection
  id: number | string
  title: (language: MailLanguage) => string
  kind: (language: MailLanguage) => string
  organizationName: (language: MailLanguage) => string
  organization: number | string | null
  provinces: (number | string)[]
  createdBy: number | string | null
  edition?: string
  code?: string
  derivedFrom?: number | string | null
  /** The document's page on the public site (published documents). */
  publicURL: (language: MailLanguage) => string
  /** Its edit view in the admin (drafts, reviews). */
  adminURL: string
}

export const loadNoticed = async (
  payload: Payload,
  collection: NoticedCollection,
  id: number | string,
  req?: PayloadRequest,
): Promise<NoticedDocument | null> => {
  const doc = (await payload.findByID({ collection, id, depth: 0, draft: true, locale: 'all', overrideAccess: true, req: isolatedLocale(req), disableErrors: true })) as
    | (Record<string, unknown> & { id: number | string })
    | null
  if (!doc) return null
  const organization = doc.organization == null ? null : idOf(doc.organization as number)
  const org =
    organization == null
      ? null
      : await payload.findByID({ collection: 'organizations', id: organization, depth: 0, locale: 'all', overrideAccess: true, req: isolatedLocale(req), disableErrors: true })
  return {
    collection,
    id: doc.id,
    title: (language) => inLanguage(doc.title as Localized, language),
    kind: (language) => labels[kindLabel[collection]][language],
    organizationName: (language) => inLanguage(org?.name as Localized, language),
    organization,
    provinces: ((doc.provinces as (number | { id: number })[] | null) ?? []).map(idOf),
    createdBy: doc.createdBy == null ? null : idOf(doc.createdBy as number),
    edition: typeof doc.edition === 'string' ? doc.edition : undefined,
    code: typeof doc.code === 'string' ? doc.code : undefined,
    derivedFrom: doc.derivedFrom == null ? null : idOf(doc.derivedFrom as number),
    publicURL: (language) => `${siteAddress()}/${language}/${collection}/${doc.id}`,
    adminURL: `${siteAddress()}/admin/collections/${collection}/${doc.id}`,
  }
}
