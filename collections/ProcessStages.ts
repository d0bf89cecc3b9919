import type { CollectionConfig } from 'payload'

import { admins, anyone } from '../src/access/common'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
import { label } from '../src/i18n/labels'

/** The job-preparation path, from outreach to retention follow-up, in order. */
export const ProcessStages: CollectionConfig = {
  slug: 'process-stages',
  labels: { singular: label('processStage'), plural: label('processStages') },
  admin: { useAsTitle: 'name', defaultColumns: ['order', 'name'], group: label('groupTaxonomies') },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  defaultSort: 'order',
  fields: [
    { name: 'name', type: 'text', label: label('name'), localized: true, validate: textRequiredInPersian },
    { name: 'slug', type: 'text', label: label('slug'), required: true, unique: true, index: true },
    { name: 'order', type: 'number', label: label('order'), required: true, min: 1 },
    { name: 'description', type: 'textarea', label: label('description'), localized: true },
  ],
}
