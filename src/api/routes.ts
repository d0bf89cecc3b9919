import { GRAPHQL_POST, REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { getRequestLanguage, type SanitizedConfig } from 'payload'

import { requestProblemIn, type RequestProblem } from '../i18n/requestProblems'
import { depthOf, maxDataDepth } from './dataKinds'

/**
 * Payload's REST and GraphQL route handlers, with a JSON body read within limits first. Payload reads a
 * JSON body whole, however large, and its copies of the data recurse (a body nested 5,000 deep overflowed
 * the stack: a 500); a malformed body is refused by REST as "Invalid JSON" and not caught at all by
 * GraphQL (a 500 with no body). Here such a body is answered 413 or 400 with what is wrong with it.
 */

/** Larger than any document with its rich text; files come as multipart, under the upload limit. */
export const maxJsonBytes = 8 * 1024 * 1024

type Config = Promise<SanitizedConfig> | SanitizedConfig
type RouteArgs = { params: Promise<{ slug: string[] }> }

const cookiesOf = (headers: Headers) =>
  new Map(
    (headers.get('cookie') ?? '')
      .split(';')
      .map((part) => part.trim().split('='))
      .filter(([name]) => name)
      .map(([name, ...value]) => [name!, decodeURIComponent(value.join('='))]),
  )

const languageOf = async (config: Config, headers: Headers): Promise<'fa' | 'en'> =>
  getRequestLanguage({ config: await config, cookies: cookiesOf(headers), headers }) === 'en' ? 'en' : 'fa'

/** Reads at most `limit` bytes of a body; null when it holds more. */
const readAtMost = async (body: ReadableStream<Uint8Array>, limit: number): Promise<string | null> => {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

type Refusal = { status: number; problem: RequestProblem; value?: unknown; max?: number }

/** The request again with its JSON body read and checked, or why it is refused. */
const checkedJsonBody = async (request: Request): Promise<Request | Refusal> => {
  const type = (request.headers.get('content-type') ?? '').split(';', 1)[0]!.trim().toLowerCase()
  if (type !== 'application/json' || !request.body || !['POST', 'PATCH', 'PUT'].includes(request.method)) return request
  const tooLarge: Refusal = { status: 413, problem: 'bodyTooLarge', max: maxJsonBytes / 1024 / 1024 }
  if (Number(request.headers.get('content-length') ?? 0) > maxJsonBytes) return tooLarge
  const text = await readAtMost(request.body, maxJsonBytes)
  if (text === null) return tooLarge
  let parsed: unknown
  try {
    parsed = text.trim() === '' ? {} : JSON.parse(text)
  } catch (error) {
    if (error instanceof RangeError) return { status: 400, problem: 'bodyTooDeep', max: maxDataDepth }
    return { status: 400, problem: 'bodyNotJson', value: error instanceof Error ? error.message : String(error) }
  }
  if (depthOf(parsed) > maxDataDepth) return { status: 400, problem: 'bodyTooDeep', max: maxDataDepth }
  return new Request(request.url, { method: request.method, headers: request.headers, body: text, signal: request.signal })
}

const refusalResponse = async (config: Config, request: Request, { status, problem, value, max }: Refusal, graphql = false) => {
  const message = requestProblemIn(await languageOf(config, request.headers), problem, { value, max })
  const error = graphql ? { message, extensions: { statusCode: status } } : { name: status === 413 ? 'PayloadTooLarge' : 'BadRequest', message }
  return Response.json({ errors: [error] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

const withCheckedBody =
  <A,>(config: Config, handler: (request: Request, args: A) => Promise<Response>) =>
  async (request: Request, args: A): Promise<Response> => {
    const checked = await checkedJsonBody(request)
    return checked instanceof Request ? handler(checked, args) : refusalResponse(config, request, checked)
  }

/** The REST API (`/api/[...slug]`). */
export const restRoutes = (config: Config) => ({
  GET: REST_GET(config),
  POST: withCheckedBody<RouteArgs>(config, REST_POST(config)),
  DELETE: REST_DELETE(config),
  PATCH: withCheckedBody<RouteArgs>(config, REST_PATCH(config)),
  PUT: withCheckedBody<RouteArgs>(config, REST_PUT(config)),
  OPTIONS: REST_OPTIONS(config),
})

type GraphQLBody = { data?: Record<string, unknown> | null; errors?: { extensions?: { statusCode?: unknown } }[] }

/**
 * The status of a GraphQL answer that holds nothing but errors: 400 when the request never ran (it did not
 * parse or validate), else the errors' own status when they share one (a refusal's 403), as REST would
 * answer. An answer with any data keeps GraphQL's 200.
 */
const statusOfErrorsOnly = (body: GraphQLBody): number | null => {
  if (!body.errors?.length) return null
  if (body.data && Object.values(body.data).some((value) => value !== null)) return null
  if (body.data === undefined) return 400
  const statuses = new Set(body.errors.map((error) => error.extensions?.statusCode))
  const [only] = statuses
  return statuses.size === 1 && typeof only === 'number' && only >= 400 && only < 500 ? only : null
}

/** The GraphQL API (`/api/graphql`). */
export const graphqlRoute = (config: Config) => {
  const post = GRAPHQL_POST(config)
  return async (request: Request): Promise<Response> => {
    const checked = await checkedJsonBody(request)
    if (!(checked instanceof Request)) return refusalResponse(config, request, checked, true)
    let response: Response
    try {
      response = await post(checked)
    } catch (error) {
      // Payload reads the body outside its own error handling: a refusal there (a form it cannot read) is the client's.
      const status = (error as { status?: unknown }).status
      if (typeof status !== 'number' || status >= 500) throw error
      return Response.json({ errors: [{ message: (error as Error).message, extensions: { statusCode: status } }] }, { status })
    }
    if (!(response.headers.get('content-type') ?? '').includes('json')) return response
    const text = await response.text()
    let status: number | null = null
    try {
      status = statusOfErrorsOnly(JSON.parse(text) as GraphQLBody)
    } catch {
      // not JSON after all: passed on as it is
    }
    return new Response(text, { status: status ?? response.status, headers: response.headers })
  }
}
