import type { Payload, PayloadRequest } from 'payload'
import { executeAuthStrategies, headersWithCors } from 'payload'

import { userOf } from '../access/roles'
import { getSearchEngine } from '../jobs/searchEngine'
import { isSearchError, isSearchQueryError, SearchQueryError } from '../search/errors'
import type { SearchHit } from '../search/port'
import { labelFacets } from './facetLabels'
import { searchRequestFromURL } from './searchParams'

/**
 * GET /api/search and /api/search/suggest, as plain Request → Response handlers. They are served by
 * their own Next route handlers (src/app/(payload)/api/search/…), which take precedence over Payload's
 * catch-all: a search then costs the search, not Payload's set-up of a full request (language,
 * locale, data loader, permissions) that it never reads.
 */

const json = (payload: Payload, request: Request, body: unknown, status = 200) =>
  Response.json(body, {
    status,
    headers: headersWithCors({
      headers: new Headers({ 'Cache-Control': 'no-store' }),
      req: { payload, headers: request.headers } as PayloadRequest,
    }),
  })

/**
 * Members-only records are found by signed-in readers alone, whatever the request asks for. The
 * reader is identified as Payload would (JWT cookie or Authorization header, API keys), and only
 * when the request carries credentials: an anonymous search reads nothing from the users table.
 */
export const visibilityFor = async (payload: Payload, request: Request): Promise<('public' | 'members')[]> => {
  const { headers } = request
  const cookie = headers.get('cookie') ?? ''
  if (!headers.get('authorization') && !cookie.includes(`${payload.config.cookiePrefix}-token=`)) return ['public']
  const { user } = await executeAuthStrategies({ headers, payload, canSetHeaders: false, isGraphQL: false })
  return userOf({ req: { user } as PayloadRequest }) ? ['public', 'members'] : ['public']
}

const failure = (payload: Payload, request: Request, error: unknown) => {
  if (isSearchQueryError(error))
    return json(payload, request, { errors: [{ message: error.message, field: error.field }] }, 400)
  if (isSearchError(error))
    return json(payload, request, { errors: [{ message: 'Search is unavailable for a moment; please try again.' }] }, 503)
  throw error
}

/**
 * Highlights as HTML alone (the original text escaped, matches in <mark>), as Meilisearch's
 * _formatted gives them: the segments the site renders from would double every response's size,
 * and compressing that doubled body cost more than the rest of the response.
 */
const withHtmlHighlights = (hit: SearchHit) => {
  if (!hit.highlights) return hit
  const highlights = Object.fromEntries(
    Object.entries(hit.highlights).map(([field, text]) => [field, { locale: text.locale, html: text.html }]),
  )
  return { ...hit, highlights }
}

/** GET /api/search: results with highlights, facet counts with names, the total and the time taken. */
export const searchResponse = async (payload: Payload, request: Request): Promise<Response> => {
  const started = performance.now()
  try {
    const search = searchRequestFromURL(new URL(request.url).searchParams, await visibilityFor(payload, request))
    const engine = await getSearchEngine()
    const result = await engine.search(search)
    const locale = search.locale ?? 'fa'
    return json(payload, request, {
      ...result,
      hits: result.hits.map(withHtmlHighlights),
      facets: await labelFacets(payload, result.facets, locale),
      tookMs: Math.round((performance.now() - started) * 10) / 10,
      engineMs: result.tookMs,
    })
  } catch (error) {
    return failure(payload, request, error)
  }
}

/** GET /api/search/suggest?q=: titles for search as you type. */
export const suggestResponse = async (payload: Payload, request: Request): Promise<Response> => {
  try {
    const params = new URL(request.url).searchParams
    for (const name of params.keys()) {
      if (name !== 'q' && name !== 'locale') throw new SearchQueryError(`unknown parameter: ${name}; known: q, locale`, name)
      if (params.getAll(name).length > 1) throw new SearchQueryError(`${name} may be given once`, name)
    }
    const engine = await getSearchEngine()
    const result = await engine.search({
      q: params.get('q') ?? '',
      locale: (params.get('locale') ?? 'fa') as 'fa',
      limit: 8,
      highlight: true,
      filters: { visibility: await visibilityFor(payload, request) },
    })
    return json(payload, request, {
      suggestions: result.hits.map((hit) => ({ id: hit.id, type: hit.type, title: hit.title, html: hit.highlights?.title?.html ?? null, url: hit.url })),
    })
  } catch (error) {
    return failure(payload, request, error)
  }
}
