import type { Payload } from 'payload'

import { isLocale } from '../site/locale'
import { pick } from '../site/text'
import { downloads } from '../site/text/downloads'
import { requestOrigin } from '../security/origins'
import { renderRecordDocx } from './recordDocx'
import { isRecordCollection, loadRecordSheet, recordFilename } from './recordSheet'
import { contentDisposition, contentTypes, isDownloadRefusal, type Access } from './sheet'

export type RecordDownloadRequest = {
  payload: Payload
  access: Access
  locale: string
  collection: string
  id: string
  url: URL
  headers?: Headers
  /** HEAD: the same answer without the body. */
  head?: boolean
}

const refusal = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  })

/**
 * Answers `/{locale}/{collection}/{id}/download.docx[?edition=]`: a case study, lesson or best practice as a
 * Word file, the edition the page shows (the current published one, or the one `edition` pins), read under the
 * reader's access as the page is. What cannot be given is a 4xx that says why, in the page's language.
 */
export const handleRecordDownload = async ({ payload, access, locale, collection, id, url, headers: requestHeaders, head = false }: RecordDownloadRequest): Promise<Response> => {
  if (!isLocale(locale)) return refusal(404, downloads.recordNotFound.en)
  const t = pick(downloads, locale)
  if (!isRecordCollection(collection)) return refusal(404, t.recordNotOffered)
  const editions = url.searchParams.getAll('edition')
  if (editions.length > 1) return refusal(400, t.recordTwoEditions)
  const started = performance.now()
  let sheet
  try {
    sheet = await loadRecordSheet(payload, { collection, id, edition: editions[0] ?? null, locale, access }, { badEdition: t.recordBadEdition, notFound: t.recordNotFound })
  } catch (error) {
    if (isDownloadRefusal(error)) return refusal(error.status, error.message)
    throw error
  }
  const body = await renderRecordDocx(sheet, requestOrigin(url, requestHeaders))
  const filename = recordFilename(sheet)
  const headers = new Headers({
    'Content-Type': contentTypes.docx,
    'Content-Disposition': contentDisposition(filename.name, filename.ascii),
    'Content-Length': String(body.length),
    'X-Content-Type-Options': 'nosniff',
    // Members-only records depend on who asks: never in a shared cache.
    'Cache-Control': 'private, no-cache',
    'Server-Timing': `render;dur=${(performance.now() - started).toFixed(1)}`,
  })
  return new Response(head ? null : new Uint8Array(body), { status: 200, headers })
}
