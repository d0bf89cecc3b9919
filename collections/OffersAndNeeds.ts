import type { CollectionBeforeChangeHook, CollectionConfig, TextareaFieldValidation } from 'payload'

import {
  createOfferOrNeed,
  deleteOfferOrNeed,
  readOffersAndNeeds,
  signedInField,
  updateOfferOrNeed,
} from '../src/access/exchange'
import { hasRole, userOf } from '../src/access/roles'
import { allKinds, directions, exchangeStatuses, expiryFrom, needsClosingNote } from '../src/exchange/kinds'
import { exchangeWords } from '../src/exchange/words'
import { textRequiredInPersian } from '../src/fields/requiredInPersian'
import { provincesField, taxonomyFields } from '../src/fields/shared'
import { defaultLocale } from '../src/i18n/locales'
import { label } from '../src/i18n/labels'

const inPersian = (req: { locale?: string | null }) => (req.locale ?? defaultLocale) === defaultLocale
const hasText = (value: unknown) => typeof value === 'string' && value.trim().length > 0

const descriptionRequiredInPersian: TextareaFieldValidation = (value, { req }) =>
  hasText(value) || !inPersian(req) ? true : 'Required in Persian (فارسی); the English translation may come later.'

const closingNoteRequired: TextareaFieldValidation = (value, { siblingData, req }) => {
  const status = (siblingData as { status?: unknown }).status
  if (!needsClosingNote(status) || !inPersian(req)) return true
  return hasText(value) ? true : 'Say what came of it (in Persian) before closing the item as fulfilled or withdrawn.'
}

/**
 * Posting starts the 90 days; renewing (the sidebar's box, or reopening an expired item) starts them again.
 * The date itself is the server's: a person other than an admin cannot move it by hand.
 */
const keepExpiry: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  const now = new Date()
  if (operation === 'create') return { ...data, status: data.status ?? 'open', expiresAt: expiryFrom(now).toISOString(), renew: undefined }
  const renewing = data.renew === true || (originalDoc?.status === 'expired' && data.status === 'open')
  if (renewing) {
    const status = data.status ?? originalDoc?.status
    return { ...data, status: status === 'expired' ? 'open' : status, expiresAt: expiryFrom(now).toISOString(), renew: undefined }
  }
  const user = userOf({ req })
  const expiresAt = user && !hasRole(user, 'admin') ? originalDoc?.expiresAt : (data.expiresAt ?? originalDoc?.expiresAt)
  return { ...data, expiresAt, renew: undefined }
}

/**
 * What a member NGO offers the network or needs from it: a person (a master craftsperson, a trainer, a job
 * facilitator, a placement mentor), materials, money, or something else, for some provinces, target groups
 * and stages. Members read and answer them on the site's exchange; anonymous readers never see them.
 */
export const OffersAndNeeds: CollectionConfig = {
  slug: 'offers-and-needs',
  labels: { singular: label('offerOrNeed'), plural: label('offersAndNeeds') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'direction', 'kind', 'status', 'organization', 'expiresAt'],
    group: label('groupNetwork'),
  },
  access: { read: readOffersAndNeeds, create: createOfferOrNeed, update: updateOfferOrNeed, delete: deleteOfferOrNeed },
  defaultSort: '-updatedAt',
  hooks: { beforeChange: [keepExpiry] },
  fields: [
    {
      type: 'row',
      fields: [
        { name: 'direction', type: 'select', required: true, index: true, label: label('exchangeDirection'), options: directions.map((value) => ({ value, label: exchangeWords.directions[value] })) },
        { name: 'kind', type: 'select', required: true, index: true, label: label('exchangeKind'), options: allKinds.map((value) => ({ value, label: exchangeWords.kinds[value] })) },
      ],
    },
    { name: 'title', type: 'text', label: label('title'), localized: true, maxLength: 200, validate: textRequiredInPersian },
    { name: 'description', type: 'textarea', label: label('description'), localized: true, maxLength: 4000, validate: descriptionRequiredInPersian },
    provincesField,
    ...taxonomyFields('targetGroups', 'stages'),
    { name: 'quantity', type: 'text', label: label('exchangeQuantity'), localized: true, maxLength: 200 },
    {
      name: 'contact',
      type: 'group',
      label: label('exchangeContact'),
      access: { read: signedInField },
      fields: [
        { name: 'person', type: 'text', required: true, label: label('exchangeContactPerson'), maxLength: 200 },
        { name: 'phone', type: 'text', label: label('exchangeContactPhone'), maxLength: 40 },
        { name: 'email', type: 'email', label: label('exchangeContactEmail') },
      ],
    },
    {
      name: 'status',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'open',
      label: label('exchangeStatus'),
      options: exchangeStatuses.map((value) => ({ value, label: exchangeWords.statuses[value] })),
      admin: { position: 'sidebar' },
    },
    {
      name: 'closingNote',
      type: 'textarea',
      localized: true,
      maxLength: 2000,
      label: label('exchangeClosingNote'),
      validate: closingNoteRequired,
      admin: { position: 'sidebar', description: label('exchangeClosingNoteHelp') },
    },
    {
      name: 'expiresAt',
      type: 'date',
      index: true,
      label: label('exchangeExpiresAt'),
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'renew', type: 'checkbox', virtual: true, label: label('exchangeRenew'), admin: { position: 'sidebar', description: label('exchangeRenewHelp') } },
  ],
}
