import type { Payload } from 'payload'

import { exchangeWords } from '../exchange/words'
import { lexicalFieldsToPlainText } from '../search/lexicalText'
import type { IndexedEntry, Localized, SearchDocument } from '../search/port'

/** The records readers search: the four kinds of knowledge, the member NGOs, and (for members) the exchange's offers and needs. */
export const searchedCollections = ['case-studies', 'lessons', 'best-practices', 'curricula', 'organizations', 'offers-and-needs'] as const
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
        rowsText(doc.applications, ['whatHappened']),
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
    case 'offers-and-needs': {
      // Its direction and kind in words, so that «تسهیلگر اشتغال» or "grant partner" finds it.
      const words = (table: Record<string, { fa: string; en: string }>, key: unknown) => (typeof key === 'string' && table[key] ? table[key] : { fa: null, en: null })
      return joinLocalized(words(exchangeWords.directions, doc.direction), words(exchangeWords.kinds, doc.kind), perLocale(doc.quantity), perLocale(doc.closingNote))
    }
  }
}

const datedBy = (collection: SearchedCollection, doc: AllLocales): Date | null => {
  const when = collection === 'case-studies' && typeof doc.periodStart === 'string' ? doc.periodStart : doc.createdAt
  return typeof when === 'string' ? new Date(when) : null
}

const jalaliYears = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', { year: 'numeric', timeZone: 'Asia/Tehran' })

/** The Jalali year of a moment, as Tehran's calendar has it (Nowruz falls on 20 or 21 March). */
export const jalaliYearOf = (date: Date): number => Number(jalaliYears.formatToParts(date).find((part) => part.type === 'year')?.value)

/**
 * Whether a stored record belongs in the index: published, not retired, and for member NGOs an
 * active membership. Drafts never reach here, because the caller reads the live document only.
 */
export const isSearchable = (collection: SearchedCollection, doc: AllLocales | null): boolean => {
  if (!doc) return false
  if (collection === 'organizations') return doc.membershipStatus === 'active'
  // Members read every offer and need but the expired ones, which only their own NGO sees until renewed.
  if (collection === 'offers-and-needs') return typeof doc.status === 'string' && doc.status !== 'expired'
  return doc._status === 'published' && doc.workflowState === 'published'
}

/** What reconciliation compares with the index, without the cost of the whole search document. */
export const searchEntryOf = (collection: SearchedCollection, doc: AllLocales): IndexedEntry => ({
  id: searchId(collection, doc.id as string),
  updatedAt: time(doc.updatedAt),
  visibility: visibilityOf(collection, doc),
})

/** Offers and needs are the network's own business: members only, always. */
const visibilityOf = (collection: SearchedCollection, doc: AllLocales): 'members' | 'public' =>
  collection === 'offers-and-needs' || doc.visibility === 'members' ? 'members' : 'public'

const unversioned = (collection: SearchedCollection) => collection === 'organizations' || collection === 'offers-and-needs'

/** The page a hit links to, without its language: a record's permanent link, or an item of the exchange. */
const urlOf = (collection: SearchedCollection, id: unknown) => (collection === 'offers-and-needs' ? `/exchange/${id}` : `/${collection}/${id}`)

/**
 * When each record was first published: the oldest published version in its history, the date its
 * page shows as «published» (the latest edition's is «updated»). Readers cite and sort by it, and a
 * corrected edition does not make an old case study the newest; a curriculum's new edition is a
 * document of its own, with its own. Organizations keep no versions, and have none.
 */
export const firstPublications = async (payload: Payload, collection: SearchedCollection, ids: string[]): Promise<Map<string, string>> => {
  const first = new Map<string, string>()
  if (unversioned(collection) || ids.length === 0) return first
  const { docs } = await payload.findVersions({
    collection,
    where: { and: [{ parent: { in: ids } }, { 'version._status': { equals: 'published' } }] },
    sort: 'updatedAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { parent: true, updatedAt: true } as never,
  })
  for (const version of docs) {
    const parent = idOf(version.parent)
    if (parent !== null && !first.has(parent)) first.set(parent, version.updatedAt)
  }
  return first
}

/**
 * The entries of the NGOs that applied each lesson, oldest first, with `whatHappened` in every locale: facts
 * about the lesson that its search document holds (its body, and whether it was put into practice).
 */
export const lessonApplications = async (payload: Payload, ids: string[]): Promise<Map<string, AllLocales[]>> => {
  const found = new Map<string, AllLocales[]>()
  if (ids.length === 0) return found
  const { docs } = await payload.find({
    collection: 'lesson-applications',
    where: { lesson: { in: ids } },
    locale: 'all',
    sort: 'id',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { lesson: true, organization: true, result: true, whatHappened: true },
  })
  for (const entry of docs as unknown as AllLocales[]) {
    const lesson = idOf(entry.lesson)
    if (lesson === null) continue
    found.set(lesson, [...(found.get(lesson) ?? []), { organization: idOf(entry.organization), result: entry.result, whatHappened: entry.whatHappened }])
  }
  return found
}

/**
 * Sets on records read through Payload what their own row does not hold, as sqliteRecords.ts reads it from
 * the tables: `firstPublishedAt`, and a lesson's `applications`.
 */
export const withFirstPublications = async <T extends AllLocales>(payload: Payload, collection: SearchedCollection, docs: T[]): Promise<T[]> => {
  const ids = docs.map((doc) => String(doc.id))
  const [first, applications] = await Promise.all([
    firstPublications(payload, collection, ids),
    collection === 'lessons' ? lessonApplications(payload, ids) : null,
  ])
  for (const doc of docs) {
    ;(doc as AllLocales).firstPublishedAt = first.get(String(doc.id)) ?? null
    if (applications) (doc as AllLocales).applications = applications.get(String(doc.id)) ?? []
  }
  return docs
}

/**
 * Flattens one live record, read with `locale: 'all'` and depth 0 and with its `firstPublishedAt`
 * (withFirstPublications), into the engine's plain document. A record with no published version in
 * its history (written beside Payload, or an organization) is dated by its creation.
 */
export const toSearchDocument = (collection: SearchedCollection, doc: AllLocales): SearchDocument => {
  const title = perLocale(collection === 'organizations' ? doc.name : doc.title)
  const isOrganization = collection === 'organizations'
  const dated = datedBy(collection, doc)
  return {
    id: searchId(collection, doc.id as string),
    type: collection,
    title,
    summary: perLocale(collection === 'offers-and-needs' ? doc.description : doc.summary),
    body: bodyOf(collection, doc),
    outcome: typeof doc.outcome === 'string' ? doc.outcome : null,
    practice: collection === 'lessons' && Array.isArray(doc.applications) && doc.applications.length > 0 ? 'applied' : null,
    organization: isOrganization ? String(doc.id) : idOf(doc.organization),
    provinces: isOrganization ? [idOf(doc.province)].filter((p): p is string => p !== null) : ids(doc.provinces),
    targetGroups: ids(doc.targetGroups),
    stages: ids(doc.stages),
    topics: ids(isOrganization ? doc.fieldsOfActivity : doc.topics),
    fundingInstruments: ids(doc.fundingInstruments),
    year: dated ? dated.getUTCFullYear() : null,
    jalaliYear: dated ? jalaliYearOf(dated) : null,
    visibility: visibilityOf(collection, doc),
    edition: typeof doc.edition === 'string' ? doc.edition : null,
    licence: typeof doc.licence === 'string' ? doc.licence : null,
    url: urlOf(collection, doc.id),
    publishedAt: time(typeof doc.firstPublishedAt === 'string' ? doc.firstPublishedAt : doc.createdAt),
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
  if (!doc || !isSearchable(collection, doc)) return null
  return toSearchDocument(collection, (await withFirstPublications(payload, collection, [doc]))[0]!)
}
