import type { Payload } from 'payload'

import { idFrom, parseId, sameId, type DocId } from '../api/ids'
import { codeOf, CodedError } from '../errors'
import { locales, type Locale } from '../i18n/locales'
import type { Curriculum, Media, User } from '../payload-types'

/** The three files a curriculum can be downloaded as. */
export const downloadFormats = ['pdf', 'docx', 'zip'] as const
export type DownloadFormat = (typeof downloadFormats)[number]
export const isDownloadFormat = (value: unknown): value is DownloadFormat =>
  typeof value === 'string' && (downloadFormats as readonly string[]).includes(value)

export const contentTypes: Record<DownloadFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  zip: 'application/zip',
}

/** A file the curriculum links to (an upload in Media), readable by the reader. */
export type AttachmentFile = {
  id: DocId
  filename: string
  title: string | null
  mimeType: string | null
  filesize: number | null
}

/**
 * One edition of a curriculum, in one language, as the downloads print it: everything the PDF, the DOCX and
 * the ZIP need, read once under the reader's access.
 */
export type CurriculumSheet = {
  locale: Locale
  id: DocId
  /** The published version asked for with `?version=`, or null for the current published edition. */
  versionId: DocId | null
  code: string
  edition: string
  title: string
  retired: boolean
  licence: Curriculum['licence']
  /** The edition as stored, its relationships populated as the reader may read them: what the PDF and DOCX print. */
  doc: Curriculum
  /** When this edition (or the pinned version of it) was published: the version's own time stamp. */
  date: string
  /** What the cache keys on: changes whenever the content does. */
  revision: string
  attachments: AttachmentFile[]
}

/** The cache's name for the content of the current edition: it changes with every publish. */
export const currentRevision = (doc: Pick<Curriculum, 'updatedAt'>) => `doc-${doc.updatedAt}`
/** A stored version never changes: its id names its content. */
export const versionRevision = (versionId: number | string) => `version-${versionId}`

export type Access = { overrideAccess: false; user: User | null }

/** A download refused for the reader's request (a bad version, not found), told apart by its code. */
export class DownloadRefusal extends CodedError {
  readonly code = 'download_refused'

  constructor(
    readonly status: 400 | 404,
    message: string,
  ) {
    super(message)
  }
}

export const isDownloadRefusal = (error: unknown): error is DownloadRefusal => codeOf(error) === 'download_refused'

/**
 * Not there, or not for this reader (Payload refuses a version outside the reader's access): both are 404.
 * Told by status, since Payload's error classes lose their names in the production build.
 */
const isNotFound = (error: unknown) => typeof error === 'object' && error !== null && [403, 404].includes((error as { status?: number }).status ?? 0)

/**
 * Reads the curriculum `id` as the reader may see it: the current published edition, or the published version
 * `versionId` of it. Drafts, members-only records (for visitors) and versions of other documents are not found.
 */
export const loadSheet = async (
  payload: Payload,
  { id, locale, versionId, access }: { id: string; locale: Locale; versionId: string | null; access: Access },
  messages: { badVersion: string; notFound: string },
): Promise<CurriculumSheet> => {
  // Ids of the database's kind only: anything else names no curriculum, and is never handed to the database.
  const versionKey = versionId == null ? null : parseId(payload, 'curricula', versionId)
  if (versionId != null && versionKey === null) throw new DownloadRefusal(400, messages.badVersion)
  const key = parseId(payload, 'curricula', id)
  if (key === null) throw new DownloadRefusal(404, messages.notFound)
  const notFound = () => new DownloadRefusal(404, messages.notFound)
  // As on the page: what is not translated yet is printed in the other language.
  const fallbackLocale = locales.find((other) => other !== locale)!

  let doc: Curriculum
  let date: string
  let revision: string
  try {
    if (versionId == null) {
      doc = await payload.findByID({ collection: 'curricula', id: key, locale, fallbackLocale, depth: 1, draft: false, ...access })
      if (doc._status !== 'published') throw notFound()
      date = doc.updatedAt
      revision = currentRevision(doc)
    } else {
      const version = await payload.findVersionByID({ collection: 'curricula', id: String(versionKey), locale, fallbackLocale, depth: 1, ...access })
      if (!sameId(version.parent, key) || version.version._status !== 'published') throw notFound()
      doc = version.version
      date = version.updatedAt
      revision = versionRevision(version.id)
    }
  } catch (error) {
    if (isDownloadRefusal(error)) throw error
    if (isNotFound(error)) throw notFound()
    throw error
  }

  const fileIds = [idFrom(doc.trainerGuide), idFrom(doc.learnerWorkbook), ...(doc.attachments ?? []).map(idFrom)].filter(
    (value, index, all): value is DocId => value != null && all.indexOf(value) === index,
  )
  const media = fileIds.length
    ? (
        await payload.find({
          collection: 'media',
          where: { id: { in: fileIds } },
          locale,
          depth: 0,
          limit: fileIds.length,
          pagination: false,
          ...access,
        })
      ).docs
    : []
  const byId = new Map(media.map((file: Media) => [String(file.id), file]))
  const attachments = fileIds
    .map((fileId) => byId.get(String(fileId)))
    .filter((file): file is Media => file != null && typeof file.filename === 'string' && file.filename !== '')
    .map((file) => ({
      id: file.id,
      filename: file.filename!,
      title: file.title ?? null,
      mimeType: file.mimeType ?? null,
      filesize: file.filesize ?? null,
    }))

  return {
    locale,
    id: key,
    versionId: versionKey,
    code: doc.code,
    edition: doc.edition,
    title: doc.title ?? '',
    retired: doc.workflowState === 'retired',
    licence: doc.licence,
    doc,
    date,
    revision,
    attachments,
  }
}

/** `SOFT-01-2.0-fa.pdf`; a pinned older version adds its id: `SOFT-01-2.0-v42-fa.pdf`. */
export const downloadFilename = (sheet: Pick<CurriculumSheet, 'code' | 'edition' | 'versionId' | 'locale'>, format: DownloadFormat): string =>
  `${sheet.code}-${sheet.edition}${sheet.versionId == null ? '' : `-v${sheet.versionId}`}-${sheet.locale}.${format}`

/**
 * A Content-Disposition header that every browser reads: an ASCII name (`fallback`, or the name with every
 * other character replaced), and the exact one per RFC 5987.
 */
export const contentDisposition = (filename: string, fallback = filename): string => {
  const ascii = fallback.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(filename).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/** A title as part of a file name: without the characters no file system takes in a name, nor runs of space. */
export const fileNamePart = (text: string) =>
  text
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim()
