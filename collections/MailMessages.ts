import type { CollectionConfig } from 'payload'

import { admins } from '../src/access/common'
import { label } from '../src/i18n/labels'
import { mailKinds } from '../src/notifications/kinds'

const option = (value: string, fa: string, en: string) => ({ value, label: { fa, en } })

const kindLabels: Record<(typeof mailKinds)[number], [string, string]> = {
  passwordReset: ['بازنشانی گذرواژه', 'Password reset'],
  welcome: ['ساخت حساب', 'New account'],
  submitted: ['فرستاده برای بازبینی', 'Submitted for review'],
  changesRequested: ['بازگشت برای اصلاح', 'Changes requested'],
  published: ['انتشار', 'Published'],
  overdue: ['موعد بازنگری گذشته', 'Review overdue'],
  editionRetired: ['بازنشستگی ویرایش', 'Edition retired'],
  digest: ['خلاصه اشتراک', 'Subscription digest'],
  exchangeAnswer: ['پاسخ به پیشنهاد یا نیاز', 'Answer to an offer or need'],
  exchangeExpiring: ['انقضای پیشنهاد یا نیاز', 'Offer or need expiring'],
  other: ['دیگر', 'Other'],
}

/**
 * Every e-mail the network sends: to whom, why, when, and whether it was delivered. Written by the
 * mail queue only (src/notifications); network admins read it to answer "did they get it?".
 */
export const MailMessages: CollectionConfig = {
  slug: 'mail-messages',
  labels: { singular: label('mailMessage'), plural: label('mailMessages') },
  admin: {
    useAsTitle: 'subject',
    defaultColumns: ['to', 'kind', 'subject', 'status', 'attempts', 'createdAt'],
    group: label('groupNetwork'),
  },
  access: { read: admins, create: () => false, update: () => false, delete: admins },
  defaultSort: '-createdAt',
  fields: [
    { name: 'to', type: 'email', required: true, index: true, label: label('mailTo') },
    { name: 'recipient', type: 'relationship', relationTo: 'users', index: true, label: label('mailRecipient') },
    { name: 'kind', type: 'select', required: true, index: true, label: label('mailKind'), options: mailKinds.map((kind) => option(kind, ...kindLabels[kind])) },
    // What the message is about, as `collection:id`: keeps "once a week per document" notices honest.
    { name: 'about', type: 'text', index: true, label: label('mailAbout') },
    { name: 'language', type: 'select', required: true, defaultValue: 'fa', options: [option('fa', 'فارسی', 'Persian'), option('en', 'انگلیسی', 'English')], label: label('mailLanguage') },
    { name: 'subject', type: 'text', required: true, label: label('mailSubject') },
    { name: 'text', type: 'textarea', required: true, label: label('mailText') },
    { name: 'html', type: 'code', required: true, admin: { language: 'html' }, label: label('mailHTML') },
    { name: 'headers', type: 'json', label: label('mailHeaders') },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'queued',
      index: true,
      label: label('mailStatus'),
      options: [option('queued', 'در صف', 'Queued'), option('delivered', 'تحویل شد', 'Delivered'), option('failed', 'ناموفق', 'Failed')],
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: label('mailAttempts') },
    { name: 'error', type: 'textarea', label: label('mailError') },
    { name: 'deliveredAt', type: 'date', label: label('mailDeliveredAt'), admin: { date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'via', type: 'select', options: [option('smtp', 'SMTP', 'SMTP'), option('outbox', 'صندوق پرونده‌ای', 'File outbox')], label: label('mailVia') },
    { name: 'outboxFile', type: 'text', label: label('mailOutboxFile') },
  ],
}
