import type { CollectionConfig, Field } from 'payload'

import { attachmentsField, sharedAcrossOrganizations, licenceField, nextReviewDateField, taxonomyFields, titleField } from '../src/fields/shared'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
import { label, option } from '../src/i18n/labels'
import { ensureUniqueEdition, retirePredecessor } from '../src/workflow/editions'

const hours: Field = { name: 'hours', type: 'number', label: label('hours'), min: 0 }

export const editionPattern = /^\d{1,3}\.\d{1,3}$/

/** A standard job-preparation curriculum, one document per edition. */
export const Curricula: CollectionConfig = {
  slug: 'curricula',
  labels: { singular: label('curriculum'), plural: label('curricula') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['code', 'title', 'edition', 'workflowState', 'nextReviewDate'],
    group: label('groupKnowledge'),
  },
  hooks: { beforeChange: [ensureUniqueEdition], afterChange: [retirePredecessor] },
  fields: [
    {
      type: 'row',
      fields: [
        {
          name: 'code',
          type: 'text',
          label: label('code'),
          required: true,
          index: true,
          validate: (value: unknown) =>
            typeof value === 'string' && /^[A-Z]{2,6}-\d{2,4}$/.test(value)
              ? true
              : 'A curriculum code is 2 to 6 capital letters, a hyphen and 2 to 4 digits, e.g. "SOFT-01".',
        },
        {
          name: 'edition',
          type: 'text',
          label: label('edition'),
          required: true,
          admin: { description: label('editionHelp') },
          validate: (value: unknown) =>
            typeof value === 'string' && editionPattern.test(value)
              ? true
              : 'An edition is written major.minor, e.g. "2.1".',
        },
      ],
    },
    titleField,
    { name: 'summary', type: 'textarea', label: label('summary'), localized: true },
    { name: 'changelog', type: 'textarea', label: label('changelog'), localized: true },
    { name: 'derivedFrom', type: 'relationship', relationTo: 'curricula', label: label('derivedFrom'), custom: sharedAcrossOrganizations },
    // The lessons learned that changed this edition, of any NGO: how a lesson visibly changes practice.
    { name: 'changedByLessons', type: 'relationship', relationTo: 'lessons', hasMany: true, label: label('changedByLessons'), custom: sharedAcrossOrganizations },
    {
      name: 'readinessDimensions',
      type: 'select',
      hasMany: true,
      label: label('readinessDimensions'),
      options: [
        option('psychological', 'dimensionPsychological'),
        option('social', 'dimensionSocial'),
        option('economic', 'dimensionEconomic'),
      ],
    },
    {
      name: 'skillType',
      type: 'select',
      label: label('skillType'),
      required: true,
      options: [option('soft', 'skillSoft'), option('hard', 'skillHard')],
    },
    { name: 'competencyStandard', type: 'text', label: label('competencyStandard') },
    ...taxonomyFields('targetGroups', 'stages', 'topics'),
    { name: 'entryRequirements', type: 'textarea', label: label('entryRequirements'), localized: true },
    { name: 'accessibility', type: 'textarea', label: label('accessibility'), localized: true },
    {
      type: 'row',
      fields: [
        { name: 'hoursTheory', type: 'number', label: label('hoursTheory'), min: 0, required: true },
        { name: 'hoursPractice', type: 'number', label: label('hoursPractice'), min: 0, required: true },
      ],
    },
    {
      name: 'modules',
      type: 'array',
      label: label('modules'),
      labels: { singular: label('module'), plural: label('modules') },
      minRows: 1,
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'code', type: 'text', label: label('code'), required: true },
            { name: 'title', type: 'text', label: label('title'), localized: true, validate: textRequiredInPersian },
            hours,
          ],
        },
        { name: 'learningOutcomes', type: 'textarea', label: label('learningOutcomes'), localized: true },
        { name: 'content', type: 'richText', label: label('content'), localized: true },
        { name: 'methods', type: 'textarea', label: label('methods'), localized: true },
        { name: 'materials', type: 'textarea', label: label('materials'), localized: true },
        { name: 'assessment', type: 'textarea', label: label('assessment'), localized: true },
      ],
    },
    {
      name: 'placement',
      type: 'group',
      label: label('placement'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'kind',
              type: 'select',
              label: label('placementKind'),
              defaultValue: 'apprenticeship',
              options: [option('internship', 'placementInternship'), option('apprenticeship', 'placementApprenticeship')],
            },
            {
              name: 'months',
              type: 'number',
              label: label('placementMonths'),
              // A course without a placement leaves it empty; one with a placement keeps to 3 to 6 months.
              validate: (value: unknown) =>
                value == null || (typeof value === 'number' && Number.isInteger(value) && value >= 3 && value <= 6)
                  ? true
                  : 'A work placement lasts 3 to 6 whole months.',
            },
            { name: 'mentorRatio', type: 'number', label: label('mentorRatio'), min: 1, max: 10 },
          ],
        },
        {
          name: 'tasks',
          type: 'array',
          label: label('tasks'),
          labels: { singular: label('task'), plural: label('tasks') },
          fields: [{ name: 'task', type: 'text', label: label('task'), localized: true, validate: textRequiredInPersian }],
        },
      ],
    },
    { name: 'trainerQualifications', type: 'textarea', label: label('trainerQualifications'), localized: true },
    { name: 'certification', type: 'textarea', label: label('certification'), localized: true },
    {
      type: 'row',
      fields: [
        { name: 'trainerGuide', type: 'upload', relationTo: 'media', label: label('trainerGuide') },
        { name: 'learnerWorkbook', type: 'upload', relationTo: 'media', label: label('learnerWorkbook') },
      ],
    },
    attachmentsField,
    nextReviewDateField,
    licenceField,
  ],
}
