import type { CollectionConfig } from 'payload'

import { admins, anyone } from '../src/access/common'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
import { label } from '../src/i18n/labels'

export const Provinces: CollectionConfig = {
  slug: 'provinces',
  labels: { singular: label('province'), plural: label('provinces') },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code'], group: label('groupNetwork') },
  access: { read: anyone, create: admins, update: admins, delete: admins },
  defaultSort: 'code',
  fields: [
    { name: 'name', type: 'text', label: label('name'), localized: true, validate: textRequiredInPersian },
    { name: 'code', type: 'text', label: label('code'), required: true, unique: true, index: true },
  ],
}
