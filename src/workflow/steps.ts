import type { NetworkUser } from '../access/roles'
import type { LabelKey } from '../i18n/labels'
import type { WorkflowState } from './states'
import { rules, type DocumentScope, type TransitionName } from './transitions'

/** The steps offered as buttons, in the order a document meets them, and how each is asked of the API. */
export const steps: { name: TransitionName; label: LabelKey; request: (comment: string) => { draft: boolean; body: Record<string, unknown> } }[] = [
  { name: 'submit', label: 'actionSubmit', request: () => ({ draft: true, body: { workflowState: 'submitted' } }) },
  { name: 'startReview', label: 'actionStartReview', request: () => ({ draft: true, body: { workflowState: 'inReview' } }) },
  { name: 'publish', label: 'actionPublish', request: () => ({ draft: false, body: { _status: 'published' } }) },
  { name: 'requestChanges', label: 'actionRequestChanges', request: (comment) => ({ draft: true, body: { workflowState: 'draft', transitionComment: comment } }) },
  { name: 'withdraw', label: 'actionWithdraw', request: () => ({ draft: true, body: { workflowState: 'draft' } }) },
  { name: 'unpublish', label: 'actionUnpublish', request: () => ({ draft: false, body: { _status: 'draft' } }) },
  { name: 'retire', label: 'actionRetire', request: () => ({ draft: false, body: { _status: 'published', workflowState: 'retired' } }) },
]

/** The steps this person may take from this state: the server's own rule table, read here to offer only those. */
export const stepsFor = (user: NetworkUser | null, state: WorkflowState, doc: DocumentScope): TransitionName[] => {
  if (!user) return []
  const names = new Set(
    rules
      .filter((rule) => rule.from.includes(state) && (!rule.onlyFor || rule.onlyFor.includes(doc.collection)) && rule.allowed(user, doc))
      // Publishing what is live again is the form's own Publish; here, only the step out of review (or an admin's from a draft).
      .filter((rule) => !(rule.name === 'publish' && state === 'published'))
      .map((rule) => rule.name),
  )
  // Withdrawing is the author's step: an approver sends a document back by asking for changes.
  if (names.has('requestChanges')) names.delete('withdraw')
  return steps.map((step) => step.name).filter((name) => names.has(name))
}

