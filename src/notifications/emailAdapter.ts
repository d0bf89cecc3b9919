import type { EmailAdapter, SendEmailOptions } from 'payload'

import { mailFrom } from './address'
import { queueRendered } from './queue'

// Messages the app queued itself before Payload handed them to the adapter (the password reset). Kept
// on globalThis: the production build may load this module in more than one chunk.
const queuedKey = Symbol.for('hamafza.mail.queuedHTML')
const queued = ((globalThis as Record<symbol, Set<string>>)[queuedKey] ??= new Set<string>())

export const markQueued = (html: string) => {
  queued.add(html)
}

const addresses = (to: SendEmailOptions['to']): string =>
  (Array.isArray(to) ? to : [to])
    .filter(Boolean)
    .map((entry) => (typeof entry === 'string' ? entry : entry!.address))
    .join(', ')

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/**
 * Payload's e-mail adapter: whatever Payload sends goes through the `mail` queue and is recorded, as
 * every notice of the app is. The actual sending (SMTP_URL, or the file outbox) is the queue's task.
 */
export const queuedEmail = (): EmailAdapter => {
  const from = mailFrom()
  return ({ payload }) => ({
    name: 'hamafza-mail-queue',
    defaultFromAddress: from.address,
    defaultFromName: from.name,
    sendEmail: async (message) => {
      const html = typeof message.html === 'string' ? message.html : ''
      if (queued.delete(html)) return { queued: true }
      const text = typeof message.text === 'string' ? message.text : textOf(html)
      const record = await queueRendered(payload, undefined, {
        to: addresses(message.to),
        recipient: null,
        kind: 'other',
        about: null,
        language: 'fa',
        subject: String(message.subject ?? ''),
        html: html || `<pre>${escape(text)}</pre>`,
        text,
        headers: null,
      })
      return { queued: true, id: record.id }
    },
  })
}
