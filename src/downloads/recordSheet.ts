import type { Payload } from 'payload'

import type { Locale } from '../i18n/locales'
import type { DocByCollection } from '../site/documents/load'
import { isEditionMiss, publishedEdition, type PublishedEdition } from '../site/documents/publishedEdition'
import { fileNamePart, DownloadRefusal, type Access } from './sheet'

/** The knowledge records downloaded one at a time as a Word file; curricula have their own files (sheet.ts). */
export const recordCollections = ['case-studies', 'lessons', 'best-practices'] as const
export type RecordCollection = (typeof recordCollections)[number]
export const isRecordCollection = (value: unknown): value is RecordCollection =>
  typeof value === 'string' && (recordCollections as readonly string[]).includes(value)

/** One published edition of a case study, lesson or best practice, in one language, as its Word file prints it. */
export type RecordSheet<C extends RecordCollection = RecordCollection> = {
  collection: C
  locale: Locale
  /** Whether the page asked for this edition by its version id (`?edition=`), rather than the current one. */
  pinned: boolean
} & PublishedEdition<C> & { data: DocByCollection[C] }

/**
 * Reads the record as the reader may see it on its page: the current published edition, or the published
 * version `edition` names. Drafts, members-only records (for visitors) and versions of other records are not
 * found; an edition that cannot be an id is a bad request.
 */
export const loadRecordSheet = async <C extends RecordCollection>(
  payload: Payload,
  { collection, id, edition, locale, access }: { collection: C; id: string; edition: string | null; locale: Locale; access: Access },
  messages: { badEdition: string; notFound: string },
): Promise<RecordSheet<C>> => {
  const found = await publishedEdition(payload, { collection, id, edition, locale, access })
  if (isEditionMiss(found)) throw new DownloadRefusal(found.status, found.status === 400 ? messages.badEdition : messages.notFound)
  return { ...found, collection, locale, pinned: edition != null }
}

/** `کارگاه قالی‌بافی (v3).docx`, and the same in ASCII for clients that cannot read it: `hamafza-case-studies-12-v3-fa.docx`. */
export const recordFilename = (sheet: Pick<RecordSheet, 'collection' | 'key' | 'number' | 'locale' | 'data'>) => ({
  name: `${fileNamePart(sheet.data.title ?? '') || sheet.collection} (v${sheet.number}).docx`,
  ascii: `hamafza-${sheet.collection}-${String(sheet.key).replace(/[^A-Za-z0-9]+/g, '-')}-v${sheet.number}-${sheet.locale}.docx`,
})
