import type { Access, CollectionBeforeChangeHook, Where } from 'payload'
import { APIError } from 'payload'

import { hasRole, idOf, organizationIDs, provinceIDs, userOf } from './roles'

/** Admins change any member NGO; coordinators those in their provinces; editors their own. */
export const updateOrganization: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const or: Where[] = []
  if (hasRole(user, 'coordinator') && provinceIDs(user).length) or.push({ province: { in: provinceIDs(user) } })
  if (hasRole(user, 'editor') && organizationIDs(user).length) or.push({ id: { in: organizationIDs(user) } })
  return or.length === 0 ? false : { or }
}

/** Admins register NGOs anywhere; a coordinator registers them in the provinces they coordinate. */
export const createOrganization: Access = ({ req }) => hasRole(userOf({ req }), 'admin', 'coordinator')

export const assertOrganizationInScope: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  const user = userOf({ req })
  if (!user || hasRole(user, 'admin')) return data
  const province = data.province ?? originalDoc?.province
  const own = organizationIDs(user).map(String).includes(String(originalDoc?.id))
  if (hasRole(user, 'coordinator') && province != null && provinceIDs(user).map(String).includes(String(idOf(province)))) {
    return data
  }
  if (own && (data.province == null || String(idOf(data.province)) === String(idOf(originalDoc?.province)))) {
    if (data.membershipStatus != null && data.membershipStatus !== originalDoc?.membershipStatus) {
      throw new APIError('An NGO cannot change its own membership status.', 403, null, true)
    }
    return data
  }
  throw new APIError('This organization is outside your provinces.', 403, null, true)
}
