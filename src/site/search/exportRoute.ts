import { isLocale } from '../locale'
import { readerOf, sitePayload } from '../payload'
import { exportResponse, type ExportFormat } from './exports'

/**
 * The Next route handler of one export format, under /{locale}/search/. The reader is whoever Payload's
 * cookie (or Authorization header) says, exactly as the search API decides.
 */
export const exportRoute =
  (format: ExportFormat) =>
  async (request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> => {
    const { locale } = await params
    if (!isLocale(locale)) return new Response('Not found', { status: 404 })
    const payload = await sitePayload()
    return exportResponse({ url: new URL(request.url), locale, format, payload, user: await readerOf(payload, request.headers) })
  }
