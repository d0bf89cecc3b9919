import { isLocale } from '@/site/locale'
import { mapCsvResponse } from '@/site/map/csv'
import { readerOf, sitePayload } from '@/site/payload'

/**
 * The outcome map's table as CSV: /fa/map.csv?by=topic&province=3. The reader is whoever Payload's cookie
 * (or Authorization header) says, so the counts are those the same reader sees on the map.
 */
export const GET = async (request: Request, { params }: { params: Promise<{ locale: string }> }): Promise<Response> => {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const payload = await sitePayload()
  return mapCsvResponse({ url: new URL(request.url), locale, payload, user: await readerOf(payload, request.headers) })
}

export const dynamic = 'force-dynamic'
