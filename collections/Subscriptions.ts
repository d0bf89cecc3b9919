import type { CollectionConfig, Where } from 'payload'

import { hasRole, userOf } from '../src/access/roles'
import { label } from '../src/i18n/labels'

const option = (value: string, fa: string, en: string) => ({ value, label: { fa, en } })

/** Their own subscriptions for each member; every subscription for network admins. */
const own = ({ req }: { req: Parameters<typeof userOf>[0]['req'] }): boolean | Where => {
  const user = userOf({ req })
  if (!user) return false
  return hasRole(user, 'admin') ? true : { subscriber: { equals: user.id } }
}

/**
 * A member follows a search (its address, facets included: a topic, an NGO, a province, a type…) and is
 * sent what is newly published in it, at once, daily or weekly (src/subscriptions). Made and managed on
 * the public site's notices page; `sent` remembers what was sent, so nothing comes twice.
 */
export const Subscriptions: CollectionConfig = {
  slug: 'subscriptions',
  labels: { singular: label('subscription'), plural: label('subscriptions') },
  admin: { useAsTitle: 'label', defaultColumns: ['label', 'subscriber', 'frequency', 'lastSentAt'], group: label('groupNetwork') },
  access: { read: own, create: own as never, update: own, delete: own },
  fields: [
    { name: 'subscriber', type: 'relationship', relationTo: 'users', required: true, index: true, label: label('subscriber') },
    { name: 'label', type: 'text', required: true, label: label('subscriptionLabel') },
    // The search's parameters as its address has them (`q=قالی&province=3`), without page or language.
    { name: 'query', type: 'text', required: true, label: label('subscriptionQuery') },
    { name: 'locale', type: 'select', required: true, defaultValue: 'fa', options: [option('fa', 'فارسی', 'Persian'), option('en', 'انگلیسی', 'English')], label: label('mailLanguage') },
    {
      name: 'frequency',
      type: 'select',
      required: true,
      defaultValue: 'weekly',
      label: label('subscriptionFrequency'),
      options: [option('immediate', 'بی‌درنگ', 'Immediately'), option('daily', 'روزانه', 'Daily'), option('weekly', 'هفتگی', 'Weekly')],
    },
    { name: 'lastSentAt', type: 'date', label: label('subscriptionLastSent'), admin: { readOnly: true } },
    { name: 'sent', type: 'json', label: label('subscriptionSent'), admin: { readOnly: true } },
  ],
}
