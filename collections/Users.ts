import type { CollectionConfig, FieldAccess } from 'payload'

import { admins } from '../src/access/common'
import { hasRole, roles, userOf } from '../src/access/roles'
import { limitSignIns, markSignInSucceeded } from '../src/auth/signInLimits'
import { servedOverHttps } from '../src/security/origins'
import { label, option, type LabelKey } from '../src/i18n/labels'
import { passwordResetHTML, passwordResetSubject, welcomeNewAccount } from '../src/notifications/account'
import { noticeSettings } from '../src/notifications/kinds'

const adminsOnly: FieldAccess = ({ req }) => hasRole(userOf({ req }), 'admin')

const noticeLabels: Record<(typeof noticeSettings)[number], LabelKey> = {
  reviewRequests: 'noticeReviewRequests',
  sentBack: 'noticeSentBack',
  published: 'noticePublished',
  overdue: 'noticeOverdue',
  editions: 'noticeEditions',
  digests: 'noticeDigests',
  exchange: 'noticeExchange',
}

const roleLabels: Record<(typeof roles)[number], LabelKey> = {
  admin: 'roleAdmin',
  coordinator: 'roleCoordinator',
  reviewer: 'roleReviewer',
  editor: 'roleEditor',
  member: 'roleMember',
}

/** People of the network. Their NGOs (the `organizations` array) are added by the tenant plugin. */
export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: label('user'), plural: label('users') },
  auth: {
    // Payload's own lock let ten wrong passwords from anyone lock any account: src/auth/signInLimits.ts instead.
    maxLoginAttempts: 0,
    tokenExpiration: 8 * 60 * 60,
    // Sent over https only when the site is served over https (SERVER_URL); the demo on http keeps working.
    cookies: { secure: servedOverHttps() },
    // The reset e-mail in the person's language, through the mail queue (src/notifications).
    forgotPassword: { generateEmailHTML: passwordResetHTML, generateEmailSubject: passwordResetSubject },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['fullName', 'email', 'roles'], group: label('groupNetwork') },
  access: {
    read: ({ req }) => {
      const user = userOf({ req })
      if (!user) return false
      return hasRole(user, 'admin') ? true : { id: { equals: user.id } }
    },
    create: admins,
    update: ({ req }) => {
      const user = userOf({ req })
      if (!user) return false
      return hasRole(user, 'admin') ? true : { id: { equals: user.id } }
    },
    delete: admins,
    admin: ({ req }) => hasRole(userOf({ req }), 'admin', 'coordinator', 'reviewer', 'editor'),
  },
  hooks: {
    beforeOperation: [
      async ({ args, operation, req }) => {
        if (operation === 'login') await limitSignIns(req, (args as { data?: unknown }).data)
        return args
      },
    ],
    afterLogin: [({ req }) => markSignInSucceeded(req)],
    beforeChange: [
      // The very first account (the admin's "create first user" screen) runs the network.
      async ({ data, operation, req }) => {
        if (operation === 'create' && (await req.payload.count({ collection: 'users', overrideAccess: true, req })).totalDocs === 0) {
          data.roles = ['admin']
        }
        return data
      },
    ],
    afterChange: [welcomeNewAccount],
  },
  fields: [
    { name: 'fullName', type: 'text', label: label('fullName'), required: true },
    {
      name: 'roles',
      type: 'select',
      label: label('roles'),
      hasMany: true,
      required: true,
      defaultValue: ['member'],
      saveToJWT: true,
      options: roles.map((role) => option(role, roleLabels[role])),
      access: { create: adminsOnly, update: adminsOnly },
    },
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: 'provinces',
      hasMany: true,
      label: label('provinces'),
      saveToJWT: true,
      access: { create: adminsOnly, update: adminsOnly },
      admin: { condition: (data) => Boolean(data?.roles?.includes('coordinator')) },
    },
      {
      name: 'language',
      type: 'select',
      label: label('emailLanguage'),
      defaultValue: 'fa',
      options: [
        { value: 'fa', label: { fa: 'فارسی', en: 'Persian' } },
        { value: 'en', label: { fa: 'انگلیسی', en: 'English' } },
      ],
    },
    {
      // Each person's own choice; src/notifications asks it before every notice.
      name: 'notices',
      type: 'group',
      label: label('notices'),
      fields: noticeSettings.map((name) => ({ name, type: 'checkbox' as const, defaultValue: true, label: label(noticeLabels[name]) })),
    },
  ],
}
