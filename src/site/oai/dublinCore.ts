import type { Payload } from 'payload'

import { idFrom, type DocId } from '../../api/ids'
import { licences } from '../../fields/shared'
import { lexicalToPlainText } from '../../search/lexicalText'
import { typeLabel } from '../documents/format'
import { locales, type Locale } from '../locale'
import { paths } from '../paths'
import { common } from '../text/common'
import { labels } from '../../i18n/labels'
import type { KnowledgeCollection } from './repository'

/** One Dublin Core statement: an element of the 15, its text, and the language of that text when it has one. */
export type DcStatement = { element: DcElement; value: string; lang?: Locale }
export type DcElement = 'title' | 'creator' | 'subject' | 'description' | 'publisher' | 'date' | 'type' | 'language' | 'identifier' | 'rights' | 'coverage'

type AllLocales = Record<string, unknown>

/** A field read with `locale: 'all'`: { fa, en }, each language that has text. */
const inEachLanguage = (value: unknown, text: (v: unknown) => string = (v) => (typeof v === 'string' ? v.trim() : '')): { lang: Locale; value: string }[] => {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return []
  return locales.flatMap((lang) => {
    const found = text((value as AllLocales)[lang])
    return found ? [{ lang, value: found }] : []
  })
}

const names = (value: unknown) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((ref) => (typeof ref === 'object' && ref ? inEachLanguage((ref as AllLocales).name) : []))

const licenceUrls: Partial<Record<(typeof licences)[number], string>> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-NC-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
}

const rights = (licence: unknown): DcStatement[] => {
  if (typeof licence !== 'string') return []
  if (licence === 'all-rights-reserved') return locales.map((lang) => ({ element: 'rights', value: labels.allRightsReserved[lang], lang }))
  const url = licenceUrls[licence as keyof typeof licenceUrls]
  return [{ element: 'rights', value: licence }, ...(url ? [{ element: 'rights' as const, value: url }] : [])]
}

/**
 * A record as a harvester reads it in unqualified Dublin Core: the title and summary in each language they are
 * written in, the NGO as creator, topics as subjects, provinces as coverage, the first publication as its date
 * (the date the page and its citation give), the permanent link, the network as publisher, and the licence.
 * A lesson has no summary; the lesson itself describes it.
 */
export const dublinCore = (collection: KnowledgeCollection, doc: AllLocales, firstPublished: string | null, origin: string): DcStatement[] => {
  const statements: DcStatement[] = []
  const add = (element: DcElement, values: { lang?: Locale; value: string }[]) => statements.push(...values.map((v) => ({ element, ...v })))
  const titles = inEachLanguage(doc.title)
  add('title', titles)
  add('creator', names(doc.organization))
  add('subject', names(doc.topics))
  add('description', collection === 'lessons' ? inEachLanguage(doc.lesson, lexicalToPlainText) : inEachLanguage(doc.summary))
  add('publisher', locales.map((lang) => ({ lang, value: common.siteName[lang] })))
  if (firstPublished) add('date', [{ value: firstPublished.slice(0, 10) }])
  add('type', [{ value: 'Text' }, ...locales.map((lang) => ({ lang, value: typeLabel(collection, lang) }))])
  add('language', titles.map(({ lang }) => ({ value: lang })))
  add('identifier', [{ value: origin + paths.permalink(collection, doc.id as DocId) }])
  add('coverage', names(doc.provinces))
  statements.push(...rights(doc.licence))
  return statements
}

const leanSelect = (collection: KnowledgeCollection) => ({
  title: true,
  ...(collection === 'lessons' ? { lesson: true } : { summary: true }),
  organization: true,
  topics: true,
  provinces: true,
  licence: true,
  _status: true,
})

/**
 * The live records among `ids`, read as a visitor of the site reads them (every language, with the names of
 * what they link to), with the date each was first published in an edition a visitor may read.
 */
export const readRecords = async (
  payload: Payload,
  collection: KnowledgeCollection,
  ids: DocId[],
): Promise<Map<string, { doc: AllLocales; firstPublished: string | null }>> => {
  const found = new Map<string, { doc: AllLocales; firstPublished: string | null }>()
  if (ids.length === 0) return found
  const visitor = { overrideAccess: false, user: null } as const
  const [{ docs }, editions] = await Promise.all([
    payload.find({
      collection,
      where: { id: { in: ids } },
      locale: 'all',
      depth: 1,
      pagination: false,
      joins: false,
      select: leanSelect(collection) as never,
      populate: { organizations: { name: true }, topics: { name: true }, provinces: { name: true } } as never,
      ...visitor,
    }),
    payload.findVersions({
      collection,
      where: { and: [{ parent: { in: ids } }, { 'version._status': { equals: 'published' } }] },
      sort: 'updatedAt',
      pagination: false,
      depth: 0,
      select: { parent: true, updatedAt: true } as never,
      ...visitor,
    }),
  ])
  const first = new Map<string, string>()
  for (const edition of editions.docs) {
    const parent = idFrom(edition.parent)
    if (parent !== null && !first.has(String(parent))) first.set(String(parent), edition.updatedAt)
  }
  for (const doc of docs as AllLocales[]) {
    // As the site's own pages: a document is shown only while published.
    if (doc._status !== 'published') continue
    found.set(String(doc.id), { doc, firstPublished: first.get(String(doc.id)) ?? null })
  }
  return found
}
