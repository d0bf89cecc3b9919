import type { CollectionConfig } from 'payload'

import { admins, anyone } from '../src/access/common'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
import { label } from '../src/i18n/labels'

export const TargetGroups: CollectionConfig = {
  slug: 'target-groups',
  labels: { singular: label('targetGroup'), plural: label('targetGroups') },
  admin: { useAsTitle: 'name', group: label('groupTaxonomies') },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  fields: [
    { name: 'name', type: 'text', label: label('name'), localized: true, validate: textRequiredInPersian },
    { name: 'slug', type: 'text', label: label('slug'), required: true, unique: true, index: true },
    { name: 'description', type: 'textarea', label: label('description'), localized: true },
  ],
}
