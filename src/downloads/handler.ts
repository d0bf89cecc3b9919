import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { locales, type Locale } from '../i18n/locales'
import { requestOrigin } from '../security/origins'
import { paths } from '../site/paths'
import { pick } from '../site/text'
import { downloads } from '../site/text/downloads'
import { downloadCache, sizeKey } from './cache'
import { renderCurriculumDocx } from './docx'
import { recordDownload } from './events'
import { renderCurriculumPdf } from './pdf'
import {
  contentDisposition,
  contentTypes,
  downloadFilename,
  isDownloadFormat,
  isDownloadRefusal,
  loadSheet,
  type Access,
  type CurriculumSheet,
} from './sheet'
import { printed } from './words'
import { zipStream, type ZipEntry } from './zip'

export type DownloadRequest = {
  payload: Payload
  access: Access
  locale: string
  id: string
  format: string
  url: URL
  /** The request's headers, for the address the reader used (Host, X-Forwarded-Host/Proto behind a proxy). */
  headers?: Headers
  /** HEAD: the same answer without the body, and not counted. */
  head?: boolean
}

const isLocale = (value: string): value is Locale => (locales as readonly string[]).includes(value)

const refusal = (status: number, message: string) =>
  new Response(`${message}\n`, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } })

export const permalinkOf = (sheet: Pick<CurriculumSheet, 'id' | 'versionId'>, origin: string): string =>
  `${origin}${paths.permalink('curricula', sheet.id)}${sheet.versionId == null ? '' : `?version=${sheet.versionId}`}`

const cacheKey = (sheet: CurriculumSheet, format: 'pdf' | 'docx', origin: string) =>
  `${sizeKey(sheet.id, sheet.revision, sheet.locale, format)}|${origin}`

/** The PDF or DOCX of an edition, rendered once per revision and language. */
export const renderedFile = (sheet: CurriculumSheet, format: 'pdf' | 'docx', origin: string) =>
  downloadCache.get(cacheKey(sheet, format, origin), () =>
    format === 'pdf' ? renderCurriculumPdf(sheet, permalinkOf(sheet, origin)) : renderCurriculumDocx(sheet, permalinkOf(sheet, origin)),
    sizeKey(sheet.id, sheet.revision, sheet.locale, format),
  )

const mediaDir = (payload: Payload): string => {
  const upload = payload.collections.media.config.upload
  return typeof upload === 'object' && upload.staticDir ? path.resolve(upload.staticDir) : path.resolve('media')
}

const readme = (sheet: CurriculumSheet, origin: string, files: { name: string; what: string }[]): Uint8Array => {
  const p = printed(sheet, permalinkOf(sheet, origin))
  const { t } = p
  const lines = [
    t.publisher,
    '',
    t.readmeIntro,
    '',
    p.title,
    `${t.code}: ${p.code}`,
    `${t.edition}: ${p.edition}`,
    `${t.editionDate}: ${p.date}`,
    `${t.permalink}: ${p.permalink}`,
    `${t.licence}: ${p.licence}`,
    ...(sheet.retired ? ['', t.retired] : []),
    '',
    t.readmeFiles,
    ...files.map((file) => `- ${file.name}: ${file.what}`),
    '',
    t.readmeLicence,
    '',
  ]
  // A byte-order mark and CRLF, so that Notepad shows the Persian and the lines as they are.
  return new TextEncoder().encode(`\ufeff${lines.join('\r\n')}`)
}

const fileStream = (file: string) =>
  async function* () {
    for await (const chunk of createReadStream(file, { highWaterMark: 256 * 1024 })) yield new Uint8Array(chunk as Buffer)
  }

/**
 * Answers `/{locale}/curricula/{id}/download/{format}[?version=]`: the curriculum edition as PDF, DOCX or a
 * ZIP of both with its attachments, read under the reader's access, and counted per edition.
 */
export const handleDownload = async ({ payload, access, locale, id, format, url, headers: requestHeaders, head = false }: DownloadRequest): Promise<Response> => {
  if (!isLocale(locale)) return refusal(404, `${downloads.notFound.en}`)
  const t = pick(downloads, locale)
  if (!isDownloadFormat(format)) return refusal(400, t.badFormat)
  const started = performance.now()
  let sheet: CurriculumSheet
  try {
    sheet = await loadSheet(payload, { id, locale, versionId: url.searchParams.get('version'), access }, t)
  } catch (error) {
    if (isDownloadRefusal(error)) return refusal(error.status, error.message)
    throw error
  }
  const origin = requestOrigin(url, requestHeaders)
  const filename = downloadFilename(sheet, format)
  const headers = new Headers({
    'Content-Type': contentTypes[format],
    'Content-Disposition': contentDisposition(filename),
    // Members-only editions depend on who asks: never in a shared cache.
    'Cache-Control': 'private, no-cache',
  })

  if (format === 'pdf' || format === 'docx') {
    const { body, cached } = await renderedFile(sheet, format, origin)
    headers.set('Content-Length', String(body.length))
    headers.set('Server-Timing', `${cached ? 'cache' : 'render'};dur=${(performance.now() - started).toFixed(1)}`)
    if (head) return new Response(null, { status: 200, headers })
    await recordDownload(payload, sheet, format, access.user?.id)
    return new Response(new Uint8Array(body), { status: 200, headers })
  }

  // ZIP: both documents, then the attachments straight from the upload folder, streamed.
  const [pdf, docx] = await Promise.all([renderedFile(sheet, 'pdf', origin), renderedFile(sheet, 'docx', origin)])
  const dir = mediaDir(payload)
  const attachments: { name: string; file: string; mtime: Date }[] = []
  for (const attachment of sheet.attachments) {
    const file = path.join(dir, path.basename(attachment.filename))
    const info = await stat(file).catch(() => null)
    if (info?.isFile()) attachments.push({ name: `attachments/${path.basename(attachment.filename)}`, file, mtime: info.mtime })
  }
  const pdfName = downloadFilename(sheet, 'pdf')
  const docxName = downloadFilename(sheet, 'docx')
  const entries: ZipEntry[] = [
    {
      name: 'README.txt',
      compress: true,
      data: readme(sheet, origin, [
        { name: pdfName, what: t.readmePdf },
        { name: docxName, what: t.readmeDocx },
        ...attachments.map((file) => ({ name: file.name, what: t.readmeAttachment })),
      ]),
    },
    { name: pdfName, compress: false, data: new Uint8Array(pdf.body) },
    { name: docxName, compress: false, data: new Uint8Array(docx.body) },
    ...attachments.map((file): ZipEntry => ({ name: file.name, compress: !/\.(pdf|docx|xlsx|pptx|zip|png|jpe?g|webp|mp3|mp4)$/i.test(file.name), data: fileStream(file.file), mtime: file.mtime })),
  ]
  headers.set('Server-Timing', `prepare;dur=${(performance.now() - started).toFixed(1)}`)
  if (head) return new Response(null, { status: 200, headers })
  await recordDownload(payload, sheet, 'zip', access.user?.id)
  return new Response(zipStream(entries), { status: 200, headers })
}
