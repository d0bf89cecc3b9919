import type { CollectionConfig } from 'payload'

import { admins, anyone } from '../src/access/common'
import { assertOrganizationInScope, createOrganization, updateOrganization } from '../src/access/organizations'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
import { label, option } from '../src/i18n/labels'
import { validateWebsite } from '../src/links/validate'

/** The member NGOs of the network; each is a tenant that owns its documents. */
export const Organizations: CollectionConfig = {
  slug: 'organizations',
  labels: { singular: label('organization'), plural: label('organizations') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'province', 'city', 'licenceStage', 'membershipStatus'],
    group: label('groupNetwork'),
  },
  access: { read: anyone, create: createOrganization, update: updateOrganization, delete: admins },
  hooks: { beforeChange: [assertOrganizationInScope] },
  fields: [
    { name: 'name', type: 'text', label: label('name'), localized: true, validate: textRequiredInPersian, maxLength: 200 },
    {
      name: 'slug',
      type: 'text',
      label: label('slug'),
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown) =>
        typeof value === 'string' && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value)
          ? true
          : 'A slug is lowercase Latin letters, digits and single hyphens, e.g. "roshan-tabriz".',
    },
    {
      type: 'row',
      fields: [
        { name: 'province', type: 'relationship', relationTo: 'provinces', required: true, index: true, label: label('province') },
        { name: 'city', type: 'text', label: label('city'), localized: true },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'registrationNumber', type: 'text', label: label('registrationNumber') },
        { name: 'licenceNumber', type: 'text', label: label('licenceNumber') },
      ],
    },
    {
      name: 'licenceStage',
      type: 'select',
      label: label('licenceStage'),
      required: true,
      defaultValue: 'foundingBoard',
      options: [
        option('foundingBoard', 'stageFoundingBoard'),
        option('licenceApplied', 'stageLicenceApplied'),
        option('licensed', 'stageLicensed'),
        option('registered', 'stageRegistered'),
      ],
    },
    {
      name: 'membershipStatus',
      type: 'select',
      label: label('membershipStatus'),
      required: true,
      defaultValue: 'applicant',
      index: true,
      options: [
        option('applicant', 'membershipApplicant'),
        option('active', 'membershipActive'),
        option('suspended', 'membershipSuspended'),
        option('left', 'membershipLeft'),
      ],
    },
    { name: 'fieldsOfActivity', type: 'relationship', relationTo: 'topics', hasMany: true, label: label('fieldsOfActivity') },
    { name: 'targetGroups', type: 'relationship', relationTo: 'target-groups', hasMany: true, label: label('targetGroups') },
    { name: 'description', type: 'textarea', label: label('description'), localized: true },
    {
      name: 'contact',
      type: 'group',
      label: label('contact'),
      fields: [
        { name: 'phone', type: 'text', label: label('phone') },
        { name: 'email', type: 'email', label: label('email') },
        { name: 'address', type: 'textarea', label: label('address'), localized: true },
      ],
    },
    {
      name: 'website',
      type: 'text',
      label: label('website'),
      validate: validateWebsite,
    },
    { name: 'logo', type: 'upload', relationTo: 'media', label: label('logo') },
  ],
}
