import type { Access, Where } from 'payload'

import { underReview } from '../workflow/states'
import { hasRole, organizationIDs, provinceIDs, userOf } from './roles'

const published: Where = { _status: { equals: 'published' } }
const publicOnly: Where = { visibility: { equals: 'public' } }

/**
 * Who reads a knowledge document: anyone reads published public ones, signed-in members also
 * published members-only ones; editors their own organizations' work in any state; reviewers what
 * waits for review; coordinators what waits for review in their provinces; admins everything.
 */
export const readContent: Access = ({ req }) => {
  const user = userOf({ req })
  if (!user) return { and: [published, publicOnly] }
  if (hasRole(user, 'admin')) return true
  const or: Where[] = [published]
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
    or.push({ organization: { in: organizationIDs(user) } })
  }
  if (hasRole(user, 'reviewer')) or.push({ workflowState: { in: underReview } })
  if (hasRole(user, 'coordinator') && provinceIDs(user).length > 0) {
    or.push({ and: [{ workflowState: { in: underReview } }, { provinces: { in: provinceIDs(user) } }] })
  }
  return or.length === 1 ? or[0]! : { or }
}

/** Only NGO editors (for their own organizations, checked on the data) and admins author. */
export const createContent: Access = ({ req }) => {
  const user = userOf({ req })
  return hasRole(user, 'admin') || (hasRole(user, 'editor') && organizationIDs(user).length > 0)
}

/**
 * Editors change their organizations' documents; reviewers what is under review or live (to revise
 * it); coordinators the same within their provinces, except curricula, which only reviewers set.
 */
export const updateContent = (collection: string): Access => ({ req }) => {
  const user = userOf({ req })
  if (!user) return false
  if (hasRole(user, 'admin')) return true
  const reviewable: Where = { or: [{ workflowState: { in: underReview } }, published] }
  const or: Where[] = []
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
    or.push({ organization: { in: organizationIDs(user) } })
  }
  if (hasRole(user, 'reviewer')) or.push(reviewable)
  else if (hasRole(user, 'coordinator') && provinceIDs(user).length > 0 && collection !== 'curricula') {
    or.push({ and: [{ provinces: { in: provinceIDs(user) } }, reviewable] })
  }
  if (or.length === 0) return false
  return or.length === 1 ? or[0]! : { or }
}

/** Editors delete their organizations' unpublished work; only admins delete what was published. */
export const deleteContent: Access = ({ req }) => {
  const user = userOf({ req })
  if (hasRole(user, 'admin')) return true
  if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
    const where: Where = { and: [{ organization: { in: organizationIDs(user) } }, { _status: { not_equals: 'published' } }] }
    return where
  }
  return false
}

/** Prefixes each field of an access query with `version.`, for queries on the versions table. */
export const onVersions = (where: Where): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map(onVersions)]
        : [`version.${key}`, value],
    ),
  )

/** Versions are read under the same rule as the documents they belong to. */
export const readContentVersions: Access = async (args) => {
  const result = await readContent(args)
  return typeof result === 'object' ? onVersions(result) : result
}
