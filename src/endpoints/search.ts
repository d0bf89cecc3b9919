import type { Endpoint, PayloadRequest } from 'payload'

import { userOf } from '../access/roles'
import { getSearchEngine } from '../jobs/searchEngine'
import { isSearchError, SearchQueryError } from '../search/errors'
import { labelFacets } from './facetLabels'
import { searchRequestFromURL } from './searchParams'

const json = (body: unknown, status = 200) =>
  Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })

/** Members-only records are found by signed-in readers alone, whatever the request asks for. */
const visibilityFor = (req: PayloadRequest): ('public' | 'members')[] => (userOf({ req }) ? ['public', 'members'] : ['public'])

const failure = (error: unknown) => {
  if (error instanceof SearchQueryError) return json({ errors: [{ message: error.message, field: error.field }] }, 400)
  if (isSearchError(error)) return json({ errors: [{ message: 'Search is unavailable for a moment; please try again.' }] }, 503)
  throw error
}

/** GET /api/search: results with highlights, facet counts with names, the total and the time taken. */
export const searchEndpoint: Endpoint = {
  path: '/search',
  method: 'get',
  handler: async (req) => {
    const started = performance.now()
    try {
      const request = searchRequestFromURL(new URL(req.url!).searchParams, visibilityFor(req))
      const engine = await getSearchEngine()
      const result = await engine.search(request)
      const locale = request.locale ?? 'fa'
      return json({
        ...result,
        facets: await labelFacets(req.payload, result.facets, locale),
        tookMs: Math.round((performance.now() - started) * 10) / 10,
        engineMs: result.tookMs,
      })
    } catch (error) {
      return failure(error)
    }
  },
}

/** GET /api/search/suggest?q=: titles for search as you type. */
export const suggestEndpoint: Endpoint = {
  path: '/search/suggest',
  method: 'get',
  handler: async (req) => {
    try {
      const params = new URL(req.url!).searchParams
      for (const name of params.keys()) {
        if (name !== 'q' && name !== 'locale') throw new SearchQueryError(`unknown parameter: ${name}; known: q, locale`, name)
      }
      const engine = await getSearchEngine()
      const result = await engine.search({
        q: params.get('q') ?? '',
        locale: (params.get('locale') ?? 'fa') as 'fa',
        limit: 8,
        highlight: true,
        filters: { visibility: visibilityFor(req) },
      })
      return json({
        suggestions: result.hits.map((hit) => ({ id: hit.id, type: hit.type, title: hit.title, html: hit.highlights?.title?.html ?? null, url: hit.url })),
      })
    } catch (error) {
      return failure(error)
    }
  },
}
