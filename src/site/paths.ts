import type { Locale } from './locale'

/** The collections that have a page of their own on the public site, as their URL segment. */
export const documentCollections = ['case-studies', 'lessons', 'best-practices', 'curricula', 'organizations', 'provinces'] as const
export type DocumentCollection = (typeof documentCollections)[number]

export const isDocumentCollection = (value: unknown): value is DocumentCollection =>
  typeof value === 'string' && (documentCollections as readonly string[]).includes(value)

type Query = Record<string, string | number | undefined | null | (string | number)[]>

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
  signIn: (locale: Locale, next?: string) => `/${locale}/sign-in${queryString({ next })}`,
  document: (locale: Locale, collection: DocumentCollection, id: number | string) => `/${locale}/${collection}/${id}`,
  /** The locale-free permanent link that search documents carry (`/lessons/12`); it redirects to a language. */
  permalink: (collection: DocumentCollection, id: number | string) => `/${collection}/${id}`,
  /** A curriculum edition as a file: the current published edition, or the published version `version`. */
  curriculumDownload: (locale: Locale, id: number | string, format: 'pdf' | 'docx' | 'zip', version?: number | string | null) =>
    `/${locale}/curricula/${id}/download/${format}${queryString({ version })}`,
}
