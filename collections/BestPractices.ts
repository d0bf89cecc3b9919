import type { CollectionConfig } from 'payload'

import { licenceField, summaryField, taxonomyFields, titleField } from '../src/fields/shared'
import { label } from '../src/i18n/labels'

/** A practice that worked, written so that another NGO can repeat it. */
export const BestPractices: CollectionConfig = {
  slug: 'best-practices',
  labels: { singular: label('bestPractice'), plural: label('bestPractices') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'organization', 'workflowState', 'updatedAt'],
    group: label('groupKnowledge'),
  },
  fields: [
    titleField,
    summaryField,
    {
      name: 'steps',
      type: 'array',
      label: label('steps'),
      minRows: 1,
      labels: { singular: label('step'), plural: label('steps') },
      fields: [
        { name: 'title', type: 'text', label: label('title'), required: true, localized: true },
        { name: 'description', type: 'richText', label: label('description'), localized: true },
      ],
    },
    { name: 'transferConditions', type: 'richText', label: label('transferConditions'), localized: true },
    { name: 'resourcesNeeded', type: 'textarea', label: label('resourcesNeeded'), localized: true },
    { name: 'evidence', type: 'relationship', relationTo: 'case-studies', hasMany: true, label: label('evidence') },
    ...taxonomyFields('stages', 'topics', 'targetGroups'),
    {
      name: 'contact',
      type: 'group',
      label: label('contactPerson'),
      fields: [
        { name: 'name', type: 'text', label: label('name') },
        { name: 'email', type: 'email', label: label('email') },
        { name: 'phone', type: 'text', label: label('phone') },
      ],
    },
    licenceField,
  ],
}
