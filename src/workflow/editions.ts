import { APIError, type CollectionAfterChangeHook, type CollectionBeforeChangeHook } from 'payload'

import { idOf } from '../access/roles'
import { supersededBy } from '../i18n/labels'

/** Two documents may not claim the same edition of one curriculum. */
export const ensureUniqueEdition: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const code = data.code ?? originalDoc?.code
  const edition = data.edition ?? originalDoc?.edition
  if (!code || !edition) return data
  const clash = await req.payload.find({
    collection: 'curricula',
    where: {
      and: [
        { code: { equals: code } },
        { edition: { equals: edition } },
        ...(originalDoc?.id != null ? [{ id: { not_equals: originalDoc.id } }] : []),
      ],
    },
    limit: 1,
    depth: 0,
    draft: true,
    overrideAccess: true,
    req,
  })
  if (clash.totalDocs > 0) {
    throw new APIError(`Edition ${edition} of ${code} already exists.`, 409, null, true)
  }
  return data
}

/** When a newer edition is published, the edition it derives from is retired. */
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
  if (predecessor?.workflowState === 'published' && predecessor._status === 'published') {
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
