import type { Access, Where } from 'payload'

import { holdsAnyOf, wordsOf } from './readers'
import { hasRole, organizationIDs, userOf } from './roles'

/**
 * A file is read by those who may read a document that shows it (its `readers`, kept by src/readers/), and by
 * its own NGO's editors, who uploaded it; admins read every file. Lists, the record and the file itself alike.
 */
export const readMedia: Access = ({ req }) => {
  const user = userOf({ req })
  if (hasRole(user, 'admin')) return true
  const shown = holdsAnyOf('readers', wordsOf(user))
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
    return { or: [shown, { organization: { in: organizationIDs(user) } }] }
  }
  return shown
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
