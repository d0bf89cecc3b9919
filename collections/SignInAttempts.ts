import type { CollectionConfig } from 'payload'

import { admins } from '../src/access/common'
import { signInAttemptsSlug } from '../src/auth/signInLimits'
import { label } from '../src/i18n/labels'

/**
 * Every sign-in with an e-mail and a password, as the sign-in limits count them (src/auth/signInLimits.ts):
 * written by the server alone, read by network admins, who see who tried which account from where.
 */
export const SignInAttempts: CollectionConfig = {
  slug: signInAttemptsSlug,
  labels: { singular: label('signInAttempt'), plural: label('signInAttempts') },
  admin: { group: label('groupNetwork'), useAsTitle: 'email', defaultColumns: ['email', 'address', 'succeeded', 'createdAt'] },
  graphQL: false,
  access: {
    read: admins,
    create: () => false,
    update: () => false,
    delete: () => false,
  },
  fields: [
    { name: 'email', type: 'text', label: label('signInEmail'), required: true, index: true, admin: { readOnly: true } },
    { name: 'address', type: 'text', label: label('signInAddress'), required: true, index: true, admin: { readOnly: true } },
    { name: 'succeeded', type: 'checkbox', label: label('signInSucceeded'), defaultValue: false, admin: { readOnly: true } },
  ],
  timestamps: true,
}
