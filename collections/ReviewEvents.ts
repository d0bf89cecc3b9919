import type { CollectionConfig } from 'payload'

import { readReviewEvents } from '../src/access/reviewEvents'
import { readersField } from '../src/fields/shared'
import { label, option } from '../src/i18n/labels'
import { identifierKindOptions } from '../src/privacy/kinds'
import { workflowStateOptions } from '../src/workflow/states'
import { knowledgeCollections } from './knowledgeCollections'

/** The audit trail of the review workflow: written by the workflow hooks only, never edited. */
export const ReviewEvents: CollectionConfig = {
  slug: 'review-events',
  labels: { singular: label('reviewEvent'), plural: label('reviewEvents') },
  admin: {
    defaultColumns: ['document', 'transition', 'fromState', 'toState', 'actor', 'createdAt'],
    group: label('groupKnowledge'),
  },
  access: {
    read: readReviewEvents,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  defaultSort: '-createdAt',
  fields: [
    { name: 'document', type: 'relationship', relationTo: [...knowledgeCollections], required: true, index: true, label: label('document') },
    { name: 'organization', type: 'relationship', relationTo: 'organizations', index: true, label: label('organization') },
    {
      name: 'transition',
      type: 'select',
      required: true,
      label: label('transition'),
      options: [
        option('create', 'transitionCreate'),
        option('submit', 'transitionSubmit'),
        option('startReview', 'transitionStartReview'),
        option('requestChanges', 'transitionRequestChanges'),
        option('withdraw', 'transitionWithdraw'),
        option('publish', 'transitionPublish'),
        option('unpublish', 'transitionUnpublish'),
        option('revise', 'transitionRevise'),
        option('retire', 'transitionRetire'),
        option('acceptIdentifier', 'transitionAcceptIdentifier'),
      ],
    },
    { name: 'fromState', type: 'select', options: workflowStateOptions, label: label('fromState') },
    { name: 'toState', type: 'select', options: workflowStateOptions, required: true, label: label('toState') },
    { name: 'actor', type: 'relationship', relationTo: 'users', label: label('actor') },
    { name: 'comment', type: 'textarea', label: label('comment') },
    // An approver's check of an identifier found in the text (src/privacy/): the match exactly as written.
    { name: 'identifier', type: 'text', label: label('identifier') },
    { name: 'identifierKind', type: 'select', options: identifierKindOptions, label: label('identifierKind') },
    // Its comment is read by those who may read the document now (src/readers/).
    readersField,
  ],
}
