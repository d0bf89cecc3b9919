import type { CollectionConfig } from 'payload'

import { licenceField, nextReviewDateField, titleField, taxonomyFields , sharedAcrossOrganizations } from '../src/fields/shared'
import { richTextRequiredInPersian } from '../src/fields/requiredInPersian'
import { label } from '../src/i18n/labels'
import { deleteApplicationsOfLesson } from '../src/lessons/applicationHooks'

export const rootCauses = ['design', 'targeting', 'capacity', 'funding', 'market', 'partnership', 'policy', 'beneficiary', 'other'] as const

/** What the network learned: what was seen, what it teaches, and who should act on it. */
export const Lessons: CollectionConfig = {
  slug: 'lessons',
  labels: { singular: label('lesson'), plural: label('lessons') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'rootCause', 'organization', 'workflowState', 'nextReviewDate'],
    group: label('groupKnowledge'),
  },
  hooks: { beforeDelete: [deleteApplicationsOfLesson] },
  fields: [
    titleField,
    { name: 'observation', type: 'richText', label: label('observation'), localized: true },
    { name: 'lesson', type: 'richText', label: label('lessonText'), localized: true, validate: richTextRequiredInPersian },
    {
      name: 'recommendation',
      type: 'group',
      label: label('recommendation'),
      fields: [
        { name: 'action', type: 'textarea', label: label('recommendedAction'), localized: true },
        { name: 'actor', type: 'text', label: label('recommendedActor'), localized: true },
      ],
    },
    {
      name: 'rootCause',
      type: 'select',
      label: label('rootCause'),
      required: true,
      index: true,
      options: rootCauses.map((value) => ({ value, label: value })),
    },
    { name: 'applicability', type: 'textarea', label: label('applicability'), localized: true },
    { name: 'evidence', type: 'relationship', relationTo: 'case-studies', hasMany: true, label: label('evidence'), custom: sharedAcrossOrganizations },
    ...taxonomyFields('stages', 'topics', 'targetGroups'),
    nextReviewDateField,
    licenceField,
  ],
}
