import type { CollectionConfig } from 'payload'

import { admins } from '../src/access/common'
import { readExchangeAnswers } from '../src/access/exchange'
import { label } from '../src/i18n/labels'

/**
 * An NGO's answer to another's offer or need: who wrote from which NGO, and the message. Written only by the
 * site's answer form (src/exchange/answer.ts), which e-mails the item's NGO's editors and lists it in their inbox.
 */
export const ExchangeAnswers: CollectionConfig = {
  slug: 'exchange-answers',
  labels: { singular: label('exchangeAnswer'), plural: label('exchangeAnswers') },
  admin: { useAsTitle: 'message', defaultColumns: ['item', 'fromOrganization', 'author', 'createdAt'], group: label('groupNetwork') },
  access: { read: readExchangeAnswers, create: () => false, update: () => false, delete: admins },
  defaultSort: '-createdAt',
  fields: [
    { name: 'item', type: 'relationship', relationTo: 'offers-and-needs', required: true, index: true, label: label('offerOrNeed') },
    // The item's NGO, kept here so that its editors' inbox finds the answer without a join.
    { name: 'organization', type: 'relationship', relationTo: 'organizations', required: true, index: true, label: label('exchangeAnswerTo') },
    { name: 'fromOrganization', type: 'relationship', relationTo: 'organizations', required: true, index: true, label: label('exchangeAnswerFrom') },
    { name: 'author', type: 'relationship', relationTo: 'users', required: true, label: label('actor') },
    { name: 'message', type: 'textarea', required: true, maxLength: 4000, label: label('exchangeAnswerMessage') },
  ],
}
