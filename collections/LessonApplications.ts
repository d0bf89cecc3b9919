import type { CollectionConfig } from 'payload'

import { changeLessonApplications, createLessonApplications, readLessonApplications } from '../src/access/lessonApplications'
import { sharedAcrossOrganizations } from '../src/fields/shared'
import { textareaRequiredInPersian } from '../src/fields/requiredInPersian'
import { label, option } from '../src/i18n/labels'
import { assertPublishedLesson } from '../src/lessons/applicationHooks'
import { assertOwnOrganization, keepOwnOrganization } from '../src/plugins/knowledgeBaseHooks'

export const applicationResults = ['improved', 'unchanged', 'worse', 'too-early'] as const
export type ApplicationResult = (typeof applicationResults)[number]

/**
 * An NGO put a published lesson into practice: when, what happened and with what result. The entry belongs
 * to the NGO that applied the lesson (the tenant, through src/plugins/tenancy.ts), not to the lesson's NGO,
 * so it is written without taking the lesson through review again.
 */
export const LessonApplications: CollectionConfig = {
  slug: 'lesson-applications',
  labels: { singular: label('lessonApplication'), plural: label('lessonApplications') },
  admin: {
    useAsTitle: 'whatHappened',
    defaultColumns: ['whatHappened', 'lesson', 'organization', 'appliedOn', 'result'],
    group: label('groupKnowledge'),
  },
  access: {
    read: readLessonApplications,
    create: createLessonApplications,
    update: changeLessonApplications,
    delete: changeLessonApplications,
  },
  defaultSort: '-appliedOn',
  hooks: {
    beforeValidate: [assertOwnOrganization, keepOwnOrganization, assertPublishedLesson],
  },
  fields: [
    {
      name: 'lesson',
      type: 'relationship',
      relationTo: 'lessons',
      required: true,
      index: true,
      label: label('lesson'),
      // Any NGO's lesson, once published: the admin offers those alone, and assertPublishedLesson checks it.
      custom: { ...sharedAcrossOrganizations, sharedFilter: { _status: { equals: 'published' } } },
    },
    {
      name: 'appliedOn',
      type: 'date',
      required: true,
      index: true,
      label: label('appliedOn'),
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    {
      name: 'result',
      type: 'select',
      required: true,
      label: label('applicationResult'),
      options: [
        option('improved', 'resultImproved'),
        option('unchanged', 'resultUnchanged'),
        option('worse', 'resultWorse'),
        option('too-early', 'resultTooEarly'),
      ],
    },
    { name: 'whatHappened', type: 'textarea', label: label('whatHappened'), localized: true, maxLength: 4000, validate: textareaRequiredInPersian },
  ],
}
