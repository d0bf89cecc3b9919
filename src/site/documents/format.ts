import { headers } from 'next/headers'

import { labels, type LabelKey } from '../../i18n/labels'
import type { Locale } from '../locale'
import type { DocumentCollection } from '../paths'

const singular: Record<DocumentCollection, LabelKey> = {
  'case-studies': 'caseStudy',
  lessons: 'lesson',
  'best-practices': 'bestPractice',
  curricula: 'curriculum',
  organizations: 'organization',
  provinces: 'province',
}

/** "Case study", "Lesson learned", … in the page's language. */
export const typeLabel = (collection: DocumentCollection, locale: Locale): string => labels[singular[collection]][locale]

/** The year of a date in the reader's calendar (Jalali with Persian digits for fa). */
export const yearOf = (value: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', { year: 'numeric', timeZone: 'Asia/Tehran' }).format(new Date(value))

/** Replaces `{name}` placeholders in a sentence. */
export const fill = (sentence: string, values: Record<string, string>): string =>
  sentence.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

/** This site's own origin as the reader reached it, for absolute permanent links in citations. */
export const siteOrigin = async (): Promise<string> => {
  const configured = process.env.SERVER_URL?.replace(/\/$/, '')
  if (configured) return configured
  const requestHeaders = await headers()
  const host = requestHeaders.get('x-forwarded-host') ?? requestHeaders.get('host') ?? 'localhost:3000'
  const proto = requestHeaders.get('x-forwarded-proto') ?? 'http'
  return `${proto}://${host}`
}
