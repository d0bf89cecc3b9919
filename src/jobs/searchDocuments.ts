import type { Payload } from 'payload'

import { lexicalFieldsToPlainText } from '../search/lexicalText'
import type { IndexedEntry, Localized, SearchDocument } from '../search/port'

/** The records readers search: the four kinds of knowledge and the member NGOs. */
export const searchedCollections = ['case-studies', 'lessons', 'best-practices', 'curricula', 'organizations'] as const
export type SearchedCollection = (typeof searchedCollections)[number]

export const isSearchedCollection = (slug: string): slug is SearchedCollection =>
  (searchedCollections as readonly string[]).includes(slug)

export const searchId = (collection: string, id: number | string) => `${collection}:${id}`

export const parseSearchId = (value: string): { collection: SearchedCollection; id: string } | null => {
  const at = value.indexOf(':')
  const collection = value.slice(0, at)
  return at > 0 && isSearchedCollection(collection) ? { collection, id: value.slice(at + 1) } : null
}

type AllLocales = Record<string, unknown>
const locales = ['fa', 'en'] as const

/** A field read with `locale: 'all'` comes as { fa, en }; an unlocalized one as the value itself. */
const perLocale = (value: unknown, pick: (v: unknown) => string = (v) => (typeof v === 'string' ? v : '')): Localized => {
  if (value && typeof value === 'object' && !Array.isArray(value) && ('fa' in value || 'en' in value)) {
    const v = value as Record<string, unknown>
    return { fa: pick(v.fa) || null, en: pick(v.en) || null }
  }
  const text = pick(value)
  return { fa: text || null, en: null }
}

const joinLocalized = (...parts: Localized[]): Localized =>
  Object.fromEntries(locales.map((l) => [l, parts.map((p) => p[l] ?? '').filter(Boolean).join('\n') || null])) as Localized

const richText = (value: unknown): Localized => perLocale(value, (v) => lexicalFieldsToPlainText(v))

const ids = (value: unknown): string[] =>
  Array.isArray(value) ? value.map((v) => String(v && typeof v === 'object' ? (v as { id: unknown }).id : v)) : []

const idOf = (value: unknown): string | null =>
  value == null ? null : String(typeof value === 'object' ? (value as { id: unknown }).id : value)

const time = (value: unknown) => (typeof value === 'string' ? Date.parse(value) : Date.now())

/** Text of array rows, each of whose localized fields came as { fa, en }. */
const rowsText = (rows: unknown, fields: string[], rich: string[] = []): Localized =>
  joinLocalized(
    ...(Array.isArray(rows) ? rows : []).flatMap((row: AllLocales) => [
      ...fields.map((f) => perLocale(row?.[f])),
      ...rich.map((f) => richText(row?.[f])),
    ]),
  )

const bodyOf = (collection: SearchedCollection, doc: AllLocales): Localized => {
  switch (collection) {
    case 'case-studies':
      return joinLocalized(richText(doc.context), richText(doc.intervention), richText(doc.results), perLocale(doc.redactionNote))
    case 'lessons': {
      const recommendation = (doc.recommendation ?? {}) as AllLocales
      return joinLocalized(
        richText(doc.observation),
        richText(doc.lesson),
        perLocale(recommendation.action),
        perLocale(recommendation.actor),
        perLocale(doc.applicability),
        rowsText(doc.appliedBy, ['whatHappened']),
      )
    }
    case 'best-practices':
      return joinLocalized(rowsText(doc.steps, ['title'], ['description']), richText(doc.transferConditions), perLocale(doc.resourcesNeeded))
    case 'curricula':
      return joinLocalized(
        perLocale(doc.changelog),
        perLocale(doc.entryRequirements),
        perLocale(doc.accessibility),
        rowsText(doc.modules, ['title', 'learningOutcomes', 'methods', 'materials', 'assessment'], ['content']),
        rowsText((doc.placement as AllLocales | undefined)?.tasks, ['task']),
        perLocale(doc.trainerQualifications),
        perLocale(doc.certification),
      )
    case 'organizations':
      return joinLocalized(perLocale(doc.description), perLocale(doc.city))
  }
}

const yearOf = (collection: SearchedCollection, doc: AllLocales): number | null => {
  const when = collection === 'case-studies' && typeof doc.periodStart === 'string' ? doc.periodStart : doc.createdAt
  return typeof when === 'string' ? new Date(when).getUTCFullYear() : null
}

/**
 * Whether a stored record belongs in the index: published, not retired, and for member NGOs an
 * active membership. Drafts never reach here, because the caller reads the live document only.
 */
export const isSearchable = (collection: SearchedCollection, doc: AllLocales | null): boolean => {
  if (!doc) return false
  if (collection === 'organizations') return doc.membershipStatus === 'active'
  return doc._status === 'published' && doc.workflowState === 'published'
}

/** What reconciliation compares with the index, without the cost of the whole search document. */
export const searchEntryOf = (collection: SearchedCollection, doc: AllLocales): IndexedEntry => ({
  id: searchId(collection, doc.id as string),
  updatedAt: time(doc.updatedAt),
  visibility: doc.visibility === 'members' ? 'members' : 'public',
})

/** Flattens one live record, read with `locale: 'all'` and depth 0, into the engine's plain document. */
export const toSearchDocument = (collection: SearchedCollection, doc: AllLocales): SearchDocument => {
  const title = perLocale(collection === 'organizations' ? doc.name : doc.title)
  const isOrganization = collection === 'organizations'
  return {
    id: searchId(collection, doc.id as string),
    type: collection,
    title,
    summary: perLocale(doc.summary),
    body: bodyOf(collection, doc),
    outcome: typeof doc.outcome === 'string' ? doc.outcome : null,
    organization: isOrganization ? String(doc.id) : idOf(doc.organization),
    provinces: isOrganization ? [idOf(doc.province)].filter((p): p is string => p !== null) : ids(doc.provinces),
    targetGroups: ids(doc.targetGroups),
    stages: ids(doc.stages),
    topics: ids(isOrganization ? doc.fieldsOfActivity : doc.topics),
    fundingInstruments: ids(doc.fundingInstruments),
    year: yearOf(collection, doc),
    visibility: doc.visibility === 'members' ? 'members' : 'public',
    edition: typeof doc.edition === 'string' ? doc.edition : null,
    licence: typeof doc.licence === 'string' ? doc.licence : null,
    url: `/${collection}/${doc.id}`,
    publishedAt: time(doc.createdAt),
    updatedAt: time(doc.updatedAt),
  }
}

/** Reads the live record as the index should see it; null when it is gone or not searchable. */
export const loadSearchDocument = async (
  payload: Payload,
  collection: SearchedCollection,
  id: number | string,
): Promise<SearchDocument | null> => {
  const doc = (await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    draft: false,
    overrideAccess: true,
    disableErrors: true,
  })) as AllLocales | null
  return doc && isSearchable(collection, doc) ? toSearchDocument(collection, doc) : null
}
