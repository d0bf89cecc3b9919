import type { Access, Where } from 'payload'

import { onRelated, readContent } from './content'
import { hasRole, organizationIDs, userOf } from './roles'

const ownOrganizations = (user: ReturnType<typeof userOf>): Where | null =>
  hasRole(user, 'editor') && organizationIDs(user).length > 0 ? { organization: { in: organizationIDs(user) } } : null

/**
 * An entry of "applied by" is read by everyone who may read its lesson (so the entries of a members-only
 * lesson are for members only), and by the editors of the NGO that applied it.
 */
export const readLessonApplications: Access = async (args) => {
  const user = userOf(args)
  if (hasRole(user, 'admin')) return true
  const lesson = await readContent('lessons')(args)
  if (lesson === true) return true
  const own = ownOrganizations(user)
  const through: Where | null = lesson === false ? null : onRelated(lesson, 'lesson')
  const or = [through, own].filter((where): where is Where => where !== null)
  if (or.length === 0) return false
  return or.length === 1 ? or[0]! : { or }
}

/** An NGO editor records that their NGO applied a lesson (the NGO is checked on the data); admins for any NGO. */
export const createLessonApplications: Access = ({ req }) => {
  const user = userOf({ req })
  return hasRole(user, 'admin') || ownOrganizations(user) !== null
}

/** An NGO's editors change and delete their NGO's entries only; admins any. */
export const changeLessonApplications: Access = ({ req }) => {
  const user = userOf({ req })
  if (hasRole(user, 'admin')) return true
  return ownOrganizations(user) ?? false
}
