import type { CollectionConfig } from 'payload'

import { licenceField, summaryField, taxonomyFields, titleField , sharedAcrossOrganizations } from '../src/fields/shared'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
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
        { name: 'title', type: 'text', label: label('title'), localized: true, validate: textRequiredInPersian },
        { name: 'description', type: 'richText', label: label('description'), localized: true },
      ],
    },
    { name: 'transferConditions', type: 'richText', label: label('transferConditions'), localized: true },
    { name: 'resourcesNeeded', type: 'textarea', label: label('resourcesNeeded'), localized: true },
    { name: 'evidence', type: 'relationship', relationTo: 'case-studies', hasMany: true, label: label('evidence'), custom: sharedAcrossOrganizations },
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
