import type { Access, Where } from 'payload'

import { hasRole, organizationIDs, userOf } from './roles'

/** Files follow their owner's visibility: public for all, members-only for signed-in readers. */
export const readMedia: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return { visibility: { equals: 'public' } }
  return true
}

export const createMedia: Access = ({ req }) => {
  const user = userOf({ req })
  return hasRole(user, 'admin') || (hasRole(user, 'editor') && organizationIDs(user).length > 0)
}

/** Editors change and remove their own organizations' files; admins any. */
export const manageMedia: Access = ({ req }) => {
  const user = userOf({ req })
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
    return { organization: { in: organizationIDs(user) } } satisfies Where
  }
  return false
}
