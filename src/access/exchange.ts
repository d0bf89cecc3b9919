import type { Access, FieldAccess, Where } from 'payload'

import { hasRole, organizationIDs, provinceIDs, userOf } from './roles'

const expired: Where = { status: { equals: 'expired' } }

/**
 * Offers and needs are the network's own business: anonymous readers get nothing. Members read every item
 * still current; an NGO's editors also their own expired ones (to renew them); coordinators and admins all.
 */
export const readOffersAndNeeds: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (hasRole(user, 'admin', 'coordinator')) return true
  const current: Where = { status: { not_equals: 'expired' } }
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
    return { or: [current, { and: [expired, { organization: { in: organizationIDs(user) } }] }] }
  }
  return current
}

/** An NGO's editors post for their own NGO (the tenant field checks which); admins for any. */
export const createOfferOrNeed: Access = ({ req }) => {
  const user = userOf({ req })
  return hasRole(user, 'admin') || (hasRole(user, 'editor') && organizationIDs(user).length > 0)
}

/** Editors change their own NGO's items; coordinators those in their provinces (to close what went stale); admins any. */
export const updateOfferOrNeed: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const or: Where[] = []
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) or.push({ organization: { in: organizationIDs(user) } })
  if (hasRole(user, 'coordinator') && provinceIDs(user).length > 0) or.push({ provinces: { in: provinceIDs(user) } })
  if (or.length === 0) return false
  return or.length === 1 ? or[0]! : { or }
}

/** Only the NGO itself and admins delete an item; others close it with a note instead. */
export const deleteOfferOrNeed: Access = ({ req }) => {
  const user = userOf({ req })
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) return { organization: { in: organizationIDs(user) } }
  return false
}

/** Contact details go to signed-in members only, whatever reads the record. */
export const signedInField: FieldAccess = ({ req }) => Boolean(userOf({ req }))

/**
 * An answer is read by the editors of the NGO it was sent to and of the NGO that sent it, and by admins.
 * Answers are written by the answer form's handler only, which checks who may answer what.
 */
export const readExchangeAnswers: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  if (!hasRole(user, 'editor') || organizationIDs(user).length === 0) return false
  const ours: Where[] = [{ organization: { in: organizationIDs(user) } }, { fromOrganization: { in: organizationIDs(user) } }]
  return { or: ours }
}
