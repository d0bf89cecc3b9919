import { hasRole, idOf, organizationIDs, provinceIDs, type NetworkUser } from '../access/roles'
import type { WorkflowState } from './states'

/** What a rule needs to know about the document being moved. */
export type DocumentScope = {
  collection: string
  organization?: null | number | string | { id: number | string }
  provinces?: null | (number | string | { id: number | string })[]
}

export type TransitionName =
  | 'submit'
  | 'startReview'
  | 'requestChanges'
  | 'withdraw'
  | 'publish'
  | 'unpublish'
  | 'revise'
  | 'retire'

type Rule = {
  name: TransitionName
  from: WorkflowState[]
  to: WorkflowState
  allowed: (user: NetworkUser, doc: DocumentScope) => boolean
  commentRequired?: boolean
  onlyFor?: string[]
}

const sameId = (a: number | string, b: number | string) => String(a) === String(b)

export const isEditorOf = (user: NetworkUser, doc: DocumentScope): boolean =>
  hasRole(user, 'editor') &&
  doc.organization != null &&
  organizationIDs(user).some((id) => sameId(id, idOf(doc.organization!)))

export const coordinatesProvinceOf = (user: NetworkUser, doc: DocumentScope): boolean =>
  hasRole(user, 'coordinator') &&
  (doc.provinces ?? []).some((p) => provinceIDs(user).some((id) => sameId(id, idOf(p))))

/**
 * Who may approve and publish: reviewers and network admins everywhere, and the provincial
 * coordinator in the document's provinces, except for curricula, which become the network's
 * standard only on a reviewer's or an admin's approval.
 */
export const canApprove = (user: NetworkUser, doc: DocumentScope): boolean =>
  hasRole(user, 'admin', 'reviewer') ||
  (doc.collection !== 'curricula' && coordinatesProvinceOf(user, doc))

const authorOrAdmin = (user: NetworkUser, doc: DocumentScope) =>
  hasRole(user, 'admin') || isEditorOf(user, doc)

export const rules: Rule[] = [
  { name: 'submit', from: ['draft'], to: 'submitted', allowed: authorOrAdmin },
  { name: 'startReview', from: ['submitted'], to: 'inReview', allowed: canApprove },
  {
    name: 'requestChanges',
    from: ['submitted', 'inReview'],
    to: 'draft',
    allowed: canApprove,
    commentRequired: true,
  },
  // The author takes back what waits for review: by asking, or by changing it (src/workflow/reviewedText.ts).
  { name: 'withdraw', from: ['submitted', 'inReview'], to: 'draft', allowed: authorOrAdmin },
  // From "published": an approver changing what is live, or restoring and publishing an old version.
  { name: 'publish', from: ['submitted', 'inReview', 'published'], to: 'published', allowed: canApprove },
  // A network admin may publish straight from a draft (corrections, imports).
  { name: 'publish', from: ['draft'], to: 'published', allowed: (u) => hasRole(u, 'admin') },
  { name: 'unpublish', from: ['published', 'retired'], to: 'draft', allowed: canApprove },
  {
    name: 'retire',
    from: ['published'],
    to: 'retired',
    allowed: (u) => hasRole(u, 'admin', 'reviewer'),
    onlyFor: ['curricula'],
  },
]

/** A new draft started on top of a published document: the author's next revision. */
export const revisionRule: Rule = {
  name: 'revise',
  from: ['published', 'retired'],
  to: 'draft',
  allowed: (user, doc) => authorOrAdmin(user, doc) || canApprove(user, doc),
}

export type TransitionCheck =
  | { ok: true; name: TransitionName }
  | { ok: false; reason: 'unknown' | 'forbidden' | 'commentRequired'; message: string }

/** Decides whether `user` may move `doc` from one state to another; a null user is the system. */
export const checkTransition = (
  user: NetworkUser | null,
  doc: DocumentScope,
  from: WorkflowState,
  to: WorkflowState,
  comment?: null | string,
): TransitionCheck => {
  const candidates = rules.filter(
    (rule) =>
      rule.from.includes(from) &&
      rule.to === to &&
      (!rule.onlyFor || rule.onlyFor.includes(doc.collection)),
  )
  if (candidates.length === 0) {
    return { ok: false, reason: 'unknown', message: `No transition from "${from}" to "${to}".` }
  }
  const rule = user ? candidates.find((r) => r.allowed(user, doc)) : candidates[0]
  if (!rule) {
    return {
      ok: false,
      reason: 'forbidden',
      message: `Your role may not move this document from "${from}" to "${to}".`,
    }
  }
  if (rule.commentRequired && !comment?.trim()) {
    return {
      ok: false,
      reason: 'commentRequired',
      message: 'Requesting changes needs a comment that tells the author what to change.',
    }
  }
  return { ok: true, name: rule.name }
}
