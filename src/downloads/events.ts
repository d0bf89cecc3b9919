import type { Payload } from 'payload'

import type { DocId } from '../api/ids'
import type { Locale } from '../i18n/locales'
import type { Curriculum, User } from '../payload-types'
import type { CurriculumSheet, DownloadFormat } from './sheet'

/**
 * Counts one download: a new row, never an update, so concurrent downloads are all counted. The server
 * writes it on the reader's behalf (the collection refuses every create through the API).
 */
export const recordDownload = async (payload: Payload, sheet: CurriculumSheet, format: DownloadFormat, reader?: DocId | null): Promise<void> => {
  await payload.create({
    collection: 'download-events',
    data: {
      // The generated types name the default (numeric) ids; the database's own kind is stored as it is.
      curriculum: sheet.id as Curriculum['id'],
      code: sheet.code,
      edition: sheet.edition,
      version: sheet.versionId == null ? null : String(sheet.versionId),
      format,
      locale: sheet.locale as Locale,
      reader: (reader ?? null) as User['id'] | null,
    },
    depth: 0,
    overrideAccess: true,
  })
}

/**
 * How many times an edition of a curriculum has been downloaded, in any format and language. A figure shown
 * to every reader, so it is counted without the reader's access (the rows themselves stay private).
 */
export const downloadCount = async (payload: Payload, curriculum: DocId, edition: string): Promise<number> =>
  (
    await payload.count({
      collection: 'download-events',
      where: { and: [{ curriculum: { equals: curriculum } }, { edition: { equals: edition } }] },
      overrideAccess: true,
    })
  ).totalDocs
