import type { Field, FieldAccess } from 'payload'

import { admins } from '../access/common'

import { label, option } from '../i18n/labels'
import { textRequiredInPersian } from './requiredInPersian'

export const visibilityField: Field = {
  name: 'visibility',
  type: 'select',
  label: label('visibility'),
  required: true,
  defaultValue: 'public',
  index: true,
  options: [option('public', 'visibilityPublic'), option('members', 'visibilityMembers')],
  admin: { position: 'sidebar' },
}

export const licences = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC-BY-NC-4.0', 'all-rights-reserved'] as const

export const licenceField: Field = {
  name: 'licence',
  type: 'select',
  label: label('licence'),
  required: true,
  defaultValue: 'CC-BY-4.0',
  options: licences.map((value) => ({ value, label: value === 'all-rights-reserved' ? label('allRightsReserved') : value })),
  admin: { position: 'sidebar' },
}

export const nextReviewDateField: Field = {
  name: 'nextReviewDate',
  type: 'date',
  label: label('nextReviewDate'),
  index: true,
  admin: { position: 'sidebar', date: { pickerAppearance: 'dayOnly' } },
}

export const provincesField: Field = {
  name: 'provinces',
  type: 'relationship',
  relationTo: 'provinces',
  hasMany: true,
  index: true,
  label: label('provinces'),
}

/** The network's shared taxonomies, as relationships a document is filed under. */
export const taxonomyFields = (...which: ('targetGroups' | 'stages' | 'topics' | 'fundingInstruments')[]): Field[] =>
  which.map((name): Field => {
    const relationTo = {
      targetGroups: 'target-groups',
      stages: 'process-stages',
      topics: 'topics',
      fundingInstruments: 'funding-instruments',
    }[name] as 'topics'
    const key = ({ targetGroups: 'targetGroups', stages: 'processStages', topics: 'topics', fundingInstruments: 'fundingInstruments' } as const)[name]
    return { name, type: 'relationship', relationTo, hasMany: true, index: true, label: label(key) }
  })

export const attachmentsField: Field = {
  name: 'attachments',
  type: 'upload',
  relationTo: 'media',
  hasMany: true,
  label: label('attachments'),
}

export const titleField: Field = {
  name: 'title',
  type: 'text',
  label: label('title'),
  localized: true,
  maxLength: 300,
  validate: textRequiredInPersian,
}

export const summaryField: Field = {
  name: 'summary',
  type: 'textarea',
  label: label('summary'),
  localized: true,
  maxLength: 2000,
}

/**
 * Marks a relationship that may point at another NGO's work: citing evidence and adapting an edition
 * is how knowledge travels across the network, so the tenant filter does not apply to it.
 */
export const sharedAcrossOrganizations = { sharedAcrossOrganizations: true }

const keptByTheServer: { read: FieldAccess; create: FieldAccess; update: FieldAccess } = {
  read: admins as FieldAccess,
  create: () => false,
  update: () => false,
}

/**
 * Who may read a record that belongs to documents (src/access/readers.ts), kept by src/readers/ from the
 * documents as they are now: never written through the API, and seen by admins alone.
 */
export const readersField: Field = {
  name: 'readers',
  type: 'text',
  label: label('readers'),
  access: keptByTheServer,
  admin: { hidden: true },
}

/** On a file: the documents that show it, and what each of them lets be read of it. */
export const fileReadersFields: Field[] = [
  readersField,
  { name: 'usedBy', type: 'text', label: label('usedBy'), access: keptByTheServer, admin: { hidden: true } },
  { name: 'references', type: 'json', label: label('readersByDocument'), access: keptByTheServer, admin: { hidden: true } },
]
