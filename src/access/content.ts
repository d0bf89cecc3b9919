import type { Access, Payload, PayloadRequest, Where } from 'payload'

import { underReview } from '../workflow/states'
import { hasRole, idOf, organizationIDs, provinceIDs, userOf } from './roles'

const published: Where = { _status: { equals: 'published' } }
const publicOnly: Where = { visibility: { equals: 'public' } }

type Collection = Parameters<Payload['db']['findVersions']>[0]['collection']

/**
 * The documents whose latest version waits for review, in `provinces` when given. A "save draft" writes
 * only a new version and leaves the main record as it was, so the review state is read from the versions.
 */
const awaitingReview = async (req: PayloadRequest, collection: Collection, provinces?: (number | string)[]) => {
  const { docs } = await req.payload.db.findVersions({
    collection,
    where: {
      and: [
        { latest: { equals: true } },
        { 'version.workflowState': { in: underReview } },
        ...(provinces ? [{ 'version.provinces': { in: provinces } }] : []),
      ],
    },
    pagination: false,
    limit: 0,
    req,
    select: { parent: true },
  })
  return docs.map((doc) => idOf(doc.parent as never))
}

/**
 * Who reads a knowledge document: anyone reads published public ones, signed-in members also
 * published members-only ones; editors their own organizations' work in any state; reviewers what
 * waits for review; coordinators what waits for review in their provinces; admins everything.
 */
export const readContent =
  (collection: string): Access =>
  async ({ req }) => {
    const user = userOf({ req })
    if (!user) return { and: [published, publicOnly] }
    if (hasRole(user, 'admin')) return true
    const or: Where[] = [published]
    if (hasRole(user, 'editor') && organizationIDs(user).length > 0) {
      or.push({ organization: { in: organizationIDs(user) } })
    }
    if (hasRole(user, 'reviewer')) {
      or.push({ id: { in: await awaitingReview(req, collection as Collection) } })
    } else if (hasRole(user, 'coordinator') && provinceIDs(user).length > 0) {
      or.push({ id: { in: await awaitingReview(req, collection as Collection, provinceIDs(user)) } })
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

/** Rewrites an access query on documents for the versions table: each field is `version.` one, the id the parent. */
export const onVersions = (where: Where): Where => prefixed(where, 'version.', 'parent')

/** Rewrites an access query on documents for the versions table, to ask it of each version's parent as it is now. */
export const onParents = (where: Where): Where => prefixed(where, 'parent.', 'parent')

/** Rewrites an access query on documents for records that name one of them in `field`, to ask it of that document. */
export const onRelated = (where: Where, field: string): Where => prefixed(where, `${field}.`, field)

const prefixed = (where: Where, prefix: string, idField: string): Where =>
  Object.fromEntries(
    Object.entries(where).map(([key, value]) =>
      key === 'and' || key === 'or'
        ? [key, (value as Where[]).map((inner) => prefixed(inner, prefix, idField))]
        : [key === 'id' ? idField : `${prefix}${key}`, value],
    ),
  )

/**
 * A version is read by those who could read it as it was and who may still read its document now: the old
 * editions of a document withdrawn or made members-only are gone for those it no longer reaches.
 */
export const readContentVersions =
  (collection: string): Access =>
  async (args) => {
    const result = await readContent(collection)(args)
    return typeof result === 'object' ? { and: [onVersions(result), onParents(result)] } : result
  }
