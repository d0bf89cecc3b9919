import type { CollectionAfterChangeHook } from 'payload'

/**
 * A save as draft (how an editor submits, and how a reviewer sends back) writes only a new version, while
 * the read rules look at the document's own record. Until a document is first published, its record is no
 * one's reading but the rules', so it is given the latest version's review state: the reviewers and
 * coordinators who are to decide on a submitted document can open it. A published record keeps its state,
 * which is the live one (and readable anyway).
 */
export const keepReviewStateOnRecord: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, operation, req }) => {
  if (operation !== 'update' || doc._status === 'published' || doc.workflowState === previousDoc?.workflowState) return doc
  const where = { id: { equals: doc.id } }
  const record = await req.payload.db.findOne<{ id: number | string; _status?: string; workflowState?: string }>({ collection: collection.slug, where, req })
  if (!record || record._status === 'published' || record.workflowState === doc.workflowState) return doc
  await req.payload.db.updateOne({ collection: collection.slug, where, data: { workflowState: doc.workflowState }, req, returning: false })
  return doc
}
