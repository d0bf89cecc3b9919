import {
  APIError,
  ValidationError,
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
} from 'payload'

import { userOf } from '../access/roles'
import type { WorkflowState } from './states'
import { checkTransition, revisionRule } from './transitions'

type Moved = { from: WorkflowState; to: WorkflowState; name: string; comment?: string }

const DRAFT_SAVE = 'hamafzaDraftSave'
const MOVED = 'hamafzaWorkflowMoves'

/** Payload tells hooks nothing of the `draft` flag; remember it for the change hooks below. */
export const rememberDraftFlag: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'create' || operation === 'update' || operation === 'updateByID') {
    req.context[DRAFT_SAVE] = Boolean((args as { draft?: boolean }).draft)
  }
  return args
}

const isPublishedState = (state: WorkflowState) => state === 'published' || state === 'retired'

/**
 * Keeps Payload's draft/published status and the review state in step, and refuses any move the
 * user's role does not allow: an editor cannot publish, nor change what is live, on the server.
 */
export const enforceWorkflow: CollectionBeforeChangeHook = ({ collection, data, originalDoc, operation, req }) => {
  const user = userOf({ req })
  const previous: WorkflowState =
    operation === 'create' ? 'draft' : ((originalDoc?.workflowState as WorkflowState) ?? 'draft')
  const status = data._status ?? originalDoc?._status ?? 'draft'
  const publishing = status === 'published'
  const draftSave = Boolean(req.context[DRAFT_SAVE])
  const comment = typeof data.transitionComment === 'string' ? data.transitionComment : undefined
  delete data.transitionComment

  let from = previous
  let to: WorkflowState = (data.workflowState as WorkflowState | undefined) ?? previous
  let name: string | undefined

  if (publishing) {
    if (!isPublishedState(to)) to = 'published'
  } else {
    if (isPublishedState(previous)) {
      if (draftSave) {
        // A new draft on a live document is the author's next revision; the live one stays.
        if (user && !revisionRule.allowed(user, docScope(collection.slug, data, originalDoc))) {
          throw new APIError('You may not revise this document.', 403, null, true)
        }
        from = 'draft'
        name = 'revise'
        if (isPublishedState(to)) to = 'draft'
      } else {
        to = 'draft' // taking a live document down: the unpublish rule decides
      }
    }
    if (isPublishedState(to)) {
      throw new APIError('A document is published with Publish, not by setting its review state.', 400, null, true)
    }
  }

  let move: Moved | undefined = name ? { from: previous, to, name, comment } : undefined
  if (from !== to || (publishing && previous === 'published')) {
    const check = checkTransition(user, docScope(collection.slug, data, originalDoc), from, to, comment)
    if (!check.ok) {
      if (check.reason === 'commentRequired') {
        throw new ValidationError({
          collection: collection.slug,
          errors: [{ message: check.message, path: 'transitionComment' }],
        })
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
    move = { from: previous, to, name: check.name, comment }
  }

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
