import { option } from '../i18n/labels'

export const workflowStates = ['draft', 'submitted', 'inReview', 'published', 'retired'] as const
export type WorkflowState = (typeof workflowStates)[number]

export const workflowStateOptions = [
  option('draft', 'stateDraft'),
  option('submitted', 'stateSubmitted'),
  option('inReview', 'stateInReview'),
  option('published', 'statePublished'),
  option('retired', 'stateRetired'),
]

/** States a reviewer works on: the document has left its NGO and waits for a decision. */
export const underReview: WorkflowState[] = ['submitted', 'inReview']
