import type { Payload } from 'payload'

import { citationFiles, isCitationFormat } from '../../citations/formats'
import { contentDisposition } from '../../downloads/sheet'
import type { User } from '../../payload-types'
import { requestOrigin } from '../../security/origins'
import { isLocale } from '../locale'
import { readerAccess, sitePayload } from '../payload'
import { citations } from '../text/citations'
import { citedEdition, isCitationRefusal } from './edition'

export type CitationRequest = {
  payload: Payload
  access: { overrideAccess: false; user: User | null }
  locale: string
  collection: string
  id: string
  format: string
  url: URL
  headers?: Headers
  now?: Date
}

const refusal = (status: number, message: string) =>
  new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' },
  })

/**
 * Answers `/{locale}/{collection}/{id}/cite.{bib|ris|json}[?edition=]`: the citation of one published edition
 * (the page's pinned one) as a file, read under the reader's access. What cannot be cited is a 4xx with words.
 */
export const citationResponse = async ({ payload, access, locale, collection, id, format, url, headers, now }: CitationRequest): Promise<Response> => {
  if (!isLocale(locale)) return refusal(404, citations.notFound.en)
  if (!isCitationFormat(format)) return refusal(404, citations.notFound[locale])
  const editions = url.searchParams.getAll('edition')
  if (editions.length > 1) return refusal(400, citations.badEdition[locale])
  let cited
  try {
    cited = await citedEdition(payload, { collection, id, edition: editions[0] ?? null, locale, access, origin: requestOrigin(url, headers), now })
  } catch (error) {
    if (isCitationRefusal(error)) return refusal(error.status, error.message)
    throw error
  }
  const file = citationFiles[format]
  return new Response(file.write(cited.citation), {
    status: 200,
    headers: {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(`${cited.name}.${format}`, `${cited.asciiName}.${format}`),
      'X-Content-Type-Options': 'nosniff',
      // Members-only editions depend on who asks: never in a shared cache.
      'Cache-Control': 'private, no-cache',
    },
  })
}

/** The Next route handler of one citation format. */
export const citationRoute =
  (format: 'bib' | 'ris' | 'json') =>
  async (request: Request, { params }: { params: Promise<{ locale: string; collection: string; id: string }> }): Promise<Response> => {
    const [{ locale, collection, id }, payload, access] = await Promise.all([params, sitePayload(), readerAccess()])
    return citationResponse({ payload, access, locale, collection, id, format, url: new URL(request.url), headers: request.headers })
  }
