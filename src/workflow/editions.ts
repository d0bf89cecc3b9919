import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook, type Where } from 'payload'

import { idOf } from '../access/roles'
import { supersededBy } from '../i18n/labels'

const sameOrganization = (a: unknown, b: unknown) => a != null && b != null && String(idOf(a as never)) === String(idOf(b as never))

/**
 * Two documents may not claim the same edition of one curriculum: a published one, or one of the same NGO's
 * (drafts included). Another NGO's drafts are not looked at, so the refusal never reveals what they prepare;
 * a clash with them meets this refusal when one of the two is published.
 */
export const ensureUniqueEdition: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const code = data.code ?? originalDoc?.code
  const edition = data.edition ?? originalDoc?.edition
  const organization = data.organization ?? originalDoc?.organization
  if (!code || !edition) return data
  const sameEdition: Where[] = [
    { code: { equals: code } },
    { edition: { equals: edition } },
    ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
  ]
  const clashes = (where: Where[], draft: boolean) =>
    req.payload.find({ collection: 'curricula', where: { and: [...sameEdition, ...where] }, draft, limit: 1, depth: 0, select: {}, overrideAccess: true, req })
  const published = await clashes([{ _status: { equals: 'published' } }], false)
  const ownDrafts = organization != null ? await clashes([{ organization: { equals: idOf(organization) } }], true) : { totalDocs: 0 }
  if (published.totalDocs > 0 || ownDrafts.totalDocs > 0) {
    throw new APIError(`Edition ${edition} of ${code} already exists.`, 409, null, true)
  }
  return data
}

/**
 * When a newer edition is published, the edition it derives from is retired, if it is the same NGO's: an NGO
 * may adapt another's curriculum, but never withdraw it.
 */
export const retirePredecessor: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published' || doc.workflowState !== 'published' || doc.derivedFrom == null) return doc
  const predecessorID = idOf(doc.derivedFrom)
  const predecessor = await req.payload.findByID({
    collection: 'curricula',
    id: predecessorID,
    depth: 0,
    overrideAccess: true,
    req,
    disableErrors: true,
  })
  if (predecessor?.workflowState === 'published' && predecessor._status === 'published' && sameOrganization(predecessor.organization, doc.organization)) {
    await req.payload.update({
      collection: 'curricula',
      id: predecessorID,
      data: {
        workflowState: 'retired',
        _status: 'published',
        transitionComment: supersededBy(doc.edition),
      } as never,
      overrideAccess: true,
      req,
    })
  }
  return doc
}
