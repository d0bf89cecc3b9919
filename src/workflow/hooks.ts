import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { userOf } from '../access/roles'
import { changesReviewedText, dropScheduledPublications } from './reviewedText'
import { underReview, type WorkflowState } from './states'
import { canApprove, checkTransition, revisionRule, type TransitionCheck } from './transitions'

type Moved = { from: WorkflowState; to: WorkflowState; name: string; comment?: string }

const DRAFT_SAVE = 'hamafzaDraftSave'
const MOVED = 'hamafzaWorkflowMoves'
const RESTORE_AS_DRAFT = 'hamafzaRestoreAsDraft'

/** Payload tells hooks nothing of the `draft` flag; remember it for the change hooks below. */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (['create', 'update', 'updateByID', 'restoreVersion'].includes(operation)) {
    req.context[DRAFT_SAVE] = Boolean((args as { draft?: boolean }).draft)
    // Restoring "as draft" forces the draft status after the hooks: let them know beforehand.
    req.context[RESTORE_AS_DRAFT] = operation === 'restoreVersion' && Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

const isPublishedState = (state: WorkflowState) => state === 'published' || state === 'retired'

const refuse = (collection: string, check: Exclude<TransitionCheck, { ok: true }>, publishing: boolean): never => {
  if (check.reason === 'commentRequired') {
    throw new ValidationError({ collection, errors: [{ message: check.message, path: 'transitionComment' }] })
  }
  throw new APIError(
    publishing && check.reason === 'forbidden'
      ? 'Publishing needs the approval of a reviewer (or, outside curricula, of the provincial coordinator).'
      : check.message,
    check.reason === 'forbidden' ? 403 : 400,
    null,
    true,
  )
}

/**
 * Keeps Payload's draft/published status and the review state in step, and refuses any move the
 * user's role does not allow: an editor can neither publish nor change what is live.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, operation, req }) => {
  const user = userOf({ req })
  if (req.context[RESTORE_AS_DRAFT]) data._status = 'draft'
  const scope = docScope(collection.slug, data, originalDoc)
  // The latest version (a draft, maybe) and the live document can differ: look at both.
  const previous: WorkflowState = operation === 'create' ? 'draft' : ((originalDoc?.workflowState as WorkflowState) ?? 'draft')
  const live =
    operation === 'update' && originalDoc?.id != null
      ? await req.payload.findByID({ collection: collection.slug as 'lessons', id: originalDoc.id, depth: 0, overrideAccess: true, req, disableErrors: true })
      : null
  const liveState = live?._status === 'published' ? ((live.workflowState as WorkflowState) ?? 'published') : null
  const publishing = (data._status ?? originalDoc?._status ?? 'draft') === 'published'
  const draftSave = Boolean(req.context[DRAFT_SAVE])
  const comment = typeof data.transitionComment === 'string' ? data.transitionComment : undefined
  delete data.transitionComment
  const check = (from: WorkflowState, to: WorkflowState) => {
    const result = checkTransition(user, scope, from, to, comment)
    return result.ok ? result.name : refuse(collection.slug, result, publishing)
  }

  const requested = (data.workflowState as WorkflowState | undefined) ?? previous
  let to: WorkflowState
  let move: Moved | undefined
  if (publishing) {
    to = isPublishedState(requested) ? requested : 'published'
    // Publishing over a live document changes what readers see: that too needs an approver.
    if (previous !== to || liveState) move = { from: previous, to, name: check(previous, to), comment }
  } else {
    if (isPublishedState(requested) && !isPublishedState(previous)) {
      throw new APIError('A document is published with Publish, not by setting its review state.', 400, null, true)
    }
    let from = previous
    if (liveState && !draftSave) {
      // Saving a draft over the live document takes it down: the unpublish rule decides.
      move = { from: liveState, to: 'draft', name: check(liveState, 'draft'), comment }
      from = 'draft'
    } else if (isPublishedState(previous)) {
      // A new draft on a live document is the author's next revision; the live one stays.
      if (user && !revisionRule.allowed(user, scope)) {
        throw new APIError('You may not revise this document.', 403, null, true)
      }
      move = { from: previous, to: 'draft', name: 'revise', comment }
      from = 'draft'
    }
    to = isPublishedState(requested) ? 'draft' : requested
    // What was submitted is what is reviewed: the author's change takes it back to draft, to be submitted again.
    if (to === from && underReview.includes(from) && user && !canApprove(user, scope) && changesReviewedText(data, originalDoc)) to = 'draft'
    if (from !== to) move = { from: move?.from ?? from, to, name: check(from, to), comment }
    if (underReview.includes(from) && to === 'draft' && originalDoc?.id != null) await dropScheduledPublications(req, collection.slug, originalDoc.id)
  }
  if (operation === 'create') move = { from: 'draft', to, name: 'create', comment }

  data.workflowState = to
  if (move) {
    const moves = (req.context[MOVED] as Record<string, Moved> | undefined) ?? {}
    moves[moveKey(collection.slug, operation === 'create' ? undefined : originalDoc?.id)] = move
    req.context[MOVED] = moves
  }
  return data
}

const moveKey = (collection: string, id: unknown) => `${collection}:${id ?? 'new'}`

const docScope = (
  collection: string,
  data: Record<string, unknown>,
  originalDoc: Record<string, unknown> | undefined,
) => ({
  collection,
  organization: (data.organization ?? originalDoc?.organization) as never,
  provinces: (data.provinces ?? originalDoc?.provinces) as never,
})

/** Writes who moved the document, when, from which state to which, and why. */
export const recordTransition: CollectionAfterChangeHook = async ({
  collection,
  doc,
  operation,
  req,
}) => {
  const moves = req.context[MOVED] as Record<string, Moved> | undefined
  const key = moveKey(collection.slug, operation === 'create' ? undefined : doc.id)
  const move = moves?.[key]
  if (!move) return doc
  delete moves[key]
  const user = userOf({ req })
  await req.payload.create({
    collection: 'review-events',
    data: {
      document: { relationTo: collection.slug as never, value: doc.id },
      organization: doc.organization && typeof doc.organization === 'object' ? doc.organization.id : doc.organization,
      transition: move.name,
      fromState: operation === 'create' ? null : move.from,
      toState: move.to,
      actor: user ? user.id : null,
      comment: move.comment ?? null,
    } as never,
    req,
    overrideAccess: true,
  })
  return doc
}
