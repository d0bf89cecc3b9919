import type { Payload } from 'payload'

import type { Citation } from '../../citations/citation'
import { codeOf, CodedError } from '../../errors'
import type { User } from '../../payload-types'
import { abstractOf, nameOf, refsOf } from '../documents/fields'
import { fill, typeLabel } from '../documents/format'
import { isKnowledgeCollection, type DocByCollection, type KnowledgeDoc } from '../documents/load'
import { isEditionMiss, publishedEdition } from '../documents/publishedEdition'
import { fileNamePart } from '../../downloads/sheet'
import type { Locale } from '../locale'
import { paths } from '../paths'
import { common } from '../text/common'
import { citations } from '../text/citations'
import { textLanguage } from '../components/TextLanguage'

/** A citation refused for the reader's request (a bad version id, nothing to cite), told apart by its code. */
export class CitationRefusal extends CodedError {
  readonly code = 'citation_refused'

  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message)
  }
}

export const isCitationRefusal = (error: unknown): error is CitationRefusal => codeOf(error) === 'citation_refused'

const tehranDate = (value: string | Date): string =>
  // en-CA writes dates as ISO does: 2024-05-17.
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tehran', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(value))

/** The year of a date on the Jalali calendar, in the reader's digits. */
const jalaliYear = (value: string, locale: Locale): string =>
  new Intl.DateTimeFormat(`${locale === 'fa' ? 'fa-IR' : 'en-GB'}-u-ca-persian`, { year: 'numeric', timeZone: 'Asia/Tehran' })
    .formatToParts(new Date(value))
    .find((part) => part.type === 'year')!.value

export type CitedEdition = {
  citation: Citation
  /** The file's name, without its extension: the title and the edition, as the reader would file it. */
  name: string
  /** The same in ASCII, for clients that cannot read the UTF-8 name. */
  asciiName: string
}

/**
 * One published edition of a knowledge document as the reader may read it, ready to cite: the edition `edition`
 * names (a version id from the page), or the current one without it. Drafts, members-only documents for a
 * visitor, unknown ids and versions of other documents are all "not found"; an edition that cannot be an id is
 * a bad request.
 */
export const citedEdition = async (
  payload: Payload,
  {
    collection,
    id,
    edition,
    locale,
    access,
    origin,
    now = new Date(),
  }: { collection: string; id: string; edition: string | null; locale: Locale; access: { overrideAccess: false; user: User | null }; origin: string; now?: Date },
): Promise<CitedEdition> => {
  const t = { notFound: citations.notFound[locale], badEdition: citations.badEdition[locale] }
  if (!isKnowledgeCollection(collection)) throw new CitationRefusal(404, `${t.notFound} ${citations.notCitable[locale]}`)
  const found = await publishedEdition(payload, { collection, id, edition, locale, access })
  if (isEditionMiss(found)) throw new CitationRefusal(found.status, found.status === 400 ? t.badEdition : t.notFound)
  const { key, versionId, number, publishedAt } = found
  const data = found.data as KnowledgeDoc
  const title = data.title ?? ''
  const curriculum = collection === 'curricula' ? (data as DocByCollection['curricula']) : null
  const citation: Citation = {
    key: `hamafza-${collection}-${String(key).replace(/[^A-Za-z0-9]+/g, '-')}-v${number}`,
    kind: curriculum ? 'curriculum' : 'report',
    genre: typeLabel(collection, locale),
    title,
    author: nameOf(data.organization) || common.siteName[locale],
    publisher: common.siteName[locale],
    issued: tehranDate(publishedAt),
    ...(curriculum ? { edition: curriculum.edition, number: curriculum.code } : { version: String(number) }),
    url: origin + paths.editionPermalink(collection, key, versionId),
    language: textLanguage(title, locale).lang ?? locale,
    abstract: abstractOf(collection, data) || undefined,
    keywords: refsOf(data.topics).map((topic) => topic.name).filter(Boolean),
    note: fill(citations.jalaliYear[locale], { year: jalaliYear(publishedAt, locale) }),
    accessed: tehranDate(now),
  }
  const editionPart = curriculum ? `${curriculum.code}-${curriculum.edition}` : `v${number}`
  return {
    citation,
    name: `${fileNamePart(title) || collection} (${editionPart})`,
    asciiName: `hamafza-${collection}-${String(key).replace(/[^A-Za-z0-9]+/g, '-')}-${editionPart.replace(/[^A-Za-z0-9.-]+/g, '-')}`,
  }
}
