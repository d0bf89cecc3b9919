import { APIError, type CollectionBeforeChangeHook, type CollectionBeforeValidateHook } from 'payload'

import { hasRole, idOf, organizationIDs, userOf } from '../access/roles'
import { requestProblem } from '../i18n/requestProblems'

/** An NGO editor writes only for the organizations they belong to, whatever the request says. */
export const assertOwnOrganization: CollectionBeforeValidateHook = ({ data, originalDoc, req }) => {
  const user = userOf({ req })
  if (!user || hasRole(user, 'admin', 'reviewer', 'coordinator')) return data
  const organization = data?.organization ?? originalDoc?.organization
  if (organization == null) return data
  const own = organizationIDs(user).map(String)
  if (!own.includes(String(idOf(organization)))) {
    throw new APIError('You may only write for your own organization.', 403, null, true)
  }
  return data
}

/**
 * The NGO that owns a document is changed by network admins alone: a coordinator or reviewer may change
 * what they review, and an editor of several NGOs what they write, but moving it would hand it, its drafts
 * and its versions to another NGO's editors.
 */
export const keepOwnOrganization: CollectionBeforeValidateHook = ({ data, operation, originalDoc, req }) => {
  const user = userOf({ req })
  if (operation !== 'update' || !user || hasRole(user, 'admin') || data?.organization === undefined) return data
  const before = originalDoc?.organization
  if (before == null || (data.organization != null && String(idOf(data.organization)) === String(idOf(before)))) return data
  throw new APIError(requestProblem(req, 'organizationFixed'), 403, null, true)
}

/** A document with no provinces of its own belongs to its organization's province. */
export const defaultProvincesFromOrganization: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const provinces = data.provinces ?? originalDoc?.provinces
  const organization = data.organization ?? originalDoc?.organization
  if ((Array.isArray(provinces) && provinces.length > 0) || organization == null) return data
  const org = await req.payload.findByID({
    collection: 'organizations',
    id: idOf(organization),
    depth: 0,
    req,
    overrideAccess: true,
  })
  if (org?.province != null) data.provinces = [idOf(org.province as never)]
  return data
}

/** Records who created a document and who changed it last. */
export const stampAuthors: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const user = userOf({ req })
  if (operation === 'create') data.createdBy = user?.id ?? null
  else data.createdBy = originalDoc?.createdBy ?? null
  data.updatedBy = user?.id ?? null
  return data
}
