import type { AfterErrorHook, PayloadRequest } from 'payload'

import { codeOf } from '../errors'
import { requestProblem } from '../i18n/requestProblems'
import { idKindOf, isIdOfKind } from './ids'

/**
 * Refusals keep their own message and status on the way out. Payload's REST error formatter keeps an
 * error's message only when the error has a `name`, and the production build's minifier leaves Payload's
 * APIError with an empty one: every refusal thrown as `new APIError(message, 403)` (the workflow, tenancy,
 * organizations, uploads, Payload's own "Invalid JSON") reached the client as "An unknown error occurred."
 * Here a public error (one with a 4xx status, not marked private) is answered with its message, its status
 * and its data, the way Payload means to; anything else keeps Payload's answer ("Something went wrong.").
 */

type PublicError = { message: string; status: number; data?: Record<string, unknown>; code?: string }

const publicError = (error: unknown): PublicError | null => {
  if (typeof error !== 'object' || error === null) return null
  const { message, status, isPublic, data } = error as { message?: unknown; status?: unknown; isPublic?: unknown; data?: unknown }
  if (typeof status !== 'number' || status < 400 || status > 499 || isPublic === false || typeof message !== 'string' || message === '') return null
  return { message, status, data: typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : undefined, code: codeOf(error) }
}

/** A name a client can rely on, where Payload's own would be the minifier's: the app's code, or the status's name. */
const stableName = ({ status, code, data }: PublicError): string => {
  if (code) return code
  if (status === 400 && data && 'errors' in data) return 'ValidationError'
  return { 400: 'BadRequest', 401: 'Unauthorized', 403: 'Forbidden', 404: 'NotFound', 409: 'Conflict', 413: 'PayloadTooLarge', 415: 'UnsupportedMediaType', 423: 'Locked', 429: 'TooManyRequests' }[status] ?? 'ClientError'
}

/**
 * A multipart form whose `_payload` field is not JSON: Payload's JSON.parse of it throws before the request
 * has any data, as a bare SyntaxError (a 500). A SyntaxError once the data is read is the server's own.
 */
const unreadableForm = (error: unknown, req: PayloadRequest): PublicError | null =>
  error instanceof SyntaxError && req.data === undefined && (req.headers?.get('content-type') ?? '').includes('multipart/')
    ? { message: requestProblem(req, 'bodyNotJson', { value: `_payload: ${error.message}` }), status: 400 }
    : null

/**
 * An address naming an id that cannot be one (`/api/lessons/versions/abc`) is not found, whatever the
 * operation made of it: Payload reads such an id as NaN, which some operations refuse as a missing id (400)
 * before any hook can look at it.
 */
const impossibleId = (req: PayloadRequest): PublicError | null => {
  const { collection, id } = req.routeParams ?? {}
  if (typeof collection !== 'string' || typeof id !== 'string' || !(collection in req.payload.collections)) return null
  return isIdOfKind(id, idKindOf(req.payload, collection)) ? null : { message: req.t('general:notFound'), status: 404 }
}

export const answerRefusalsWithTheirMessage: AfterErrorHook = ({ error, graphqlResult, req }) => {
  // GraphQL hands over its own error, whose originalError is the one thrown.
  const thrown = graphqlResult ? ((error as { originalError?: unknown }).originalError ?? error) : error
  const refusal = (graphqlResult ? null : impossibleId(req)) ?? publicError(thrown) ?? unreadableForm(thrown, req)
  if (!refusal) return
  const name = stableName(refusal)
  if (graphqlResult) {
    return { graphqlResult: { ...graphqlResult, message: refusal.message, extensions: { ...graphqlResult.extensions, name, statusCode: refusal.status } } }
  }
  return {
    status: refusal.status,
    response: { errors: [{ name, message: refusal.message, ...(refusal.data === undefined ? {} : { data: refusal.data }) }] },
  }
}
