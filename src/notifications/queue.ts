import type { Payload, PayloadRequest } from 'payload'

import { runSoon } from '../jobs/runSoon'
import type { MailKind, MailLanguage } from './kinds'
import { renderHTML, renderText, type MailContent } from './layout'

export const mailQueue = 'mail'

export type OutgoingMail = {
  to: string
  recipient?: number | string | null
  kind: MailKind
  about?: string
  content: MailContent
  headers?: Record<string, string>
}

/**
 * Records a message and queues its sending. Called inside the save that caused it (with its `req`),
 * so both commit with the save or not at all; the sending itself runs later in the `mail` queue, and
 * whatever happens to it never reaches the save.
 */
export const queueMail = async (payload: Payload, req: PayloadRequest | undefined, mail: OutgoingMail) => {
  const { content } = mail
  const html = renderHTML(content)
  const message = await queueRendered(payload, req, {
    to: mail.to,
    recipient: mail.recipient ?? null,
    kind: mail.kind,
    about: mail.about ?? null,
    language: content.language,
    subject: content.subject,
    html,
    text: renderText(content),
    headers: mail.headers ?? null,
  })
  return { message, html }
}

export type RenderedMail = {
  to: string
  recipient: number | string | null
  kind: MailKind
  about: string | null
  language: MailLanguage
  subject: string
  html: string
  text: string
  headers: Record<string, string> | null
}

export const queueRendered = async (payload: Payload, req: PayloadRequest | undefined, mail: RenderedMail) => {
  const message = await payload.create({
    collection: 'mail-messages',
    data: { ...mail, recipient: mail.recipient as number | null, status: 'queued', attempts: 0 },
    overrideAccess: true,
    req,
  })
  const job = await payload.jobs.queue({ task: 'sendMail', queue: mailQueue, input: { message: message.id }, req } as never)
  runSoon(payload, mailQueue, job.id)
  return message
}
