import type { Access, Where } from 'payload'

import { holdsAnyOf, readerWords, wordsOf } from './readers'
import { hasRole, organizationIDs, userOf } from './roles'

/**
 * The review trail, comments included, is read by the NGO's editors for their own documents, and by reviewers
 * and coordinators for the documents they may read now (the live ones, and what waits for their decision);
 * visitors and members never read it.
 */
export const readReviewEvents: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const or: Where[] = []
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) or.push({ organization: { in: organizationIDs(user) } })
  if (hasRole(user, 'reviewer', 'coordinator')) {
    or.push(holdsAnyOf('readers', wordsOf(user).filter((word) => word !== readerWords.visitors)))
  }
  if (or.length === 0) return false
  return or.length === 1 ? or[0]! : { or }
}
