import type { CollectionSlug, PayloadRequest } from 'payload'

import { idOf, type NetworkUser } from '../access/roles'
import type { IdentifierKind } from '../i18n/privacyMessages'
import { canonicalIdentifier, identifierKey, type IdentifierMatch } from './identifiers'

/** The review-trail move that records an identifier checked and accepted by an approver. */
export const acceptIdentifierTransition = 'acceptIdentifier'

/** One accepted match: the text as found, who accepted it, when, and why. */
export type Acceptance = {
  event: number | string
  text: string
  kind: IdentifierKind
  by: null | number | string
  at: string
  reason: string
}

type Id = number | string

/** The matches accepted on a document, by canonical key (one number written two ways is one acceptance). */
export const acceptancesOf = async (req: PayloadRequest, collection: CollectionSlug, id: Id): Promise<Map<string, Acceptance>> => {
  const { docs } = await req.payload.find({
    collection: 'review-events',
    where: {
      and: [
        { 'document.relationTo': { equals: collection } },
        { 'document.value': { equals: id } },
        { transition: { equals: acceptIdentifierTransition } },
      ],
    },
    sort: 'createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const accepted = new Map<string, Acceptance>()
  for (const event of docs) {
    const canonical = event.identifier ? canonicalIdentifier(event.identifier) : null
    if (!canonical) continue
    accepted.set(identifierKey(canonical), {
      event: event.id,
      text: event.identifier!,
      kind: canonical.kind,
      by: event.actor == null ? null : idOf(event.actor as never),
      at: event.createdAt,
      reason: event.comment ?? '',
    })
  }
  return accepted
}

/** Writes an acceptance into the review trail, where the document's other moves are kept. */
export const recordAcceptance = async (
  req: PayloadRequest,
  {
    collection,
    document,
    match,
    reason,
    user,
  }: {
    collection: CollectionSlug
    document: { id: Id; organization?: unknown; workflowState?: null | string }
    match: Pick<IdentifierMatch, 'kind' | 'text'>
    reason: string
    user: NetworkUser
  },
) => {
  const state = document.workflowState ?? 'draft'
  return req.payload.create({
    collection: 'review-events',
    data: {
      document: { relationTo: collection as never, value: document.id },
      organization: document.organization == null ? null : idOf(document.organization as never),
      transition: acceptIdentifierTransition,
      // Accepting moves nothing: the document stays where it was.
      fromState: state,
      toState: state,
      actor: user.id,
      comment: reason,
      identifier: match.text,
      identifierKind: match.kind,
    } as never,
    overrideAccess: true,
    req,
  })
}
