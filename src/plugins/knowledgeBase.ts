import type { CollectionConfig, CollectionSlug, Config, Field, Plugin } from 'payload'

import { createContent, deleteContent, readContent, readContentVersions, updateContent } from '../access/content'
import { label } from '../i18n/labels'
import { provincesField, visibilityField } from '../fields/shared'
import { workflowStateOptions } from '../workflow/states'
import { enforceWorkflow, recordTransition, rememberDraftFlag } from '../workflow/hooks'
import { keepReviewStateOnRecord } from '../workflow/reviewState'
import { assertOwnOrganization, defaultProvincesFromOrganization, keepOwnOrganization, stampAuthors } from './knowledgeBaseHooks'

export type KnowledgeBaseOptions = {
  /** The collections that hold the network's knowledge: versioned, reviewed, tenant-owned. */
  collections: CollectionSlug[]
}

const hasField = (fields: Field[], name: string) => fields.some((f) => 'name' in f && f.name === name)

const policyFields = (collection: CollectionConfig): Field[] => [
  ...(hasField(collection.fields, 'visibility') ? [] : [visibilityField]),
  ...(hasField(collection.fields, 'provinces') ? [] : [{ ...provincesField, admin: { position: 'sidebar' } } as Field]),
  // The next steps of the review as buttons that match the person's role: nobody sets the state by hand.
  {
    name: 'workflowActions',
    type: 'ui',
    label: label('workflowActions'),
    admin: { position: 'sidebar', components: { Field: '/src/components/admin/WorkflowActions#WorkflowActions' } },
  },
  {
    name: 'workflowState',
    type: 'select',
    label: label('workflowState'),
    required: true,
    defaultValue: 'draft',
    index: true,
    options: workflowStateOptions,
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'transitionComment',
    type: 'textarea',
    virtual: true,
    label: label('transitionComment'),
    // Sent with a step over the API; in the edit view, "Request changes" has a comment box of its own.
    // Payload makes a virtual field read-only unless told otherwise.
    admin: { hidden: true, readOnly: false, description: label('transitionCommentHelp') },
  },
  {
    name: 'createdBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('createdBy'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'updatedBy',
    type: 'relationship',
    relationTo: 'users',
    label: label('updatedBy'),
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewHistory',
    type: 'join',
    collection: 'review-events',
    on: 'document',
    label: label('reviewHistory'),
    defaultSort: '-createdAt',
    admin: { defaultColumns: ['transition', 'fromState', 'toState', 'actor', 'comment', 'createdAt'] },
  },
]

/**
 * The network's rules for knowledge documents, added in one place: versions with drafts,
 * autosave and scheduled publishing; the review workflow and its audit trail; who reads and
 * who writes; and who created and last changed each document.
 */
export const knowledgeBase =
  ({ collections }: KnowledgeBaseOptions): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => {
      if (!collections.includes(collection.slug as CollectionSlug)) return collection
      return {
        ...collection,
        admin: {
          ...collection.admin,
          components: {
            ...collection.admin?.components,
            edit: { ...collection.admin?.components?.edit, PublishButton: '/src/components/admin/PublishIfAllowed#PublishIfAllowed' },
          },
        },
        fields: [...collection.fields, ...policyFields(collection)],
        versions: {
          maxPerDoc: 100,
          // Drafts are validated too, so no malformed value is ever stored, not even in a draft.
          drafts: { autosave: { interval: 2000 }, schedulePublish: true, validate: true },
        },
        access: {
          read: readContent(collection.slug),
          readVersions: readContentVersions(collection.slug),
          create: createContent,
          update: updateContent(collection.slug),
          delete: deleteContent,
          ...collection.access,
        },
        hooks: {
          ...collection.hooks,
          beforeOperation: [rememberDraftFlag, ...(collection.hooks?.beforeOperation ?? [])],
          beforeValidate: [keepOwnOrganization, assertOwnOrganization, ...(collection.hooks?.beforeValidate ?? [])],
          beforeChange: [
            defaultProvincesFromOrganization,
            stampAuthors,
            enforceWorkflow,
            ...(collection.hooks?.beforeChange ?? []),
          ],
          afterChange: [recordTransition, keepReviewStateOnRecord, ...(collection.hooks?.afterChange ?? [])],
        },
      }
    }),
  })

