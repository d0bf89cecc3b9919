import type { Locale } from './locale'

/** The collections that have a page of their own on the public site, as their URL segment. */
export const documentCollections = ['case-studies', 'lessons', 'best-practices', 'curricula', 'organizations', 'provinces'] as const
export type DocumentCollection = (typeof documentCollections)[number]

export const isDocumentCollection = (value: unknown): value is DocumentCollection =>
  typeof value === 'string' && (documentCollections as readonly string[]).includes(value)

export type Query = Record<string, string | number | undefined | null | (string | number)[]>

const queryString = (query: Query = {}): string => {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value == null || value === '') continue
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item))
  }
  const text = search.toString()
  return text ? `?${text}` : ''
}

/** Every address of the public site is built here, so links and tests agree on them. */
export const paths = {
  home: (locale: Locale) => `/${locale}`,
  search: (locale: Locale, query?: Query) => `/${locale}/search${queryString(query)}`,
  /** The current search as a download (`csv`, `json`) or an Atom feed (`atom`): /fa/search/export.csv?q=… */
  searchExport: (locale: Locale, format: 'csv' | 'json' | 'atom', query?: Query) =>
    `/${locale}/search/${format === 'atom' ? 'feed.atom' : `export.${format}`}${queryString(query)}`,
  /** The outcome map: published evidence by process stage and target group (or topic, or funding instrument). */
  map: (locale: Locale, query?: Query) => `/${locale}/map${queryString(query)}`,
  /** The outcome map's table as CSV, for the same parameters: /fa/map.csv?by=topic&province=3 */
  mapCsv: (locale: Locale, query?: Query) => `/${locale}/map.csv${queryString(query)}`,
  /** The members' resource exchange: offers and needs, filtered (`?direction=need&province=3`). */
  exchange: (locale: Locale, query?: Query) => `/${locale}/exchange${queryString(query)}`,
  exchangeItem: (locale: Locale, id: number | string, query?: Query) => `/${locale}/exchange/${id}${queryString(query)}`,
  exchangeAnswer: (locale: Locale, id: number | string) => `/${locale}/exchange/${id}/answer`,
  exchangeRenew: (locale: Locale, id: number | string) => `/${locale}/exchange/${id}/renew`,
  signIn: (locale: Locale, next?: string) => `/${locale}/sign-in${queryString({ next })}`,
  /** Every published record of one kind, sorted and paged: /fa/case-studies?sort=title&page=2 */
  collection: (locale: Locale, collection: DocumentCollection, query?: Query) => `/${locale}/${collection}${queryString(query)}`,
  document: (locale: Locale, collection: DocumentCollection, id: number | string) => `/${locale}/${collection}/${id}`,
  /** The locale-free permanent link that search documents carry (`/lessons/12`); it redirects to a language. */
  permalink: (collection: DocumentCollection, id: number | string) => `/${collection}/${id}`,
  /** One published edition (a Payload version) of a document, as it was published. */
  edition: (locale: Locale, collection: DocumentCollection, id: number | string, versionId: number | string) =>
    `/${locale}/${collection}/${id}/editions/${versionId}`,
  /** The locale-free permanent link pinned to one edition, for citations (`/lessons/12/editions/40`). */
  editionPermalink: (collection: DocumentCollection, id: number | string, versionId: number | string) =>
    `/${collection}/${id}/editions/${versionId}`,
  /** The citation of one published edition as a file for reference managers: BibTeX, RIS or CSL-JSON. */
  citation: (locale: Locale, collection: DocumentCollection, id: number | string, format: 'bib' | 'ris' | 'json', edition?: number | string) =>
    `/${locale}/${collection}/${id}/cite.${format}${queryString({ edition })}`,
  /** The difference between two editions of a document. */
  compareEditions: (locale: Locale, collection: DocumentCollection, id: number | string, from?: number | string, to?: number | string) =>
    `/${locale}/${collection}/${id}/editions/compare${queryString({ from, to })}`,
  signOut: (locale: Locale) => `/${locale}/sign-out`,
  /** Where an NGO editor's "we applied this lesson" form posts. */
  lessonApplied: (locale: Locale, id: number | string) => `/${locale}/lessons/${id}/applied`,
  /** A member's notice settings and subscriptions; `done` names what was just changed. */
  notices: (locale: Locale, done?: 'added' | 'saved' | 'removed') => `/${locale}/notices${queryString({ done })}`,
  /** The notices page asking the member to confirm following a search (`organization=3`), named by `label`. */
  follow: (locale: Locale, follow: Query, label: string) => `/${locale}/notices${queryString({ follow: queryString(follow).slice(1), label })}`,
  noticeSubscriptions: (locale: Locale) => `/${locale}/notices/subscriptions`,
  noticeSettings: (locale: Locale) => `/${locale}/notices/settings`,
  /** A curriculum edition as a file: the current published edition, or the published version `version`. */
  curriculumDownload: (locale: Locale, id: number | string, format: 'pdf' | 'docx' | 'zip', version?: number | string | null) =>
    `/${locale}/curricula/${id}/download/${format}${queryString({ version })}`,
  /** A case study, lesson or best practice as a Word file: the current published edition, or the edition `edition`. */
  recordDownload: (locale: Locale, collection: DocumentCollection, id: number | string, edition?: number | string | null) =>
    `/${locale}/${collection}/${id}/download.docx${queryString({ edition })}`,
}
