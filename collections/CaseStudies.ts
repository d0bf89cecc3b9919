import type { CollectionConfig, Field } from 'payload'

import { attachmentsField, licenceField, provincesField, summaryField, taxonomyFields, titleField , sharedAcrossOrganizations } from '../src/fields/shared'
import { label, option, type LabelKey } from '../src/i18n/labels'
import { identifierCheckEndpoints } from '../src/privacy/endpoints'
import { guardBeneficiaryPrivacy, rememberRestoredVersion } from '../src/privacy/publishCheck'

const count = (name: string, key: LabelKey): Field => ({ name, type: 'number', label: label(key), min: 0 })

/** A success, a failure or something between: what an NGO tried, for whom, and what came of it. */
export const CaseStudies: CollectionConfig = {
  slug: 'case-studies',
  labels: { singular: label('caseStudy'), plural: label('caseStudies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'outcome', 'organization', 'workflowState', 'updatedAt'],
    group: label('groupKnowledge'),
  },
  // Case studies tell what happened to particular people: publishing them needs consent and a text free of identifiers.
  hooks: {
    beforeOperation: [rememberRestoredVersion],
    beforeChange: [guardBeneficiaryPrivacy({ consentField: 'consentConfirmed' })],
  },
  endpoints: identifierCheckEndpoints('case-studies'),
  fields: [
    titleField,
    summaryField,
    {
      name: 'outcome',
      type: 'select',
      label: label('outcome'),
      required: true,
      index: true,
      options: [option('success', 'outcomeSuccess'), option('failure', 'outcomeFailure'), option('mixed', 'outcomeMixed')],
    },
    provincesField,
    {
      type: 'row',
      fields: [
        { name: 'periodStart', type: 'date', label: label('periodStart'), admin: { date: { pickerAppearance: 'monthOnly' } } },
        {
          name: 'periodEnd',
          type: 'date',
          label: label('periodEnd'),
          admin: { date: { pickerAppearance: 'monthOnly' } },
          validate: (value: unknown, { siblingData }: { siblingData: { periodStart?: string } }) =>
            !value || !siblingData.periodStart || new Date(value as string) >= new Date(siblingData.periodStart)
              ? true
              : 'The period cannot end before it starts.',
        },
      ],
    },
    ...taxonomyFields('targetGroups', 'stages', 'fundingInstruments', 'topics'),
    {
      type: 'tabs',
      tabs: [
        {
          label: label('context'),
          fields: [
            { name: 'context', type: 'richText', label: label('context'), localized: true },
            { name: 'intervention', type: 'richText', label: label('intervention'), localized: true },
            { name: 'results', type: 'richText', label: label('results'), localized: true },
          ],
        },
        {
          label: label('metrics'),
          fields: [
            {
              name: 'metrics',
              type: 'group',
              label: label('metrics'),
              fields: [
                { type: 'row', fields: [count('participants', 'participants'), count('completed', 'completed'), count('placed', 'placed')] },
                { type: 'row', fields: [count('retained3', 'retained3'), count('retained6', 'retained6'), count('retained12', 'retained12')] },
                { name: 'incomeChangePercent', type: 'number', label: label('incomeChange') },
              ],
            },
            {
              name: 'evidenceType',
              type: 'select',
              label: label('evidenceType'),
              required: true,
              defaultValue: 'monitoring',
              options: [
                option('monitoring', 'evidenceMonitoring'),
                option('evaluation', 'evidenceEvaluation'),
                option('anecdotal', 'evidenceAnecdotal'),
              ],
            },
            { name: 'confidence', type: 'number', label: label('confidence'), min: 1, max: 5, defaultValue: 3 },
          ],
        },
        {
          label: label('attachments'),
          fields: [
            { name: 'lessons', type: 'relationship', relationTo: 'lessons', hasMany: true, label: label('linkedLessons'), custom: sharedAcrossOrganizations },
            attachmentsField,
          ],
        },
        {
          label: label('beneficiaryPrivacy'),
          fields: [
            { name: 'consentConfirmed', type: 'checkbox', label: label('consentConfirmed'), defaultValue: false },
            { name: 'redactionNote', type: 'textarea', label: label('redactionNote') },
            {
              name: 'identifierChecks',
              type: 'ui',
              label: label('identifierChecks'),
              admin: { components: { Field: '/src/components/admin/IdentifierChecks#IdentifierChecks' } },
            },
          ],
        },
      ],
    },
    licenceField,
  ],
}
