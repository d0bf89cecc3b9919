import type { Organization, Province } from '../../payload-types'
import { textLanguage } from '../components/TextLanguage'
import type { Locale } from '../locale'
import { paths } from '../paths'
import { common } from '../text/common'
import { abstractOf, licenceLinks, nameOf, refsOf } from './fields'
import { typeLabel } from './format'
import type { DocByCollection, Edition, KnowledgeCollection, KnowledgeDoc } from './load'

/**
 * schema.org data of the public pages, as JSON-LD for search engines: a Course for a curriculum, a Report for
 * case studies, lessons learned and best practices, an Organization for a member NGO, an AdministrativeArea for
 * a province. Only what the page itself shows a visitor.
 */
export type JsonLd = Record<string, unknown>

/** Drops empty values, so no property says "nothing". */
const compact = (data: JsonLd): JsonLd =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value != null && value !== '' && !(Array.isArray(value) && value.length === 0)))

/** An ISO 8601 duration in hours: PT60H. */
const hours = (value: number) => `PT${value}H`

const publisher = (locale: Locale, origin: string): JsonLd => ({ '@type': 'Organization', name: common.siteName[locale], url: `${origin}${paths.home(locale)}` })

const ngo = (organization: unknown, origin: string): JsonLd | undefined => {
  const [ref] = refsOf(organization)
  return ref && ref.name ? { '@type': 'Organization', name: ref.name, url: `${origin}${paths.permalink('organizations', ref.id)}` } : undefined
}

/**
 * A knowledge document in the edition shown: dated by its first publication and by this edition, at the
 * permanent link of what is shown (the link that always opens the latest, or the one pinned to an earlier edition).
 */
export const knowledgeJsonLd = <C extends KnowledgeCollection>({
  collection,
  id,
  doc,
  editions,
  shown,
  locale,
  origin,
}: {
  collection: C
  id: number | string
  doc: DocByCollection[C]
  editions: Edition<C>[]
  shown: Edition<C> | undefined
  locale: Locale
  origin: string
}): JsonLd => {
  const data = doc as KnowledgeDoc
  const title = data.title ?? ''
  const author = ngo(data.organization, origin)
  const latest = !shown || shown.latest
  const curriculum = collection === 'curricula' ? (doc as DocByCollection['curricula']) : null
  const shared = compact({
    '@context': 'https://schema.org',
    '@type': curriculum ? 'Course' : 'Report',
    name: title,
    description: abstractOf(collection, data),
    url: `${origin}${latest ? paths.permalink(collection, id) : paths.editionPermalink(collection, id, shown.id)}`,
    mainEntityOfPage: `${origin}${latest ? paths.document(locale, collection, id) : paths.edition(locale, collection, id, shown.id)}`,
    inLanguage: textLanguage(title, locale).lang ?? locale,
    datePublished: editions.at(-1)?.publishedAt,
    dateModified: shown?.publishedAt ?? data.updatedAt,
    version: curriculum ? curriculum.edition : shown ? String(shown.number) : undefined,
    genre: typeLabel(collection, locale),
    author,
    publisher: publisher(locale, origin),
    license: licenceLinks[data.licence],
    keywords: refsOf(data.topics)
      .map((topic) => topic.name)
      .filter(Boolean)
      .join(', '),
    spatialCoverage: refsOf(data.provinces)
      .filter((province) => province.name)
      .map((province) => ({ '@type': 'AdministrativeArea', name: province.name })),
    isAccessibleForFree: true,
  })
  if (!curriculum) return { ...shared, headline: title.slice(0, 110) }
  const total = (curriculum.hoursTheory ?? 0) + (curriculum.hoursPractice ?? 0)
  return compact({
    ...shared,
    courseCode: curriculum.code,
    provider: author,
    timeRequired: total > 0 ? hours(total) : undefined,
    coursePrerequisites: curriculum.entryRequirements,
    educationalCredentialAwarded: curriculum.certification,
    accessibilitySummary: curriculum.accessibility,
    syllabusSections: (curriculum.modules ?? [])
      .filter((module) => module.title)
      .map((module) => compact({ '@type': 'Syllabus', name: module.title, timeRequired: module.hours ? hours(module.hours) : undefined })),
    // The workload is all the curriculum says of how it is run; when and where is each NGO's own.
    hasCourseInstance: total > 0 ? { '@type': 'CourseInstance', courseWorkload: hours(total) } : undefined,
  })
}

/** Only addresses a browser may follow: a website field holding anything else is left out. */
const webAddress = (value: string | null | undefined) => (value && /^https?:\/\//i.test(value) ? value : undefined)

export const organizationJsonLd = (organization: Organization, locale: Locale, origin: string): JsonLd =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: organization.name,
    description: organization.description,
    url: `${origin}${paths.permalink('organizations', organization.id)}`,
    mainEntityOfPage: `${origin}${paths.document(locale, 'organizations', organization.id)}`,
    address: compact({
      '@type': 'PostalAddress',
      streetAddress: organization.contact?.address,
      addressLocality: organization.city,
      addressRegion: nameOf(organization.province),
      addressCountry: 'IR',
    }),
    email: organization.contact?.email,
    telephone: organization.contact?.phone,
    sameAs: webAddress(organization.website),
    knowsAbout: refsOf(organization.fieldsOfActivity)
      .map((topic) => topic.name)
      .filter(Boolean),
    memberOf: publisher(locale, origin),
  })

export const provinceJsonLd = (province: Province, locale: Locale, origin: string): JsonLd =>
  compact({
    '@context': 'https://schema.org',
    '@type': 'AdministrativeArea',
    name: province.name,
    url: `${origin}${paths.permalink('provinces', province.id)}`,
    mainEntityOfPage: `${origin}${paths.document(locale, 'provinces', province.id)}`,
    containedInPlace: { '@type': 'Country', name: locale === 'fa' ? 'ایران' : 'Iran', identifier: 'IR' },
  })

/**
 * The JSON of a script element: `<`, `>` and `&` as JSON escapes, so that no title holding `</script>` or
 * `<!--` can end the element or change how the HTML around it is read. JSON reads the escapes back as the same text.
 */
export const jsonLdText = (data: JsonLd): string =>
  JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`)
