import { APIError, NotFound, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'

import { requestProblem } from '../i18n/requestProblems'
import { checkData } from './dataKinds'
import { idKindOf, isIdOfKind } from './ids'
import { checkWhere } from './where'

/**
 * Run before every operation on every collection, from REST, GraphQL and the Local API alike: what a
 * client can get wrong in its arguments is refused here with a 4xx and a message, before Payload's hooks
 * or the database meet it.
 */

const wholeNumber = (req: PayloadRequest, name: string, value: unknown, least: number) => {
  if (value === undefined || value === null) return
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < least) {
    throw new APIError(requestProblem(req, 'wholeNumber', { name }), 400, null, true)
  }
}

/**
 * An id of the wrong kind names no document: not found, as Payload answers an id of the right kind that
 * no document has. The address's own id is checked as written (`/api/lessons/12abc`), since Payload's REST
 * routes read it with parseFloat, which makes 12 of it.
 */
const checkId = (req: PayloadRequest, collection: string, id: unknown) => {
  const kind = idKindOf(req.payload, collection)
  const written = req.routeParams?.collection === collection ? req.routeParams.id : undefined
  if ((typeof written === 'string' && !isIdOfKind(written, kind)) || (id !== undefined && !isIdOfKind(id, kind))) throw new NotFound(req.t)
}

/**
 * A language the network does not have (`?locale=de`, `?locale=EN`) is refused: Payload would read and
 * write Persian in its place, so an English title sent with a misspelled locale would replace the Persian one.
 */
const checkLocale = (req: PayloadRequest) => {
  const asked = req.query?.locale
  if (asked === undefined || !req.payload.config.localization) return
  if (typeof asked !== 'string' || ![...req.payload.config.localization.localeCodes, 'all', '*'].includes(asked)) {
    throw new APIError(requestProblem(req, 'locale', { value: asked }), 400, null, true)
  }
}

export const checkOperation: CollectionBeforeOperationHook = async ({ args, collection, operation, req }) => {
  const slug = collection.slug
  checkLocale(req)
  const given = args as { id?: unknown; where?: unknown; limit?: unknown; page?: unknown; data?: unknown }
  checkId(req, slug, given.id)
  if (given.where !== undefined) checkWhere(req, slug, given.where)
  wholeNumber(req, 'limit', given.limit, 0)
  wholeNumber(req, 'page', given.page, 1)
  if (operation === 'create' || operation === 'update') await checkData(req, slug, given.data)
  return args
}
